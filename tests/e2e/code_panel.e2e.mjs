// The code panel reads the code (#13 items 1, 2, 5): Python in colour
// (keywords violet, await amber), the gate's zone (the block of `async with
// sem:`) tinted with a bracket in the gutter; a queue drawn beside the gates
// with its items, its putters and getters; the help overlay (the "help"
// button, "?" when the code does not have the keyboard, Escape closes it).
// The colours are checked in the picture itself: before this change every
// letter of the code was the same grey.
import path from 'node:path';
import { input } from './input.mjs';
import { pixels } from './pixels.mjs';

// Pixels of the screenshot's clip near each colour (within `tol` per channel).
async function countColours(page, clip, colours, tol = 26) {
  const png = await page.screenshot({ clip });
  const { data: d } = await pixels(page, png);
  const n = {};
  for (const [name, rgb] of Object.entries(colours)) {
    let k = 0;
    for (let i = 0; i < d.length; i += 4)
      if (Math.abs(d[i] - rgb[0]) <= tol && Math.abs(d[i + 1] - rgb[1]) <= tol && Math.abs(d[i + 2] - rgb[2]) <= tol) ++k;
    n[name] = k;
  }
  return n;
}

export default async function ({ page, assert, log, outDir, checkNotBlank }) {
  const { frames, key, state, box, click, clickAt } = input(page);
  await page.evaluate(() => window.turnstile.loadPreset('01_example1_gate'));
  await page.evaluate(() => window.turnstile.command('run_to_end'));
  await frames(4);
  let s = await state();
  // the gate's zone: `async with sem:` is line 10, its block lines 11-13
  assert.deepEqual(s.code_zones, [[10, 11, 13, 'sem']], 'Example 1: one gate zone, the block of `async with sem:`');

  // in the picture: violet keywords, amber awaits, and the zone's green bracket
  const code = await box('code');
  const clip = { x: Math.max(0, code[0] - 40), y: code[1], width: Math.min(code[2], 560) + 40, height: Math.min(code[3], 420) };
  const n = await countColours(page, clip, {
    keyword: [198, 146, 233], await: [255, 196, 92], string: [152, 206, 128], comment: [118, 128, 148],
    bracket: [62, 160, 100],
  });
  log('code panel pixels by colour:', JSON.stringify(n));
  for (const k of ['keyword', 'await', 'string', 'comment']) assert.ok(n[k] > 40, `the code has ${k} colour (${n[k]} px)`);
  assert.ok(n.bracket > 30, `the gate zone's bracket is drawn (${n.bracket} px)`);
  await checkNotBlank(page, path.join(outDir, 'code-panel-1280x800.png'));

  // a queue: producers fill a Queue(maxsize=2) from t = 0.25, one consumer
  // takes an item a second
  await page.evaluate(() => {
    window.turnstile.setCode([
      'import asyncio',
      'async def producer(q, n):',
      '    await asyncio.sleep(0.25)',
      '    for i in range(3):',
      '        await q.put((n, i))',
      'async def consumer(q):',
      '    while True:',
      '        item = await q.get()',
      '        await asyncio.sleep(1)',
      '        q.task_done()',
      'async def main():',
      '    q = asyncio.Queue(maxsize=2)',
      "    c = asyncio.create_task(consumer(q), name='consumer')",
      "    ps = [asyncio.create_task(producer(q, n), name=f'producer-{n}') for n in range(2)]",
      '    await asyncio.gather(*ps)',
      '    await q.join()',
      '    c.cancel()',
      'asyncio.run(main())', ''].join('\n'));
    window.turnstile.run();
  });
  await page.waitForFunction(() => !window.turnstile.stateNow().running, null, { timeout: 30000 });
  await page.evaluate(() => window.turnstile.command('seek 0.1'));
  await frames(3);
  s = await state();
  assert.deepEqual(s.queues, [{ name: 'q', maxsize: 2, items: 0, getters: ['consumer'], putters: [], joiners: [] }],
                   't = 0.1: the consumer waits to get from the empty queue');
  await page.evaluate(() => window.turnstile.command('seek 0.5'));
  await frames(3);
  s = await state();
  assert.deepEqual(s.queues[0], { name: 'q', maxsize: 2, items: 2, getters: [], putters: ['producer-1'], joiners: [] },
                   't = 0.5: full, producer-1 waits to put');
  await checkNotBlank(page, path.join(outDir, 'queue-1280x800.png'));
  await page.evaluate(() => window.turnstile.command('seek 5.5'));
  await frames(3);
  s = await state();
  assert.deepEqual(s.queues[0].joiners, ['Task-1'], 't = 5.5: main waits in join()');
  assert.equal(s.queues[0].items, 0);
  // stepping event by event names the side a task waits on
  await page.evaluate(() => window.turnstile.command('seek 0.25'));
  let said = '';
  for (let i = 0; i < 40 && !/waits to put into q/.test(said); ++i) {
    await page.evaluate(() => window.turnstile.command('step_event'));
    said = (await state()).event_text;
  }
  assert.match(said, /^producer-\d waits to put into q \(it is full\)$/, 'an event says who waits to put');

  // help: the button opens it; Escape closes it; "?" opens it when the code does not have the keyboard
  assert.equal(s.help, false);
  await click('help');
  s = await state();
  assert.equal(s.help, true, 'the help button opens the overlay');
  await box('help close');
  await checkNotBlank(page, path.join(outDir, 'help-1280x800.png'));
  await key('Escape');
  assert.equal((await state()).help, false, 'Escape closes it');
  const tl = await box('tab Timeline');
  await clickAt(tl[0] + tl[2] / 2, tl[1] + tl[3] / 2);  // the keyboard away from the code
  await page.keyboard.type('?');
  await frames(3);
  assert.equal((await state()).help, true, '"?" opens it');
  await click('help close');
  assert.equal((await state()).help, false, 'Close closes it');
  // typed into the code, "?" is just a character
  const c2 = await box('code');
  await clickAt(c2[0] + 60, c2[1] + 20);
  await page.keyboard.type('?');
  await frames(3);
  s = await state();
  assert.equal(s.help, false, 'a "?" typed in the code does not open the help');
  assert.equal(s.edited, true);
}
