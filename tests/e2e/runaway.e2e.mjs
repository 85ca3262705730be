// A script that never ends does not freeze the page (issue 16): it runs in
// the page's Web Worker, the page keeps drawing and reacting, the Run button
// is Stop, and Stop ends it -- clicked where a person would; a run past its
// wall-clock budget stops by itself, naming its line; the next run works as
// before. (The step budget is raised first, "budget steps N", so that the
// loop outlasts what the test needs; the page's default would end it.)
import { input } from './input.mjs';

export default async function ({ page, assert, log, outDir, checkNotBlank }) {
  const { frames, state } = input(page);
  const now = () => page.evaluate(() => window.turnstile.stateNow());
  const rafCount = (ms) => page.evaluate((ms) => new Promise((r) => {
    let n = 0;
    const t0 = performance.now();
    const step = () => { n++; if (performance.now() - t0 < ms) requestAnimationFrame(step); else r(n); };
    requestAnimationFrame(step);
  }), ms);
  const forever = 'n = 0\nwhile True:\n    n += 1\n';

  const idle = await rafCount(1000);
  await page.evaluate(() => window.turnstile.command('budget steps 100000000000'));
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, forever);
  let s = await now();
  assert.equal(s.running, true, 'the run is under way');
  // the page keeps drawing while it runs, about as often as when idle (a
  // page busy in one long call would draw none)
  const n = await rafCount(1000);
  log(`frames drawn in 1 s: ${idle} idle, ${n} while the script runs`);
  assert.ok(n >= Math.max(4, idle / 3), `the page keeps drawing while a script runs (${n} frames in 1 s, ${idle} idle)`);
  s = await now();
  assert.equal(s.running, true, 'still running after a second');
  assert.ok(s.widgets.stop && !s.widgets.run, 'the Run button is Stop');
  await page.screenshot({ path: `${outDir}/runaway-running.png` });
  await checkNotBlank(page, `${outDir}/runaway-running-check.png`);
  const w = s.widgets.stop;
  await page.mouse.click(w[0] + w[2] / 2, w[1] + w[3] / 2);
  s = await state();  // waits for the run to end
  assert.equal(s.running, false, 'Stop ended the run');
  assert.equal(s.status, 'budget');
  assert.ok(/^stopped after \d+\.\d s of real time$/.test(s.error.message), `the report says so: ${s.error.message}`);
  assert.ok(s.widgets.run && !s.widgets.stop, 'Run is back');
  await frames(3);
  await page.screenshot({ path: `${outDir}/runaway-stopped.png` });

  // the wall-clock budget stops one nobody stops, with its line
  await page.evaluate(() => window.turnstile.command('budget wall 2'));
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, forever);
  const t0 = Date.now();
  s = await state();
  const took = (Date.now() - t0) / 1000;
  log(`the wall-clock budget stopped the run after ${took.toFixed(1)} s`);
  assert.equal(s.status, 'budget');
  assert.equal(s.error.message, 'budget exceeded: wall clock (2 s)');
  assert.equal(s.error.line, 3, 'at the loop\'s line');
  assert.ok(took >= 1.5 && took < 10, `stopped near 2 s (${took.toFixed(1)} s)`);

  // and the next run is an ordinary one, in a fresh worker
  await page.evaluate(() => window.turnstile.command('budget steps 0'));
  await page.evaluate(() => window.turnstile.command('budget wall 0'));
  await page.evaluate(() => window.turnstile.loadPreset('01_example1_gate'));
  s = await state();
  assert.equal(s.exit_code, 0, 'Example 1 runs after a stopped run');
  assert.ok(s.console_all.length > 0 && s.console_all.every((l) => /^\d+\.\d{3} /.test(l)), 'with its console');
  // a script the page's own step budget ends, as before (with its line)
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, forever);
  s = await state();
  assert.equal(s.status, 'budget');
  assert.ok(s.error.line >= 2 && s.error.line <= 3, `the step budget names the loop's line (${s.error.line})`);
}
