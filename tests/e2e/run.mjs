#!/usr/bin/env node
// End-to-end runner: serves the built page on a free loopback port, opens it in
// Debian's Chromium (headless, software WebGL2) through playwright-core, waits
// for window.turnstile.ready and runs every tests/e2e/*.e2e.mjs (or those named
// on the command line). Each test file's default export is
//   async function (t) { ... }   with t = {page, url, outDir, root, assert, log,
//                                          checkNotBlank, pageLog, pageErrors}
// A test fails if it throws or if the page had an uncaught error.
// A fresh page (on a shared profile, its local storage cleared) is used per
// file. Prints "N passed, N failed".
//   node tests/e2e/run.mjs [--dir build/wasm/web] [--out build/e2e] [file...]
import fs from 'node:fs';
import path from 'node:path';
import assert from 'node:assert/strict';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { startServer } from '../../web/serve.mjs';
import { launchChromium } from './browser.mjs';
import { pixels } from './pixels.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '..', '..');
const argv = process.argv.slice(2);
const opt = (name, def) => {
  const i = argv.indexOf('--' + name);
  if (i < 0) return def;
  const v = argv[i + 1];
  argv.splice(i, 2);
  return v;
};
const webDir = path.resolve(opt('dir', path.join(root, 'build', 'wasm', 'web')));
const outDir = path.resolve(opt('out', path.join(root, 'build', 'e2e')));
const chromePath = opt('chromium', process.env.CHROMIUM || '/usr/bin/chromium');
const readyTimeout = Number(opt('ready-timeout', '60000'));

let files = argv.length
  ? argv.map((f) => path.resolve(f))
  : fs.readdirSync(here).filter((f) => f.endsWith('.e2e.mjs')).sort().map((f) => path.join(here, f));

function log(...a) { console.log('e2e:', ...a); }

// Screenshot, saved to file, then measured in the page: a blank (single colour)
// picture fails. Returns {distinct, nonDominant} for the caller to inspect.
async function checkNotBlank(page, file, { minColors = 16, minFraction = 0.02 } = {}) {
  const png = await page.screenshot({ path: file });
  const { width, height, data: d } = await pixels(page, png);
  const counts = new Map();
  for (let i = 0; i < d.length; i += 4) {
    const k = (d[i] << 16) | (d[i + 1] << 8) | d[i + 2];
    counts.set(k, (counts.get(k) || 0) + 1);
  }
  let top = 0;
  for (const v of counts.values()) top = Math.max(top, v);
  const n = d.length / 4;
  const stats = { width, height, distinct: counts.size, nonDominant: (n - top) / n };
  log(`screenshot ${path.relative(root, file)}: ${stats.width}x${stats.height},`,
      `${stats.distinct} colours, ${(stats.nonDominant * 100).toFixed(1)}% not background`);
  assert.ok(stats.distinct >= minColors, `screenshot looks blank: only ${stats.distinct} colours`);
  assert.ok(stats.nonDominant >= minFraction,
            `screenshot looks blank: ${(stats.nonDominant * 100).toFixed(2)}% non-background pixels`);
  return stats;
}

async function main() {
  if (!fs.existsSync(path.join(webDir, 'index.html'))) {
    console.error(`e2e: ${webDir}/index.html not found: build the wasm page first`);
    console.log('0 passed, 1 failed');
    return 1;
  }
  if (!files.length) {
    console.error('e2e: no *.e2e.mjs test files');
    console.log('0 passed, 1 failed');
    return 1;
  }
  fs.mkdirSync(outDir, { recursive: true });
  const { server, url } = await startServer({ dir: webDir, host: '127.0.0.1', port: 0 });
  log(`serving ${path.relative(root, webDir) || webDir} at ${url}`);
  let browser = null;
  let passed = 0, failed = 0;
  try {
    browser = await launchChromium(chromePath);
    const { context } = browser;
    for (const file of files) {
      const name = path.basename(file);
      const page = await context.newPage();
      const pageLog = [];
      const pageErrors = [];
      page.on('console', (m) => pageLog.push(`[${m.type()}] ${m.text()}`));
      page.on('pageerror', (e) => { pageLog.push(`[pageerror] ${e.message}`); pageErrors.push(e.message); });
      const t0 = Date.now();
      try {
        const mod = await import(pathToFileURL(file).href);
        // The browser profile is shared: each file starts without the
        // scenario an earlier one left in local storage (web/files.js).
        await page.goto(url + 'no-such-page-storage-reset', { waitUntil: 'load' });
        await page.evaluate(() => localStorage.clear());
        await page.goto(url, { waitUntil: 'load', timeout: 60000 });
        await page.waitForFunction(() => window.turnstile && window.turnstile.ready, null,
                                   { timeout: readyTimeout });
        await page.evaluate(() => window.turnstile.ready);
        await mod.default({ page, url, outDir, root, assert, log, checkNotBlank, pageLog, pageErrors });
        // an uncaught exception in the page fails the test
        assert.deepEqual(pageErrors, [], 'uncaught errors in the page');
        passed++;
        console.log(`PASS ${name} (${((Date.now() - t0) / 1000).toFixed(1)} s)`);
      } catch (err) {
        failed++;
        console.log(`FAIL ${name}: ${err && err.stack ? err.stack : err}`);
        if (pageLog.length) console.log('  page console (last 40 lines):\n    ' + pageLog.slice(-40).join('\n    '));
        try { await page.screenshot({ path: path.join(outDir, name.replace(/\.mjs$/, '') + '.failure.png') }); } catch {}
      } finally {
        await page.close().catch(() => {});
      }
    }
  } catch (err) {
    failed++;
    console.log(`FAIL e2e setup: ${err && err.stack ? err.stack : err}`);
  } finally {
    if (browser) await browser.close();
    server.close();
  }
  console.log(`${passed} passed, ${failed} failed`);
  return failed ? 1 : 0;
}

main().then((code) => process.exit(code), (err) => {
  console.error(err);
  console.log('0 passed, 1 failed');
  process.exit(1);
});
