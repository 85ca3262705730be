// The page runs Python scenarios exactly like the CLI: every preset, an
// edited script, and scripts with errors. For each one the page's whole
// stamped console (state().console_all, the DEADLOCK line included) must equal
// the stdout of `build/native/turnstile run --stamp FILE.py` byte for byte,
// with the same exit code. The native CLI is built by `make native`
// (TS_CLI=/path/to/turnstile overrides it).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';

const frames = (page, n) => page.evaluate((n) => new Promise((r) => {
  const step = () => (n-- <= 0 ? r() : requestAnimationFrame(step));
  step();
}), n);

function firstDiff(a, b) {
  const la = a.split('\n'), lb = b.split('\n');
  for (let i = 0; i < Math.max(la.length, lb.length); i++)
    if (la[i] !== lb[i]) return `line ${i + 1}:\n      page: ${JSON.stringify(la[i])}\n      cli:  ${JSON.stringify(lb[i])}`;
  return 'no line differs (trailing newline?)';
}

export default async function ({ page, outDir, root, assert, log, checkNotBlank }) {
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  assert.ok(fs.existsSync(cli), `the native CLI ${cli} exists (make native)`);
  const runCli = (file) => {
    const r = spawnSync(cli, ['run', '--stamp', file], { encoding: 'utf8', maxBuffer: 256 << 20, timeout: 120000 });
    assert.ok(!r.error, `running ${cli}: ${r.error}`);
    return r;
  };
  const state = () => page.evaluate(() => window.turnstile.state());
  const pageOut = (s) => (s.console_all.length ? s.console_all.join('\n') + '\n' : '');
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'turnstile-e2e-'));

  // runs `code` in the page (or loads preset `id`) and compares with the CLI
  async function check(label, { id, code }) {
    if (id) {
      await page.evaluate((id) => window.turnstile.loadPreset(id), id);
    } else {
      await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, code);
    }
    await page.evaluate(() => window.turnstile.command('run_to_end'));
    const s = await state();
    let file = id ? path.join(root, 'presets', id + '.py') : path.join(tmp, label + '.py');
    if (!id) fs.writeFileSync(file, code);
    const c = runCli(file);
    const out = pageOut(s);
    log(`${label}: exit ${s.exit_code} (cli ${c.status}), ${s.console_all.length} lines, ` +
        `t_end=${s.end}${s.deadlock ? ', ' + s.deadlock : ''}${s.error ? ', error ' + s.error.text : ''}`);
    if (id) {
      assert.equal(s.preset, id, `${label}: the page shows preset ${id}`);
      assert.equal(s.edited, false, `${label}: preset code unedited`);
    }
    assert.equal(s.exit_code, c.status, `${label}: page exit code == CLI exit code`);
    assert.ok(out === c.stdout, `${label}: page console differs from the CLI's stdout at ${firstDiff(out, c.stdout)}`);
    // what the console panel shows at the end is the same text
    const shown = s.console.map((t, i) => `${s.console_t[i].toFixed(3)} ${t}`);
    const expect = s.console_all.filter((l) => !/^\d+\.\d{3} DEADLOCK \d+ tasks blocked$/.test(l));
    assert.deepEqual(shown, expect, `${label}: console panel at the end == console_all`);
    return { s, c };
  }

  // ---- every preset ----
  const ids = fs.readdirSync(path.join(root, 'presets')).filter((f) => f.endsWith('.py'))
    .map((f) => f.slice(0, -3)).sort();
  assert.ok(ids.length >= 7, `at least 7 presets (found ${ids.length})`);
  const initial = await state();
  assert.equal(initial.preset, ids[0], `the page starts with preset ${ids[0]}`);
  for (const id of ids) {
    const { s } = await check(id, { id });
    if (id === '04_example5_adaptive') {
      assert.equal(s.exit_code, 3, 'Example 5 ends in DEADLOCK (exit 3)');
      assert.ok(s.deadlock && /DEADLOCK \d+ tasks blocked/.test(s.deadlock), 'the DEADLOCK line');
      assert.ok(s.stderr.includes('waiting on'), 'the blocked tasks are listed');
    }
    await frames(page, 3);
    await checkNotBlank(page, path.join(outDir, `preset-${id}.png`));
  }

  // ---- an edited script: Example 1 with Semaphore(2) ----
  const ex1 = fs.readFileSync(path.join(root, 'presets', ids[0] + '.py'), 'utf8');
  assert.ok(ex1.includes('Semaphore(3)'), 'Example 1 uses Semaphore(3)');
  await page.evaluate((id) => window.turnstile.loadPreset(id), ids[0]);
  {
    const { s } = await check('edited_sem2', { code: ex1.replace('Semaphore(3)', 'Semaphore(2)') });
    assert.equal(s.edited, true, 'the code is marked edited');
    assert.equal(s.exit_code, 0, 'edited script exits 0');
    assert.equal(s.max_inside, 2, 'never more than 2 inside a Semaphore(2)');
    assert.ok(Math.abs(s.time - 6.0) < 1e-9, `6 workers through 2 slots end at t=6 (got ${s.time})`);
    await frames(page, 3);
    await checkNotBlank(page, path.join(outDir, 'preset-edited.png'));
  }

  // ---- errors: syntax, unsupported construct, runtime exception ----
  const errCases = [
    ['syntax_error', 'import asyncio\n\nasync def main():\n    print("hi"\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n', 2],
    ['subset_error', 'import asyncio\n\nx = 1\nmatch x:\n    case 1:\n        pass\n', 2],
    ['runtime_error', 'import asyncio\n\nasync def main():\n    print("before")\n    await asyncio.sleep(0.5)\n' +
      '    raise ValueError("boom")\n\nasyncio.run(main())\n', 1],
  ];
  for (const [label, code, exit] of errCases) {
    const { s, c } = await check(label, { code });
    assert.equal(s.exit_code, exit, `${label}: exit ${exit}`);
    assert.ok(s.error && s.error.line > 0, `${label}: state().error.line is set (${JSON.stringify(s.error)})`);
    if (exit === 2) {
      // the CLI prints FILE:LINE:COL: message
      const m = /:(\d+):(\d+): (.*)/.exec(c.stderr);
      assert.ok(m, `${label}: CLI stderr has LINE:COL (${c.stderr})`);
      assert.equal(s.error.line, Number(m[1]), `${label}: same line as the CLI`);
      assert.equal(s.error.col, Number(m[2]), `${label}: same column as the CLI`);
      assert.equal(s.error.message, m[3], `${label}: same message as the CLI`);
      assert.ok(s.error.text.startsWith(`line ${m[1]}, col ${m[2]}: `), `${label}: error text "${s.error.text}"`);
    } else {
      assert.equal(s.error.line, 6, `${label}: the raise is on line 6`);
      assert.match(s.error.message, /ValueError: boom/, `${label}: message`);
    }
    await frames(page, 3);
    await page.screenshot({ path: path.join(outDir, `preset-${label}.png`) });
  }
  fs.rmSync(tmp, { recursive: true, force: true });
}
