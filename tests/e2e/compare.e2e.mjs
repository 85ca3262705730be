// Compare two runs (#13 item 4): on the LLM-batch preset, pin the run as A
// in the Compare tab, drag the CONCURRENCY slider, and the new run is B: the
// page says what changed, its table is the same as `turnstile compare
// --csv`, both timelines are drawn on one time axis and a click on either
// moves the one cursor; the comparison travels in a share link (both runs
// reopen, the same table); a second scenario (the gate taken out of the
// code) compares as "the code: line N"; clear forgets A.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { input } from './input.mjs';

export default async function ({ page, root, assert, log, outDir, checkNotBlank }) {
  const { frames, state, box, clickAt, click, dragSlider } = input(page);
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  const preset = path.join(root, 'presets', '13_llm_batch_tuner.py');
  await page.evaluate(() => window.turnstile.loadPreset('13_llm_batch_tuner'));
  await frames(3);
  await click('tab Compare');
  let s = await state();
  assert.equal(s.view, 'compare');
  assert.equal(s.compare, null, 'nothing pinned yet');
  await box('compare pin');
  assert.ok(!s.widgets['compare table'], 'no table before a run is pinned');
  await click('compare pin');
  s = await state();
  assert.ok(s.compare, 'the run is pinned as A');
  assert.equal(s.compare.differs, 'nothing: the same scenario');
  assert.ok(s.compare.rows.every((r) => r[3] === 'same'), 'A against itself: every row the same');

  // drag the slider from 8 towards the middle: the new run is B
  await dragSlider('CONCURRENCY', 8, 1, 40, 0.5);
  s = await state();
  const moved = s.sliders.CONCURRENCY;
  assert.ok(moved > 15 && moved < 25, `dragged to the middle (${moved})`);
  assert.equal(s.view, 'compare', 'the re-run stays on the Compare tab');
  assert.equal(s.compare.differs, `CONCURRENCY 8 -> ${moved}`, 'the page says what changed');
  const r = spawnSync(cli, ['compare', preset, '--set', `CONCURRENCY=${moved}`, '--csv'], { encoding: 'utf8' });
  assert.equal(r.status, 0, r.stderr);
  assert.equal(s.compare.csv, r.stdout, 'the page and `turnstile compare --csv` give the same table');
  const total = s.compare.rows.find((row) => row[0] === 'total time');
  assert.equal(total[1], '16.418 s', 'A: 8 at a time');
  assert.equal(total[4], 1, 'B is faster');
  const failed = s.compare.rows.find((row) => row[0] === 'calls failed for good');
  assert.equal(failed[1], '0');
  assert.ok(Number(failed[2]) > 0 && failed[4] === -1, `but B loses calls to 429s (${failed[2]})`);
  log(`A 8 vs B ${moved}: ${total.slice(1, 4).join(' | ')}; failed ${failed[1]} -> ${failed[2]}`);

  // one time axis for both timelines: the longer run, whole
  const ta = await box('compare timeline A');
  const tb = await box('compare timeline B');
  assert.equal(ta[0], tb[0], 'the two timelines start at the same x');
  assert.equal(ta[2], tb[2], 'and are as wide');
  assert.ok(tb[1] > ta[1] + ta[3] - 2, 'B under A');
  const [t0, t1] = s.compare.axis;
  assert.ok(t0 <= 0 && t1 >= 16.418, `the axis holds both runs (${t0}..${t1})`);
  await box('compare table');
  // a click on A's timeline moves the one cursor (B's too), a click on B's back
  // (at 80% of the axis A is still running, B has ended: A shows that time, B its end)
  await clickAt(ta[0] + ta[2] * 0.8, ta[1] + ta[3] * 0.6);
  s = await state();
  const late = s.compare.cursor;
  log(`clicks: A's timeline at 80% -> t = ${late} (B at ${s.time} of ${s.end})`);
  assert.ok(late > s.end + 2, 'a click on A past B\'s end keeps its time for A');
  assert.equal(s.time, s.end, 'B shows its end');
  assert.equal(s.playing, false, 'a click pauses');
  await clickAt(tb[0] + tb[2] * 0.45, tb[1] + tb[3] * 0.6);
  s = await state();
  const early = s.compare.cursor;
  log(`B's at 45% -> t = ${early}`);
  assert.ok(early > 0 && early < late && s.time === early, 'a click on B moves the one cursor back');
  await page.mouse.move(2, 2);
  await frames(2);
  await checkNotBlank(page, path.join(outDir, 'compare-1280x800.png'));
  await page.setViewportSize({ width: 900, height: 700 });
  await frames(4);
  s = await state();
  const narrowA = s.widgets['compare timeline B'];
  assert.ok(narrowA[0] + narrowA[2] <= 900 && narrowA[1] + narrowA[3] <= 700, 'the timelines fit a 900x700 window');
  await checkNotBlank(page, path.join(outDir, 'compare-900x700.png'));
  await page.setViewportSize({ width: 1280, height: 800 });
  await frames(4);

  // the comparison in a share link: both runs reopen, the same table
  const before = await state();
  const link = await page.evaluate(() => window.turnstile.linkURL());
  await page.goto('about:blank');
  await page.goto(link, { waitUntil: 'load' });
  await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
  await page.evaluate(() => window.turnstile.ready);
  await frames(3);
  s = await state();
  assert.equal(s.link_error, null);
  assert.equal(s.view, 'compare', 'the link opens on the Compare tab');
  assert.deepEqual(s.compare.rows, before.compare.rows, 'with the same comparison');
  assert.equal(s.compare.differs, before.compare.differs);
  assert.equal(s.time, before.time, 'at the same moment');

  // another scenario as B: the gate taken out of the code
  await click('compare pin');
  const text = fs.readFileSync(preset, 'utf8').replace('CONCURRENCY = 8 ', `CONCURRENCY = ${moved} `);
  const lines = text.split('\n');
  const at = lines.findIndex((l) => l.trim() === 'async with sem:');
  assert.ok(at > 0, 'the preset has an `async with sem:` line');
  lines[at] = lines[at].replace('async with sem:', 'if sem:');
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, lines.join('\n'));
  await frames(3);
  s = await state();
  assert.equal(s.compare.differs, `the code: line ${at + 1}`);
  const waiting = s.compare.rows.find((row) => row[0] === 'gate sem: most waiting');
  assert.ok(waiting && waiting[2] === '0', 'without the gate nobody waits at it');
  log(`gate taken out: ${s.compare.rows.find((row) => row[0] === 'total time').slice(1, 4).join(' | ')}`);
  await click('compare clear');
  s = await state();
  assert.equal(s.compare, null, 'clear forgets A');
}
