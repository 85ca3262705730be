// The Charts tab, used as a person would: clicking the tab shows the gate,
// API, rate and latency charts and the summary for Example 3 (at 1280x800 and
// 900x700, each checked for content), a click on a time chart moves the
// cursor to the time under the mouse, the summary CSV from the Export menu
// holds the table's rows, a re-run keeps the tab, and the Timeline tab
// brings the timeline back.
import fs from 'node:fs';
import path from 'node:path';
import { input } from './input.mjs';

export default async function ({ page, assert, log, outDir, checkNotBlank }) {
  const { frames, state } = input(page);
  const click = async (name, fx = 0.5, fy = 0.5) => {
    const w = (await state()).widgets[name];
    assert.ok(w, `the page draws "${name}"`);
    await page.mouse.click(w[0] + w[2] * fx, w[1] + w[3] * fy);
    await frames(3);
    return w;
  };
  await page.evaluate(() => window.turnstile.loadPreset('08_example3_openai'));
  await page.evaluate(() => window.turnstile.command('run_to_end'));
  await frames(3);
  assert.equal((await state()).view, 'timeline');
  await click('tab Charts');
  let s = await state();
  assert.equal(s.view, 'charts', 'the tab shows the charts');
  for (const name of ['chart gate sem', 'chart api', 'chart rate', 'chart latency', 'summary'])
    assert.ok(s.widgets[name] && s.widgets[name][2] > 100, `the charts draw "${name}"`);
  await page.mouse.move(2, 2);
  await frames(2);
  await checkNotBlank(page, path.join(outDir, 'charts-1280x800.png'));

  // a click at 40 % of the rate chart's plot seeks there
  const end = s.end;
  const w = s.widgets['chart api'];
  // the plot area is the box less 38 px left and 10 px right (ui/charts/plot.cpp)
  const x = w[0] + 38 + (w[2] - 48) * 0.4;
  await page.mouse.click(x, w[1] + w[3] * 0.6);
  await frames(3);
  s = await state();
  assert.ok(Math.abs(s.time - end * 0.4) < end * 0.02, `the click moved the cursor to ~${(end * 0.4).toFixed(3)} s (got ${s.time})`);

  // the summary, exported
  await click('export');
  const [dl] = await Promise.all([page.waitForEvent('download'), click('export summary')]);
  const file = path.join(outDir, 'charts-' + dl.suggestedFilename());
  await dl.saveAs(file);
  const csv = fs.readFileSync(file, 'utf8');
  assert.match(csv, /^what,value\ntotal time,\d+\.\d{3} s\n/);
  assert.match(csv, /\nclient calls,"50 returned, 0 raised, 6 retries \(56 attempts\)"\n/);
  log('summary csv:', csv.split('\n').length - 1, 'rows');

  // a re-run stays on the charts; narrow window still draws them
  await page.evaluate(() => window.turnstile.run());
  await frames(3);
  assert.equal((await state()).view, 'charts', 'a re-run keeps the Charts tab');
  await page.setViewportSize({ width: 900, height: 700 });
  await frames(4);
  s = await state();
  assert.ok(s.widgets['chart rate'][0] + s.widgets['chart rate'][2] <= 900, 'the charts fit a 900 px window');
  await checkNotBlank(page, path.join(outDir, 'charts-900x700.png'));
  await click('tab Timeline');
  assert.equal((await state()).view, 'timeline');
  await page.setViewportSize({ width: 1280, height: 800 });
}
