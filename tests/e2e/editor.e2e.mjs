// The code panel is a real editor: click into it, type, Ctrl+Enter runs the
// edited code (and the panel keeps the keyboard), a syntax error typed in is
// reported at its line, and fixing it runs clean again. Keys are sent a frame
// apart (ImGui 1.86 reads key state once per frame).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { input } from './input.mjs';

export default async function ({ page, outDir, root, assert, log }) {
  const { frames, key, state, typeText } = input(page);

  const s0 = await state();
  assert.equal(s0.preset, '01_example1_gate', 'starts with Example 1');
  // the code panel is on the left, below the toolbar and the result line
  await page.mouse.click(200, 300);
  await frames();
  await key('Control+End');
  await key('Enter');
  await typeText('print("typed")');
  await frames();
  await key('Control+Enter');
  await frames(4);
  const s1 = await state();
  log(`editor: edited=${s1.edited} exit=${s1.exit_code} last=${JSON.stringify(s1.console_all.slice(-1))}`);
  assert.equal(s1.edited, true, 'typing edits the code');
  assert.equal(s1.exit_code, 0, 'the edited code runs');
  assert.equal(s1.console_all[s1.console_all.length - 1], '4.000 typed', 'the typed print ran last, at t=4');

  // the same text through the CLI prints the same
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  if (fs.existsSync(cli)) {
    const src = fs.readFileSync(path.join(root, 'presets', '01_example1_gate.py'), 'utf8') + '\nprint("typed")';
    const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'turnstile-e2e-'));
    fs.writeFileSync(path.join(tmp, 'typed.py'), src);
    const r = spawnSync(cli, ['run', '--stamp', path.join(tmp, 'typed.py')], { encoding: 'utf8' });
    fs.rmSync(tmp, { recursive: true, force: true });
    assert.equal(s1.console_all.join('\n') + '\n', r.stdout, 'page output == CLI output for the typed code');
  }

  // break line 3, run: the error names line 3; the panel kept the keyboard
  await key('Control+Home');
  await key('ArrowDown');
  await key('ArrowDown');
  await typeText('x = (');
  await frames();
  await key('Enter');
  await key('Control+Enter');
  await frames(4);
  const s2 = await state();
  log(`editor: error ${JSON.stringify(s2.error)}`);
  assert.equal(s2.exit_code, 2, 'syntax error: exit 2');
  assert.ok(s2.error && s2.error.line === 3 && s2.error.col === 5, `error at line 3, col 5 (${JSON.stringify(s2.error)})`);
  await page.screenshot({ path: path.join(outDir, 'editor-error.png') });

  // fix it where the cursor is: "x = (\n1)" is valid
  await typeText('1)');
  await frames();
  await key('Control+Enter');
  await frames(4);
  const s3 = await state();
  assert.equal(s3.error, null, 'fixed: no error');
  assert.equal(s3.exit_code, 0, 'fixed: exit 0');
}
