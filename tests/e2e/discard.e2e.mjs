// Edits are not thrown away by accident: picking another scenario over
// edited code asks first (Keep editing keeps them, Discard and open opens the
// other one), and Revert can be undone, by its "Undo revert" button and by
// Ctrl+Z in the code -- all clicked and typed where a person would.
import { input } from './input.mjs';

export default async function ({ page, assert, log }) {
  const { frames, key, state } = input(page);
  const click = async (name) => {
    const w = (await state()).widgets[name];
    assert.ok(w, `the page draws "${name}"`);
    await page.mouse.click(w[0] + Math.min(w[2] / 2, 40), w[1] + Math.min(w[3] / 2, 10));
    await frames(3);
  };
  const edited = 'import asyncio\n\nasync def main():\n    print("mine")\n\n\n\nasyncio.run(main())\n';
  const mine = edited.split('\n').length;
  await page.evaluate((c) => window.turnstile.setCode(c), edited);
  await frames(2);
  let s = await state();
  assert.equal(s.preset, '01_example1_gate');
  assert.equal(s.edited, true);

  // another scenario over the edits: asked, and "Keep editing" keeps them
  await click('scenario picker');
  await click('scenario 1');
  s = await state();
  assert.ok(s.widgets['discard edits'] && s.widgets['keep edits'], 'a question: discard the edits?');
  await click('keep edits');
  s = await state();
  assert.equal(s.preset, '01_example1_gate', 'still on Example 1');
  assert.equal(s.code_lines, mine, 'with the edits');
  assert.ok(!s.widgets['discard edits'], 'the question is gone');
  // ... and "Discard and open" opens the other one
  await click('scenario picker');
  await click('scenario 1');
  await click('discard edits');
  s = await state();
  assert.equal(s.preset, '02_example2_api_calls');
  assert.equal(s.edited, false);
  // without edits, no question
  await click('scenario picker');
  await click('scenario 0');
  s = await state();
  assert.equal(s.preset, '01_example1_gate');
  assert.ok(!s.widgets['discard edits']);
  const preset_lines = s.code_lines;

  // Revert, then "Undo revert"
  await page.evaluate((c) => window.turnstile.setCode(c), edited);
  await frames(2);
  await click('revert');
  s = await state();
  assert.equal(s.code_lines, preset_lines, 'Revert puts the preset back');
  assert.equal(s.edited, false);
  await click('undo revert');
  s = await state();
  assert.equal(s.code_lines, mine, 'Undo revert brings the edits back');
  assert.equal(s.edited, true);
  // Revert, then Ctrl+Z in the code
  await click('revert');
  assert.equal((await state()).code_lines, preset_lines);
  await click('code');
  await key('Control+z');
  s = await state();
  assert.equal(s.code_lines, mine, 'Ctrl+Z in the code undoes the revert');
  log('discard question, Undo revert and Ctrl+Z after Revert all keep the edits');
}
