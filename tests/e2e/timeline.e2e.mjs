// The timeline keeps short waits at a gate visible with the whole run on
// screen: tests/e2e/short_waits.py waits 40 times for 2 or 4 ms in a 5.7 s run
// (each far narrower than a pixel, next to a longer stay inside the lock).
// state().timeline counts what the last frame drew (ui::FoldStats).
import fs from 'node:fs';
import path from 'node:path';

const GATE_MIN_PX = 4;  // layout::kGateMinPx

export default async function ({ page, root, outDir, assert, log, checkNotBlank }) {
  const frames = (n) => page.evaluate((n) => new Promise((r) => {
    const step = () => (n-- <= 0 ? r() : requestAnimationFrame(step));
    step();
  }), n);
  const runToEnd = async () => {
    await page.evaluate(() => window.turnstile.command('run_to_end'));
    await frames(3);
    return page.evaluate(() => window.turnstile.state());
  };

  const code = fs.readFileSync(path.join(root, 'tests', 'e2e', 'short_waits.py'), 'utf8');
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, code);
  let s = await runToEnd();
  log(`short_waits: end=${s.end} timeline=${JSON.stringify(s.timeline)}`);
  assert.equal(s.exit_code, 0, 'short_waits.py exits 0');
  assert.ok(s.timeline && typeof s.timeline.spans === 'number', 'state().timeline is reported');
  assert.equal(s.timeline.gate_waits, 40, 'all 40 short waits are drawn');
  assert.equal(s.timeline.gate_spans, 40, 'each wait is a span of its own');
  assert.ok(s.timeline.gate_min_px >= GATE_MIN_PX - 1e-3,  // (float pixels)
            `a wait is at least ${GATE_MIN_PX} px wide (got ${s.timeline.gate_min_px})`);
  assert.ok(s.timeline.folds > 0, 'the zero-length steps around them are folded');
  await checkNotBlank(page, path.join(outDir, 'timeline-short-waits.png'));

  // Example 1: Workers 3-5 wait 2 s each
  await page.evaluate(() => window.turnstile.loadPreset('01_example1_gate'));
  s = await runToEnd();
  log(`example1: timeline=${JSON.stringify(s.timeline)}`);
  assert.equal(s.timeline.gate_waits, 3, 'Example 1 draws its three waits');
}
