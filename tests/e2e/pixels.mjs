// A screenshot's pixels, decoded by the page's own PNG decoder (the machine
// has no image library for node): {width, height, data} with data the RGBA
// bytes, row by row. Shared by run.mjs's blank check and the tests that
// count colours in a picture.
export async function pixels(page, png) {
  const { width, height, b64 } = await page.evaluate(async (src) => {
    const img = new Image();
    img.src = 'data:image/png;base64,' + src;
    await img.decode();
    const c = document.createElement('canvas');
    c.width = img.width; c.height = img.height;
    const g = c.getContext('2d');
    g.drawImage(img, 0, 0);
    const d = g.getImageData(0, 0, c.width, c.height).data;
    let s = '';
    for (let i = 0; i < d.length; i += 0x8000) s += String.fromCharCode.apply(null, d.subarray(i, i + 0x8000));
    return { width: c.width, height: c.height, b64: btoa(s) };
  }, png.toString('base64'));
  return { width, height, data: new Uint8Array(Buffer.from(b64, 'base64')) };
}
