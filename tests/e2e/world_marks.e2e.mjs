// What the world's calls met, on the page (#12 items 3 and 4, #13 item 3):
// the seed's Example 3 marks its refused requests (429) and the SDK's own
// retries under the rows of the tasks that made them, with a legend; the
// RAG-course preset's tqdm bar is drawn in "Right now" with its count at the
// cursor and as a chart in the Charts tab; a script retried by tenacity marks
// its retries and its give-up.
import path from 'node:path';
import { input } from './input.mjs';
import { pixels } from './pixels.mjs';

// Pixels of widget `name`'s box near colour rgb (within tol per channel).
async function colourIn(page, box, rgb, tol = 20) {
  const png = await page.screenshot({ clip: { x: box[0], y: box[1], width: box[2], height: box[3] } });
  const { data: d } = await pixels(page, png);
  let k = 0;
  for (let i = 0; i < d.length; i += 4)
    if (Math.abs(d[i] - rgb[0]) <= tol && Math.abs(d[i + 1] - rgb[1]) <= tol && Math.abs(d[i + 2] - rgb[2]) <= tol) ++k;
  return k;
}

const kRefused = [255, 80, 160], kSdkRetry = [80, 225, 225], kTenacity = [200, 240, 90], kProgress = [110, 200, 140];

export default async function ({ page, assert, log, outDir, checkNotBlank }) {
  const { frames, state, box, click } = input(page);
  const run = async (preset) => {
    await page.evaluate((p) => window.turnstile.loadPreset(p), preset);
    await page.evaluate(() => window.turnstile.command('run_to_end'));
    await frames(4);
    return state();
  };

  // Example 3: 6 requests refused by the RPM bucket, each retried by the SDK
  let s = await run('08_example3_openai');
  log(`example 3 marks: ${JSON.stringify(s.timeline.marks)}, api: ${JSON.stringify(s.api)}`);
  assert.equal(s.api.rejected, 6, 'the provider refuses 6 requests');
  assert.equal(s.api.retries, 6, 'the SDK retries each of them');
  assert.equal(s.api.tries, 50, 'tenacity makes one attempt per call');
  // the rows shown hold none yet (the timeline box has no legend: it is above
  // it): the calls that met a 429 are further down
  // (each retried call's own row, and the request's task under it)
  const tl = await box('timeline');
  const legendOnly = { refused: await colourIn(page, tl, kRefused), retry: await colourIn(page, tl, kSdkRetry) };
  let seen = { refused: 0, sdk_retry: 0 }, px = null;
  await page.mouse.move(tl[0] + tl[2] * 0.6, tl[1] + tl[3] * 0.8);
  await page.keyboard.down('Shift');
  for (let k = 0; k < 60 && !px; ++k) {  // Shift+wheel scrolls the rows, a few at a time
    await page.mouse.wheel(0, 60);
    await frames(2);
    const m = (await state()).timeline.marks;
    seen.refused = Math.max(seen.refused, m.refused);
    seen.sdk_retry = Math.max(seen.sdk_retry, m.sdk_retry);
    if (m.sdk_retry > 0) {
      await page.keyboard.up('Shift');
      await page.mouse.move(2, 2);
      await frames(2);
      px = { marks: m, retry: await colourIn(page, tl, kSdkRetry) };
      await checkNotBlank(page, path.join(outDir, 'world-marks-example3.png'));
    }
  }
  await page.keyboard.up('Shift');
  assert.ok((await state()).timeline.first_row > 0, 'the rows scrolled');
  log(`example 3 marks while scrolling: ${JSON.stringify(seen)}, drawn: ${JSON.stringify(px)}, legend alone: ${JSON.stringify(legendOnly)}`);
  assert.ok(px, 'scrolling the rows reaches a call the SDK retried, marked on its row');
  assert.ok(px.retry > legendOnly.retry + 10, 'the SDK retry is drawn on its row (cyan; none before the scroll)');

  // the RAG-course pattern: tqdm_asyncio.gather over 100 chunks
  s = await run('16_rag_course_pattern');
  assert.ok(s.progress.length >= 1, 'the run has a progress bar');
  assert.equal(s.timeline.first_row, 0, "a new run's rows start at its first task, not at the last run's scroll");
  const end = s.end;
  await page.evaluate((t) => window.turnstile.command(`seek ${t}`), end / 2);
  await frames(3);
  s = await state();
  const bar = s.progress[0];
  log(`rag at ${end / 2}: progress ${JSON.stringify(s.progress)}`);
  assert.equal(bar.total, 100, 'its total is the 100 chunks');
  assert.ok(bar.n > 5 && bar.n < 100 && !bar.closed, `halfway, the bar is partly done (${bar.n})`);
  const now = await box('now');
  const half = await colourIn(page, now, kProgress);
  await page.evaluate((t) => window.turnstile.command(`seek ${t}`), end);
  await frames(3);
  s = await state();
  assert.equal(s.progress[0].n, 100, 'at the end all 100 are counted');
  assert.equal(s.progress[0].closed, true, 'and the bar is closed');
  await page.evaluate((t) => window.turnstile.command(`seek ${t}`), 0.001);
  await frames(3);
  const start = await colourIn(page, await box('now'), kProgress);
  log(`progress fill pixels: at the start ${start}, halfway ${half}`);
  assert.ok(half > start + 200, 'the bar in "Right now" fills as the count grows');
  await page.evaluate((t) => window.turnstile.command(`seek ${t}`), end / 2);
  await frames(3);
  await checkNotBlank(page, path.join(outDir, 'world-progress-now.png'));
  await click('tab Charts');
  s = await state();
  assert.ok(s.widgets['chart progress'] && s.widgets['chart progress'][2] > 100, 'the Charts tab draws the bar over time');
  await page.mouse.move(2, 2);
  await frames(2);
  assert.ok(await colourIn(page, s.widgets['chart progress'], kProgress) > 50, 'its line is drawn');
  await checkNotBlank(page, path.join(outDir, 'world-progress-chart.png'));
  await click('tab Timeline');

  // tenacity alone: a flaky call retried twice, a broken one given up
  const script = [
    'import asyncio',
    'from tenacity import retry, stop_after_attempt, wait_fixed',
    "fails = {'flaky': 2, 'broken': 99}",
    '@retry(stop=stop_after_attempt(3), wait=wait_fixed(1))',
    'async def call(name):',
    '    await asyncio.sleep(0.25)',
    '    if fails[name] > 0:',
    '        fails[name] -= 1',
    '        raise ValueError(name)',
    '    return name',
    'async def main():',
    "    a = asyncio.create_task(call('flaky'), name='flaky')",
    "    b = asyncio.create_task(call('broken'), name='broken')",
    '    print(await asyncio.gather(a, b, return_exceptions=True))',
    'asyncio.run(main())',
  ].join('\n');
  await page.evaluate((c) => { window.turnstile.setCode(c); window.turnstile.run(); }, script);
  await frames(4);
  await page.evaluate(() => window.turnstile.command('run_to_end'));
  await frames(4);
  s = await state();
  log(`tenacity marks: ${JSON.stringify(s.timeline.marks)}`);
  assert.equal(s.timeline.marks.tenacity_retry, 4, "tenacity's four sleeps are marked");
  assert.equal(s.timeline.marks.gave_up, 1, 'and its give-up');
  assert.equal(s.api.try_gave_up, 1);
  await page.mouse.move(2, 2);
  await frames(2);
  assert.ok(await colourIn(page, await box('timeline'), kTenacity) > 30, 'the tenacity marks are drawn');
  await checkNotBlank(page, path.join(outDir, 'world-marks-tenacity.png'));
}
