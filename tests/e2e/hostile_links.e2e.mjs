// Share links from strangers (issue 16), in the page: every case of
// tests/hostile/links/links.py -- the same the CLI is checked on (ctest
// hostile_links) -- is refused with its sentence or runs as expected, the
// page keeps working after each, and nothing from a link reaches the
// document as markup.
import path from 'node:path';
import { spawnSync } from 'node:child_process';

export default async function ({ page, url, root, assert, log }) {
  const gen = spawnSync('python3', [path.join(root, 'tests', 'hostile', 'links', 'links.py')], { encoding: 'utf8', maxBuffer: 64 << 20 });
  assert.equal(gen.status, 0, gen.stderr);
  const cases = gen.stdout.trim().split('\n').map((l) => JSON.parse(l));
  assert.ok(cases.length >= 20, `at least 20 hostile links (${cases.length})`);
  const state = () => page.evaluate(() => window.turnstile.state());
  const dom = () => page.evaluate(() => ({
    elements: document.getElementsByTagName('*').length,
    scripts: [...document.scripts].map((s) => s.src).join(' '),
    status: document.getElementById('status').innerHTML,
  }));
  const before = await dom();
  let failed = 0;
  for (const c of cases) {
    await page.evaluate((f) => window.turnstile.openLink(f), c.fragment);
    const s = await state();
    const lastErr = (s.stderr || '').replace(/\n+$/, '').split('\n').pop();
    let got;
    if (s.link_error) got = 'refused: ' + s.link_error;
    else if (s.exit_code === 0) got = 'run: ok';
    else got = 'run: ' + lastErr;
    if (got !== c.expect) {
      failed++;
      log(`FAIL ${c.name}: expected ${JSON.stringify(c.expect)}, got ${JSON.stringify(got)}`);
    }
    if (s.link_error) {
      assert.equal(s.preset, '01_example1_gate', `${c.name}: a refused link shows the first preset`);
      assert.ok(s.banner && s.banner.includes(s.link_error), `${c.name}: and says why`);
    }
    const d = await dom();
    assert.deepEqual(d, before, `${c.name}: the document is as it was (no markup from the link)`);
  }
  log(`hostile links in the page: ${cases.length - failed} of ${cases.length} as expected`);
  assert.equal(failed, 0, 'every hostile link as expected');

  // the address bar: the longest one, as a stranger's URL
  const long = cases.find((c) => c.name === 'fragment_over_256k');
  await page.goto('about:blank');
  await page.goto(url + '#' + long.fragment, { waitUntil: 'load' });
  await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
  await page.evaluate(() => window.turnstile.ready);
  const s = await state();
  assert.equal('refused: ' + s.link_error, long.expect, 'a too-long link in the address bar is refused before decoding');
  // and the page works on
  await page.evaluate(() => window.turnstile.loadPreset('01_example1_gate'));
  assert.equal((await state()).exit_code, 0);
}
