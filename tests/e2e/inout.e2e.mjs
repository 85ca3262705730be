// Code in and out of the page through the system clipboard and a dropped
// file, and stepping inside one instant:
//  - a paste event in the editor inserts what the browser's clipboard holds
//    (over the selection), and the pasted program runs;
//  - Ctrl+A, Ctrl+C in the editor puts the code on the browser's clipboard;
//  - a .py file dropped on the page replaces the code and runs it; an
//    oversized one is refused with a message;
//  - Shift+Right walks t = 0 of Example 1 event by event, in CPython's order.
import path from 'node:path';
import { input } from './input.mjs';

export default async function ({ page, url, outDir, assert, log }) {
  const { frames, key, state } = input(page);
  const origin = new URL(url).origin;
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin });

  // ---- paste: the system clipboard into the editor ----
  const pasted = 'import asyncio\n\nasync def main():\n    await asyncio.sleep(1.5)\n    print("pasted \u2705 \u2014 done")\n\nasyncio.run(main())\n';
  // Headless Chromium maps no key to the paste command, so the paste event is
  // sent as the browser sends it: a ClipboardEvent carrying the clipboard's text.
  await page.evaluate((t) => navigator.clipboard.writeText(t), pasted);
  await page.mouse.click(200, 300);  // into the code panel
  await frames();
  await key('Control+a');
  await page.evaluate(async () => {
    const dt = new DataTransfer();
    dt.setData('text/plain', await navigator.clipboard.readText());
    document.activeElement.dispatchEvent(new ClipboardEvent('paste', { clipboardData: dt, bubbles: true, cancelable: true }));
  });
  await frames(3);
  await key('Control+Enter');
  await frames(4);
  const s1 = await state();
  log(`paste: edited=${s1.edited} exit=${s1.exit_code} console=${JSON.stringify(s1.console_all)}`);
  assert.equal(s1.edited, true, 'the paste edited the code');
  assert.equal(s1.exit_code, 0, 'the pasted code runs');
  assert.deepEqual(s1.console_all, ['1.500 pasted \u2705 \u2014 done'], 'the pasted program printed, with its emoji and dash');
  assert.equal(s1.code_lines, pasted.split('\n').length, 'the editor holds exactly the pasted lines');
  await page.screenshot({ path: path.join(outDir, 'pasted.png') });

  // ---- copy: the editor's text onto the system clipboard ----
  await page.evaluate(() => navigator.clipboard.writeText('nothing yet'));
  await page.mouse.click(200, 300);
  await frames();
  await key('Control+a');
  await key('Control+c');
  await frames(2);
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(copied, pasted, 'Ctrl+C put the whole code on the system clipboard');

  // ---- drop a .py file: it replaces the code and runs ----
  const dropped = 'print("dropped")\n';
  await page.evaluate((text) => {
    const dt = new DataTransfer();
    dt.items.add(new File([text], 'mine.py', { type: 'text/x-python' }));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  }, dropped);
  await page.waitForFunction(() => window.turnstile.stateNow().console_all.join('|') === '0.000 dropped', null, { timeout: 10000 });
  const s2 = await state();
  assert.equal(s2.exit_code, 0, 'the dropped file ran');
  // an oversized file is refused and leaves the code alone
  await page.evaluate(() => {
    const dt = new DataTransfer();
    dt.items.add(new File(['#'.repeat(300 * 1024)], 'huge.py'));
    window.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
  });
  await frames(3);
  const s3 = await state();
  assert.ok(/too large/.test(s3.banner || ''), `a message for the oversized file (${s3.banner})`);
  assert.deepEqual(s3.console_all, ['0.000 dropped'], 'the oversized drop changed nothing');

  // ---- inside t = 0 of Example 1, event by event ----
  await page.evaluate(() => window.turnstile.loadPreset('01_example1_gate'));
  await frames(4);
  await page.mouse.click(900, 60);  // off the editor (on the scrubber), so arrows reach the player
  await frames();
  await page.evaluate(() => window.turnstile.command('seek 0'));  // paused at t = 0
  await frames();
  const seen = [];
  let last = 0;
  for (let i = 0; i < 200; i++) {
    // the keyboard for the first few, then the same command the key sends
    if (i < 3) await key('Shift+ArrowRight');
    else await page.evaluate(() => window.turnstile.command('step_event'));
    const s = await state();
    if (i === 0) log(`first event step: t=${s.time} event=${s.event}/${s.events_at_t} ${s.event_text}`);
    if (s.time > 0) break;
    assert.equal(s.event, last + 1, `events are stepped one at a time (${s.event} after ${last})`);
    last = s.event;
    if (s.console.length > seen.length) seen.push(s.console[s.console.length - 1]);
  }
  log(`inside t=0: ${last} events, prints ${JSON.stringify(seen)}`);
  assert.deepEqual(seen.slice(0, 4), [
    'Worker-0: Started! Approaching the gate...',
    'Worker-0: Inside the gate! Working on expensive task...',
    'Worker-1: Started! Approaching the gate...',
    'Worker-1: Inside the gate! Working on expensive task...',
  ], 'a free semaphore does not yield: Worker-0 is inside before Worker-1 starts');
  assert.equal(seen.length, 9, 'nine prints at t = 0');
  await key('Shift+ArrowLeft');
  const back = await state();
  assert.equal(back.time, 0, 'back into t = 0');
  assert.equal(back.event, back.events_at_t, 'at its last event');
  assert.ok(/^Task-7 (waits for|queues at) sem$/.test(back.event_text), `the last event: the sixth worker's task waits at sem (${back.event_text})`);
  await page.screenshot({ path: path.join(outDir, 'inside-instant.png') });
}
