// The page's Content-Security-Policy (issue 16): only the page's own scripts
// and its WebAssembly run. The page does all it does -- runs (in its Web
// Worker), exports a file, makes a link -- without one violation, and an
// inline script put into the document is refused.
export default async function ({ page, url, assert, log }) {
  await page.addInitScript(() => {
    window.__csp = [];
    document.addEventListener('securitypolicyviolation', (e) => window.__csp.push(e.violatedDirective + ' ' + e.blockedURI));
  });
  await page.goto(url, { waitUntil: 'load' });
  await page.evaluate(() => window.turnstile.ready);
  const policy = await page.evaluate(() => document.querySelector('meta[http-equiv="Content-Security-Policy"]').content);
  assert.match(policy, /script-src 'self' 'wasm-unsafe-eval'/, 'the policy allows only the page\'s scripts and its wasm');
  await page.evaluate(() => window.turnstile.loadPreset('02_example2_api_calls'));
  let s = await page.evaluate(() => window.turnstile.state());
  assert.equal(s.exit_code, 0, 'a run in the worker');
  const [dl] = await Promise.all([page.waitForEvent('download'), page.evaluate(() => window.turnstile.command('export console'))]);
  assert.ok(dl.suggestedFilename().endsWith('.console.txt'), 'an export');
  await page.evaluate(() => window.turnstile.linkURL());
  let v = await page.evaluate(() => window.__csp);
  assert.deepEqual(v, [], 'no violations while the page works');
  // what a link could try if its text ever reached the document
  const ran = await page.evaluate(() => new Promise((resolve) => {
    window.__injected = false;
    const el = document.createElement('script');
    el.textContent = 'window.__injected = true';
    document.body.appendChild(el);
    setTimeout(() => resolve(window.__injected), 50);
  }));
  assert.equal(ran, false, 'an inline script does not run');
  v = await page.evaluate(() => window.__csp);
  assert.ok(v.some((x) => x.startsWith('script-src')), `and is reported as a violation (${v.join(', ')})`);
  log('CSP:', policy);
}
