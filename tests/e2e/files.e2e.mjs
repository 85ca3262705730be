// Files out of the page and the scenario kept across reloads: the Export
// menu, clicked where a person clicks it, saves the script for CPython (run
// here under python3 it prints the page's console, stamped), the trace and
// the console text; an edited script survives a reload (local storage), a
// link in the address bar wins over what was stored, and a damaged stored
// scenario is dropped without a word.
import fs from 'node:fs';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { input } from './input.mjs';

export default async function ({ page, url, assert, log, outDir }) {
  const { frames, state } = input(page);
  const ready = async () => {
    await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
    await page.evaluate(() => window.turnstile.ready);
    await frames(3);
  };
  const click = async (name) => {
    const w = (await state()).widgets[name];
    assert.ok(w, `the page draws "${name}"`);
    await page.mouse.click(w[0] + w[2] / 2, w[1] + w[3] / 2);
    await frames(3);
  };
  const download = async (item) => {
    await click('export');
    const [dl] = await Promise.all([page.waitForEvent('download'), click('export ' + item)]);
    const dir = path.join(outDir, 'files');
    fs.mkdirSync(dir, { recursive: true });
    const file = path.join(dir, dl.suggestedFilename());
    await dl.saveAs(file);
    return { name: dl.suggestedFilename(), file, text: fs.readFileSync(file, 'utf8') };
  };

  // ---- Export: the openai preset's script runs under CPython as on the page ----
  await page.evaluate(() => window.turnstile.loadPreset('08_example3_openai'));
  await frames(3);
  const s = await state();
  const py = await download('py');
  assert.equal(py.name, '08_example3_openai.py');
  assert.match(py.text, /^#!\/usr\/bin\/env python3\n/);
  assert.match(py.text, /"openai\/__init__\.py": /, 'the openai package it imports is bundled');
  const run = spawnSync('python3', [py.name], { cwd: path.dirname(py.file), encoding: 'utf8', timeout: 60000 });
  const console = s.console_all.map((l) => l + '\n').join('');
  assert.equal(run.stdout, console, 'the exported script prints the console, stamped, under CPython');
  assert.equal(run.status, s.exit_code);
  log('export py:', py.text.length, 'bytes,', s.console_all.length, 'lines match under python3');

  const trace = await download('trace');
  const events = trace.text.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(events.length > 100, 'the trace has the run\'s events');
  assert.ok(events.some((e) => e.ev === 'print'), 'printed lines among them');
  const cons = await download('console');
  assert.equal(cons.text, console);

  // ---- local storage: an edited script survives a reload ----
  const code = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1.5)\n    print("kept")\n\nasyncio.run(main())\n';
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, code);
  await page.waitForFunction(() => window.turnstile.storedScenario() === window.turnstile.linkFragment(), null, { timeout: 5000 });
  await page.reload({ waitUntil: 'load' });
  await ready();
  let r = await state();
  assert.deepEqual(r.console_all, ['1.500 kept'], 'the reload shows the edited script, run');
  assert.equal(r.banner, null);

  // a link in the address bar wins over the stored scenario
  await page.goto(url + '#preset=seed-example-1', { waitUntil: 'load' });
  await ready();
  assert.equal((await state()).preset, '01_example1_gate');
  // a damaged stored scenario: the default, no message
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => localStorage.setItem('turnstile.scenario', 's=1.garbage!!'));
  await page.reload({ waitUntil: 'load' });
  await ready();
  r = await state();
  assert.equal(r.preset, '01_example1_gate', 'falls back to the first preset');
  assert.equal(r.banner, null, 'without a message');
  assert.equal(r.link_error, null);
}
