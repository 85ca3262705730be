// The tuner on the page: the LLM-batch preset's `# slider:` constant is a
// slider in the code panel (letting go of it writes the value into the code
// and runs it); the Sweep tab's "Run sweep" runs the constant over its range
// a slice of points a frame (the page keeps drawing) and gives the same table
// and recommendation as `turnstile sweep`; a shared link of the sweep reopens
// the same chart; a click on a point opens that run.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { input } from './input.mjs';

export default async function ({ page, url, root, assert, log, outDir, checkNotBlank }) {
  const { frames, state, box, click, dragSlider } = input(page);
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  const sweepDone = async () => {
    const t0 = Date.now();
    let frames_seen = 0;
    for (;;) {
      const s = (await state()).sweep;
      if (!s.running && s.points > 0 && s.done === s.total) return { s, ms: Date.now() - t0, frames_seen };
      assert.ok(Date.now() - t0 < 180000, 'the sweep ends');
      await frames(1);
      frames_seen++;
    }
  };
  await page.evaluate(() => window.turnstile.loadPreset('13_llm_batch_tuner'));
  await frames(3);
  let s = await state();
  assert.deepEqual(s.sliders, { CONCURRENCY: 8 });

  // the slider: press on its knob, drag to the right, let go
  await dragSlider('CONCURRENCY', 8, 1, 40, 0.5);
  s = await state();
  const moved = s.sliders.CONCURRENCY;
  assert.ok(moved > 15 && moved < 25, `dragged to the middle (${moved})`);
  assert.equal(s.edited, true, 'the value is written into the code');
  assert.ok(s.console_all[0].includes(`concurrency ${moved}:`), 'and the code ran with it: ' + s.console_all[0]);

  // the sweep, clicked
  await click('tab Sweep');
  assert.equal((await state()).view, 'sweep');
  await click('sweep run');
  const { s: sw, ms, frames_seen } = await sweepDone();
  log(`sweep: ${sw.total} runs in ${(ms / 1000).toFixed(1)} s over ${frames_seen} frames; recommendation ${sw.recommendation}`);
  assert.ok(frames_seen >= 5, 'the page kept drawing frames during the sweep');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'ts-sweep-'));
  const csvFile = path.join(tmp, 'sweep.csv');
  const r = spawnSync(cli, ['sweep', path.join(root, 'presets', '13_llm_batch_tuner.py'), '--param', 'CONCURRENCY', '--csv', csvFile],
                      { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(sw.csv, fs.readFileSync(csvFile, 'utf8'), 'the page and the CLI give the same sweep table');
  const m = r.stdout.match(/recommendation: CONCURRENCY = (\d+)/);
  assert.ok(m, r.stdout);
  assert.equal(sw.recommendation, Number(m[1]), 'and the same recommendation');
  assert.match(sw.reason, /500 RPM/, 'the reason names the binding limit');
  await page.mouse.move(2, 2);
  await frames(2);
  await checkNotBlank(page, path.join(outDir, 'sweep-1280x800.png'));

  // a link of the sweep reopens it: the same chart
  const link = await page.evaluate(() => window.turnstile.linkURL());
  await page.goto('about:blank');
  await page.goto(link, { waitUntil: 'load' });
  await page.evaluate(() => window.turnstile.ready);
  const again = (await sweepDone()).s;
  assert.equal((await state()).view, 'sweep', 'the link opens the Sweep tab');
  assert.equal(again.csv, sw.csv, 'and runs the same sweep');

  // a click on the recommended point opens that run
  const chart = await box('sweep chart');
  const x = chart[0] + 38 + (chart[2] - 48) * ((sw.recommendation - 0.5) / 40);
  await page.mouse.click(x, chart[1] + chart[3] / 2);
  await frames(4);
  s = await state();
  assert.equal(s.view, 'timeline', 'the run opens on the timeline');
  assert.equal(s.sliders.CONCURRENCY, sw.recommendation, 'with the value clicked');
  assert.ok(s.console_all[0].includes(`concurrency ${sw.recommendation}:`));
}
