// Example 1 (6 workers, Semaphore(3), each sleeps 2 s inside the gate), the
// page's default preset (presets/01_example1_gate.py run by the interpreter),
// run to its end through the page's hook: all 6 done at t = 4.0, never more
// than 3 inside the gate (and 3 at some point), and the page is not blank.
import path from 'node:path';

export default async function ({ page, outDir, assert, log, checkNotBlank }) {
  const before = await page.evaluate(() => window.turnstile.state());
  assert.ok(Array.isArray(before.tasks), 'state().tasks is an array');
  assert.equal(before.preset, '01_example1_gate', 'the page starts with the Example 1 preset');

  await page.evaluate(() => window.turnstile.command('run_to_end'));
  // the app may finish at once or over a few frames
  await page.waitForFunction(() => window.turnstile.stateNow().done === true, null, { timeout: 30000 });
  const s = await page.evaluate(() => window.turnstile.state());
  log(`example1: time=${s.time} max_inside=${s.max_inside} tasks=${s.tasks.map((t) => t.name + ':' + t.state).join(' ')}`);

  // the six workers (named "worker…"; otherwise every task but the main one,
  // which asyncio.run names Task-1)
  let workers = s.tasks.filter((t) => /worker/i.test(t.name));
  if (!workers.length) workers = s.tasks.filter((t) => !/^(main|Task-1$)/i.test(t.name));
  assert.equal(workers.length, 6, 'six worker tasks');
  for (const w of workers) assert.equal(w.state, 'done', `${w.name} is done`);
  assert.ok(Math.abs(s.time - 4.0) < 1e-9, `virtual time is 4.0 at the end (got ${s.time})`);
  assert.ok(s.max_inside <= 3, `never more than 3 inside the gate (got ${s.max_inside})`);
  assert.equal(s.max_inside, 3, 'the gate was full at some point');

  // let a couple of frames draw the final state, then check the picture
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  await checkNotBlank(page, path.join(outDir, 'example1.png'));

  // the code panel shows where the tasks are at the cursor: at t = 1 three
  // wait at `async with sem:` (line 10), three sleep inside (line 12), main
  // awaits the gather (line 25)
  await page.evaluate(() => window.turnstile.command('seek 1'));
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const marks = (await page.evaluate(() => window.turnstile.state())).code_marks;
  assert.deepEqual(marks, [[10, 3, 'waiting'], [12, 3, 'inside'], [25, 1, 'blocked']], 'the tasks\' lines at t = 1');
}
