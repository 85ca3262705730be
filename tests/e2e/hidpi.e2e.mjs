// A HiDPI screen (devicePixelRatio 2, at 1920x1080): the canvas's backing
// store has twice the CSS pixels in each direction, the page lays out in CSS
// pixels as at ratio 1 (so clicks land where they do there), and the
// screenshots of the timeline, the charts, the sweep, the comparison and
// the help overlay have content.
import path from 'node:path';
import { input } from './input.mjs';

export default async function ({ page, url, assert, log, outDir, checkNotBlank }) {
  const { frames, state, key } = input(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Emulation.setDeviceMetricsOverride', { width: 1920, height: 1080, deviceScaleFactor: 2, mobile: false });
  try {
    await page.reload({ waitUntil: 'load' });
    await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
    await page.evaluate(() => window.turnstile.ready);
    await frames(4);
    const size = await page.evaluate(() => {
      const c = document.getElementById('canvas');
      return { dpr: devicePixelRatio, w: c.width, h: c.height, cw: c.clientWidth, ch: c.clientHeight };
    });
    log('canvas at ratio', size.dpr, ':', size.w, 'x', size.h, 'for', size.cw, 'x', size.ch, 'CSS px');
    assert.equal(size.dpr, 2);
    assert.equal(size.w, size.cw * 2, 'backing store at devicePixelRatio');
    assert.equal(size.h, size.ch * 2);
    // layout in CSS pixels: the picker sits at the right edge of 1920
    const picker = (await state()).widgets['scenario picker'];
    assert.ok(picker[0] + picker[2] <= 1920 && picker[0] + picker[2] > 1800, 'laid out in CSS pixels');
    await page.evaluate(() => window.turnstile.command('run_to_end'));
    await frames(3);
    await checkNotBlank(page, path.join(outDir, 'hidpi-timeline-1920x1080@2x.png'));
    const tab = (await state()).widgets['tab Charts'];
    await page.mouse.click(tab[0] + tab[2] / 2, tab[1] + tab[3] / 2);
    await frames(3);
    assert.equal((await state()).view, 'charts', 'a click in CSS pixels hits the tab');
    await checkNotBlank(page, path.join(outDir, 'hidpi-charts-1920x1080@2x.png'));
    // the other views at ratio 2: the Sweep tab of the tuner preset, Compare
    // with a run pinned, and the help overlay
    await page.evaluate(() => window.turnstile.loadPreset('13_llm_batch_tuner'));
    await page.waitForFunction(() => !window.turnstile.stateNow().running, null, { timeout: 30000 });
    await page.evaluate(() => window.turnstile.command('view sweep'));
    await frames(3);
    assert.equal((await state()).view, 'sweep');
    await checkNotBlank(page, path.join(outDir, 'hidpi-sweep-1920x1080@2x.png'));
    await page.evaluate(() => { window.turnstile.command('compare pin'); window.turnstile.command('view compare'); });
    await frames(3);
    assert.equal((await state()).view, 'compare');
    assert.ok((await state()).compare, 'a run is pinned');
    await checkNotBlank(page, path.join(outDir, 'hidpi-compare-1920x1080@2x.png'));
    const help = (await state()).widgets.help;
    await page.mouse.click(help[0] + help[2] / 2, help[1] + help[3] / 2);
    await frames(3);
    assert.equal((await state()).help, true, 'the help button, clicked in CSS pixels, opens the overlay');
    await checkNotBlank(page, path.join(outDir, 'hidpi-help-1920x1080@2x.png'));
    await key('Escape');
    assert.equal((await state()).help, false, 'Escape closes it');
  } finally {
    await cdp.send('Emulation.clearDeviceMetricsOverride');
    await page.setViewportSize({ width: 1280, height: 800 });
  }
}
