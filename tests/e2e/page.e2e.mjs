// The page itself: the canvas fills the window (and follows a resize), the
// state hook answers with the expected shape, and nothing failed while loading.
export default async function ({ page, assert, log }) {
  const title = await page.title();
  assert.match(title, /Turnstile/, 'page title');

  const s = await page.evaluate(() => window.turnstile.state());
  assert.equal(typeof s.time, 'number', 'state().time is a number');
  assert.ok(Array.isArray(s.tasks) && s.tasks.length > 0, 'state().tasks lists tasks');
  for (const t of s.tasks) {
    assert.equal(typeof t.name, 'string', 'task name');
    assert.equal(typeof t.state, 'string', 'task state');
  }

  const size = () => page.evaluate(() => {
    const c = document.getElementById('canvas');
    return { w: c.width, h: c.height, vw: window.innerWidth, vh: window.innerHeight };
  });
  const frames = (n) => page.evaluate((n) => new Promise((r) => {
    const step = () => (n-- <= 0 ? r() : requestAnimationFrame(step));
    step();
  }), n);

  let z = await size();
  log(`page: canvas ${z.w}x${z.h} in a ${z.vw}x${z.vh} window`);
  assert.ok(z.w >= z.vw * 0.95 && z.h >= z.vh * 0.95, 'the canvas fills the window');

  await page.setViewportSize({ width: 1000, height: 700 });
  await frames(5);
  z = await size();
  log(`page: after resize, canvas ${z.w}x${z.h} in a ${z.vw}x${z.vh} window`);
  assert.ok(Math.abs(z.w - z.vw) <= z.vw * 0.05 && Math.abs(z.h - z.vh) <= z.vh * 0.05,
            'the canvas follows a window resize');

  const status = await page.evaluate(() => {
    const el = document.getElementById('status');
    return el ? { text: el.textContent, shown: el.style.display !== 'none' } : null;
  });
  assert.ok(!status || !status.shown || status.text === '', `loading status line is gone (${status && status.text})`);
}
