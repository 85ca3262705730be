// Worker processes in the page: a forked worker's changes stay in it, pools
// pickle what they send (tests/threads/process_isolation.py, whose output
// under the CLI is CPython's with real processes), and Python code charged
// as CPU time (turnstile.python_speed) serialises threads at the GIL while
// processes run side by side. The page prints what the CLI prints, at the
// same virtual times, and draws the pools' helper threads as rows.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export default async function ({ page, root, assert, log }) {
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  const state = () => page.evaluate(() => window.turnstile.state());
  const runInPage = async (code) => {
    await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, code);
    await page.evaluate(() => window.turnstile.command('run_to_end'));
    return state();
  };
  const cliRun = (file) => {
    const r = spawnSync(cli, ['run', '--stamp', file], { encoding: 'utf8' });
    assert.equal(r.status, 0, `turnstile run ${file}: ${r.stderr}`);
    return r.stdout;
  };

  const isolation = path.join(root, 'tests', 'threads', 'process_isolation.py');
  let s = await runInPage(fs.readFileSync(isolation, 'utf8'));
  const printed = s.console_all.join('\n') + '\n';
  assert.equal(printed, cliRun(isolation), 'process isolation: the page prints what the CLI prints');
  assert.ok(printed.includes("after the pool: 0 [('callback', 49)] parent"), 'the workers changed their own copies');
  assert.ok(printed.includes('PicklingError _pickle'), 'a lambda cannot be sent to a pool');
  const json = JSON.stringify(s);
  for (const row of ['Thread-1 (_handle_workers)', 'Thread-3 (_handle_results)', 'QueueFeederThread', 'ForkPoolWorker-1'])
    assert.ok(json.includes(row), `the timeline has a row for ${row}`);
  log(`isolation: ${s.console_all.length} lines, as the CLI`);

  const speed = [
    'import threading, time, turnstile',
    'from multiprocessing import Pool',
    'turnstile.python_speed()',
    'def count(n):',
    '    s = 0',
    '    for i in range(250_000):',
    '        s += i',
    '    return n',
    't0 = time.monotonic()',
    'ts = [threading.Thread(target=count, args=(i,)) for i in range(4)]',
    'for t in ts: t.start()',
    'for t in ts: t.join()',
    'print("threads %.3f" % (time.monotonic() - t0))',
    't0 = time.monotonic()',
    'with Pool(4) as p:',
    '    p.map(count, range(4))',
    'print("processes %.3f" % (time.monotonic() - t0))',
    '',
  ].join('\n');
  const file = path.join(process.env.TMPDIR || '/tmp', 'turnstile_e2e_speed.py');
  fs.writeFileSync(file, speed);
  s = await runInPage(speed);
  const out = s.console_all.join('\n') + '\n';
  assert.equal(out, cliRun(file), 'python_speed: the page prints what the CLI prints');
  assert.match(out, /threads 0\.160\n/, 'four 0.04 s loops on four threads take 0.16 s (the GIL)');
  assert.match(out, /processes 0\.050\n/, 'on four processes 0.04 s plus the fork');
  log(out.trim().replace(/\n/g, ' | '));
}
