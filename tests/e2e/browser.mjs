// Debian's Chromium, headless with software WebGL2, in a fresh profile:
// shared by the e2e runner (run.mjs) and screenshots.mjs.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { chromium } from 'playwright-core';

const CHROMIUM_ARGS = [
  '--headless', '--no-sandbox', '--use-gl=angle', '--use-angle=swiftshader',
  '--enable-unsafe-swiftshader', '--disable-gpu', '--disable-quic', '--no-first-run',
  '--disable-background-networking', '--disable-component-update', '--disable-sync',
];

// -> {context, close()}; close() also removes the profile directory.
export async function launchChromium(chromePath = process.env.CHROMIUM || '/usr/bin/chromium') {
  const userDataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'turnstile-chromium-'));
  try {
    // launchPersistentContext gives Chromium our own fresh --user-data-dir.
    const context = await chromium.launchPersistentContext(userDataDir, {
      executablePath: chromePath,
      headless: true,
      args: CHROMIUM_ARGS,
      viewport: { width: 1280, height: 800 },
      timeout: 60000,
    });
    const close = async () => {
      await context.close().catch(() => {});
      fs.rmSync(userDataDir, { recursive: true, force: true });
    };
    return { context, close };
  } catch (err) {
    fs.rmSync(userDataDir, { recursive: true, force: true });
    throw err;
  }
}
