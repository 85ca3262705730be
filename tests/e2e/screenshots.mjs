#!/usr/bin/env node
// Screenshots of the page for looking at the timeline by eye (not a test):
// preset 01, Example 5 (preset 04), tests/e2e/short_waits.py and the 10,000
// task load test, each run to its end at 1280x800 and 900x700, fitted and
// zoomed out by eight wheel notches over the timeline.
//   node tests/e2e/screenshots.mjs [--dir build/wasm/web] [--out build/e2e/shots]
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { startServer } from '../../web/serve.mjs';
import { launchChromium } from './browser.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf('--' + name);
  return i < 0 ? def : argv[i + 1];
};
const webDir = path.resolve(opt('dir', path.join(root, 'build', 'wasm', 'web')));
const outDir = path.resolve(opt('out', path.join(root, 'build', 'e2e', 'shots')));
fs.mkdirSync(outDir, { recursive: true });

const shortWaits = fs.readFileSync(path.join(here, 'short_waits.py'), 'utf8');
const scenes = [
  ['01', (t) => t.loadPreset('01_example1_gate')],
  ['ex5', (t) => t.loadPreset('04_example5_adaptive')],
  ['short_waits', (t, code) => { t.setCode(code); t.run(); }],
  ['stress', (t) => t.command('load stress')],
];
const sizes = [[1280, 800], [900, 700]];

const { server, url } = await startServer({ dir: webDir, host: '127.0.0.1', port: 0 });
const browser = await launchChromium();
try {
  const page = await browser.context.newPage();
  await page.goto(url, { waitUntil: 'load' });
  await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
  await page.evaluate(() => window.turnstile.ready);
  const frames = (n) => page.evaluate((n) => new Promise((r) => {
    const step = () => (n-- <= 0 ? r() : requestAnimationFrame(step));
    step();
  }), n);
  for (const [w, h] of sizes) {
    await page.setViewportSize({ width: w, height: h });
    for (const [name, load] of scenes) {
      await page.evaluate(`(${load.toString()})(window.turnstile, ${JSON.stringify(shortWaits)})`);
      await page.evaluate(() => window.turnstile.command('run_to_end'));
      await frames(4);
      const base = path.join(outDir, `${name}-${w}x${h}`);
      await page.screenshot({ path: base + '.png' });
      // zoom out around a point in the timeline's rows (right half, below the axis)
      await page.mouse.move(Math.round(w * 0.8), Math.round(h * 0.43));
      for (let i = 0; i < 8; i++) { await page.mouse.wheel(0, 100); await frames(2); }
      await page.mouse.move(2, h - 2);  // no tooltip in the picture
      await frames(2);
      await page.screenshot({ path: base + '-zoomed-out.png' });
      const s = await page.evaluate(() => window.turnstile.state());
      console.log(`${path.relative(root, base)}.png${s.timeline ? ' ' + JSON.stringify(s.timeline) : ''}`);
    }
  }
} finally {
  await browser.close();
  server.close();
}
