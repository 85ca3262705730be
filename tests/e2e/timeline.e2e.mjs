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

  // how tasks end: one raises, one is cancelled, one finishes, one is left
  // pending (asyncio.run's end cancels it: killed); each is told apart
  const ends = [
    'import asyncio',
    'async def fails():',
    '    await asyncio.sleep(1)',
    '    raise ValueError("boom")',
    'async def forever():',
    '    await asyncio.sleep(100)',
    'async def fine():',
    '    await asyncio.sleep(0.5)',
    'async def main():',
    '    a = asyncio.create_task(fails(), name="fails")',
    '    b = asyncio.create_task(forever(), name="forever")',
    '    c = asyncio.create_task(fine(), name="fine")',
    '    asyncio.create_task(forever(), name="left")',
    '    await asyncio.sleep(2)',
    '    b.cancel()',
    '    print(await asyncio.gather(a, b, c, return_exceptions=True))',
    'asyncio.run(main())',
  ].join('\n') + '\n';
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, ends);
  s = await runToEnd();
  const how = Object.fromEntries(s.tasks.map((t) => [t.name, t.how || t.state]));
  log(`ends: ${JSON.stringify(how)}`);
  assert.equal(how.fails, 'raised', 'a task that raised says so');
  assert.equal(how.forever, 'cancelled', 'a cancelled one says so');
  assert.equal(how.fine, 'done', 'a finished one is done');
  assert.equal(how.left, 'killed', 'one still pending when main returned was killed by asyncio.run\'s end');
  await checkNotBlank(page, path.join(outDir, 'timeline-ends.png'));
}
