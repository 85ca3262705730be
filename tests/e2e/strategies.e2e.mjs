// Strategies side by side (#15): the strategies preset's `# choice:` constant
// is a slider that shows the choice's name; the Sweep tab runs every choice
// and draws time, peak memory and failures as a bar per strategy, with the
// same table and recommendation as `turnstile sweep`; a click on the thread
// pool's bar opens that run, whose timeline has a row per worker thread, and
// the Charts tab has the memory chart.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { input } from './input.mjs';

export default async function ({ page, root, assert, log, outDir, checkNotBlank }) {
  const { frames, state, box, clickAt, click } = input(page);
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  await page.evaluate(() => window.turnstile.loadPreset('14_strategies_side_by_side'));
  await frames(3);
  let s = await state();
  assert.deepEqual(s.sliders, { STRATEGY: 0 });
  await box('slider STRATEGY');

  await click('tab Sweep');
  await click('sweep run');
  const t0 = Date.now();
  for (;;) {
    s = await state();
    if (!s.sweep.running && s.sweep.points > 0 && s.sweep.done === s.sweep.total) break;
    assert.ok(Date.now() - t0 < 120000, 'the sweep ends');
    await frames(1);
  }
  const sw = s.sweep;
  assert.equal(sw.points, 5, 'one point per strategy');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-strategies-'));
  const csvFile = path.join(tmp, 'sweep.csv');
  const r = spawnSync(cli, ['sweep', path.join(root, 'presets', '14_strategies_side_by_side.py'), '--param', 'STRATEGY',
                            '--csv', csvFile], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(sw.csv, fs.readFileSync(csvFile, 'utf8'), 'the page and the CLI give the same table');
  assert.match(sw.csv, /\nThreadPoolExecutor\(10\),1,1,/, 'rows are named after the choices');
  assert.equal(sw.recommendation, 0, 'asyncio + Semaphore(10) is recommended');
  assert.match(sw.reason, /multiprocessing\.Pool\(10\) took 11\.97 s with 17\.0 MB/);
  for (const w of ['sweep chart', 'sweep memory', 'sweep failures', 'sweep row 0', 'sweep row 4']) await box(w);
  await page.mouse.move(2, 2);
  await frames(2);
  await checkNotBlank(page, path.join(outDir, 'strategies-1280x800.png'));
  await page.setViewportSize({ width: 900, height: 700 });
  await frames(4);
  s = await state();
  assert.ok(s.widgets['sweep failures'][0] + s.widgets['sweep failures'][2] <= 900, 'the bars fit a 900 px window');
  await checkNotBlank(page, path.join(outDir, 'strategies-900x700.png'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await frames(4);

  // a click on the thread pool's row (the second of five) opens that run
  const row = await box('sweep row 1');
  const mem = await box('sweep memory');
  await clickAt(mem[0] + mem[2] / 3, row[1] + row[3] / 2);
  s = await state();
  assert.equal(s.view, 'timeline', 'the run opens on the timeline');
  assert.equal(s.sliders.STRATEGY, 1, 'with the strategy clicked');
  assert.match(s.console_all[0], /100 calls in 10\.99 s, 0 failed/);
  await page.evaluate(() => window.turnstile.command('seek 5'));
  await frames(3);
  s = await state();
  const threads = s.tasks.filter((t) => t.kind === 'thread');
  log(`at t = 5: ${threads.length} threads: ${threads.map((t) => t.state).join(' ')}`);
  assert.equal(threads.length, 10, 'a timeline row per worker thread');
  assert.ok(threads.every((t) => /^ThreadPoolExecutor-0_\d$/.test(t.name)), 'named as threading names them');
  assert.ok(threads.every((t) => t.state === 'sleeping'), 'waiting for their answers (the sync client sleeps), the GIL released');
  await checkNotBlank(page, path.join(outDir, 'strategies-threads-1280x800.png'));
  await click('tab Charts');
  const chart = await box('chart memory');
  assert.ok(chart[2] > 100, 'the Charts tab draws memory over the run');
}
