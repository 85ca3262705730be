// Input helpers shared by the e2e tests (not a test itself: run.mjs runs
// *.e2e.mjs). ImGui 1.86 samples key state once a frame, so a key is held
// across frames and text goes in one character per frame.
export function input(page) {
  const frames = (n = 2) => page.evaluate((n) => new Promise((r) => {
    const step = () => (n-- <= 0 ? r() : requestAnimationFrame(step));
    step();
  }), n);
  const key = async (combo) => {
    const keys = combo.split('+');
    for (const k of keys) await page.keyboard.down(k);
    await frames(2);
    for (const k of keys.reverse()) await page.keyboard.up(k);
    await frames(2);
  };
  const state = () => page.evaluate(() => window.turnstile.state());
  // a frame that is slow (first font upload, a re-run) must not see two keys folded together
  const typeText = async (text) => { for (const ch of text) { await page.keyboard.type(ch); await frames(1); } };
  // where the page drew a named widget ([x, y, w, h], state().widgets); a
  // missing one fails the test
  const box = async (name) => {
    const w = (await state()).widgets[name];
    if (!w) throw new Error(`the page does not draw "${name}"`);
    return w;
  };
  // a click as a hand makes it: over the point first, then the click
  const clickAt = async (x, y) => {
    await page.mouse.move(x, y);
    await frames(2);
    await page.mouse.click(x, y);
    await frames(3);
  };
  const click = async (name) => {
    const w = await box(name);
    await clickAt(w[0] + w[2] / 2, w[1] + w[3] / 2);
  };
  // a code-panel slider dragged as a hand drags it: press on its knob (at
  // `value` of lo..hi), move to `frac` of its width, let go (which re-runs)
  const dragSlider = async (name, value, lo, hi, frac) => {
    const sl = await box('slider ' + name);
    await page.mouse.move(sl[0] + sl[2] * (value - lo) / (hi - lo), sl[1] + sl[3] / 2);
    await page.mouse.down();
    await frames(2);
    await page.mouse.move(sl[0] + sl[2] * frac, sl[1] + sl[3] / 2, { steps: 4 });
    await frames(2);
    await page.mouse.up();
    await frames(4);
  };
  return { frames, key, state, typeText, box, clickAt, click, dragSlider };
}
