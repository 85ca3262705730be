// Share links: a link made on the page reopens exactly the same state (for
// every preset and an edited, seeded script); the CLI reads the page's links
// and the page reads the CLI's; a Python one-liner decodes them; short preset
// links and editing the fragment by hand work; and every kind of damaged or
// hostile link shows its own message and falls back to the first preset.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { spawnSync } from 'node:child_process';

export default async function ({ page, url, root, assert, log, outDir, checkNotBlank }) {
  const cli = process.env.TS_CLI || path.join(root, 'build', 'native', 'turnstile');
  const state = () => page.evaluate(() => window.turnstile.state());
  const comparable = (s) => { const c = { ...s }; delete c.ui_ms; return c; };
  const open = async (href) => {
    await page.goto('about:blank');
    await page.goto(href, { waitUntil: 'load' });
    await page.waitForFunction(() => window.turnstile && window.turnstile.ready);
    await page.evaluate(() => window.turnstile.ready);
  };
  const ids = fs.readdirSync(path.join(root, 'presets')).filter((f) => f.endsWith('.py')).map((f) => f.slice(0, -3)).sort();

  // ---- round trip: every preset (at a moment inside the run), and an edited seeded script ----
  const edited = 'import asyncio, random\n\nasync def main():\n    for i in range(3):\n' +
                 '        await asyncio.sleep(random.random())\n        print("tick", i, round(random.random(), 6), "é😀")\n' +
                 '\nasyncio.run(main())\n';
  const cases = ids.map((id) => ({ label: id, id }));
  cases.push({ label: 'edited, seed 7', code: edited, seed: 7 });
  for (const c of cases) {
    if (c.id) await page.evaluate((id) => window.turnstile.loadPreset(id), c.id);
    else {
      await page.evaluate(({ code, seed }) => {
        window.turnstile.command('seed ' + seed);
        window.turnstile.setCode(code);
        window.turnstile.run();
      }, c);
    }
    const end = (await state()).end;
    await page.evaluate((t) => window.turnstile.command('seek ' + t), end / 2);
    const before = await state();
    const link = await page.evaluate(() => window.turnstile.linkURL());
    assert.ok(link.startsWith(url) && /#s=1\.[A-Za-z0-9_-]+$/.test(link), `${c.label}: link has the #s=1. form`);
    await open(link);
    const after = await state();
    assert.deepEqual(comparable(after), comparable(before), `${c.label}: the link reopens the same state`);
    assert.equal(after.link_error, null, `${c.label}: no link error`);
    log(`${c.label}: ${link.length} chars, reopened at t=${after.time} of ${after.end}`);

    if (!c.id) {
      assert.equal(after.seed, 7, 'the seed travels in the link');
      // the CLI runs the page's link and prints what the page shows
      const r = spawnSync(cli, ['run', '--stamp', '--link', link], { encoding: 'utf8' });
      assert.equal(r.status, 0, `turnstile run --link: ${r.stderr}`);
      await page.evaluate(() => window.turnstile.command('run_to_end'));
      const full = await state();
      assert.equal(r.stdout, full.console_all.join('\n') + '\n', 'CLI run --link == the page console');
      // a Python one-liner decodes it
      const py = spawnSync('python3', ['-c',
        'import sys,zlib,base64,json;p=sys.argv[1].split("#s=1.")[1];' +
        'print(json.loads(zlib.decompress(base64.urlsafe_b64decode(p+"="*(-len(p)%4)),-15))["code"],end="")', link],
        { encoding: 'utf8' });
      assert.equal(py.stdout, edited, 'python3 decodes the link to the same code');
    }
  }

  // ---- the CLI's link opens on the page ----
  const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'turnstile-links-'));
  const file = path.join(tmp, 'cli.py');
  fs.writeFileSync(file, edited);
  const made = spawnSync(cli, ['link', file, '--seed', '11', '--base', url], { encoding: 'utf8' });
  assert.equal(made.status, 0, `turnstile link: ${made.stderr}`);
  await open(made.stdout.trim());
  await page.evaluate(() => window.turnstile.command('run_to_end'));
  let s = await state();
  const cliRun = spawnSync(cli, ['run', '--stamp', '--seed', '11', file], { encoding: 'utf8' });
  assert.equal(s.seed, 11);
  assert.equal(s.console_all.join('\n') + '\n', cliRun.stdout, 'the CLI\'s link runs on the page as on the CLI');

  // ---- short preset links, and editing the fragment by hand ----
  await open(url + '#preset=seed-example-2');
  s = await state();
  assert.equal(s.preset, ids.find((i) => i.includes('example2')), '#preset=seed-example-2 opens Example 2');
  await page.evaluate(() => { location.hash = '#preset=seed-example-5'; });
  await page.waitForFunction(() => window.turnstile.stateNow().preset && window.turnstile.stateNow().preset.includes('example5'));
  s = await state();
  assert.equal(s.exit_code, 3, 'hand-edited fragment: Example 5 runs (and deadlocks)');

  // ---- Copy link: the clipboard gets the URL, the address bar too ----
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write'], { origin: new URL(url).origin });
  const copied = await page.evaluate(() => window.turnstile.copyLink());
  const clip = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clip, copied, 'copyLink puts the link on the clipboard');
  assert.equal(await page.evaluate(() => location.href), copied, 'and in the address bar');
  // the page's "copy link" button (the same path as a click, on the next frame)
  await page.evaluate(() => navigator.clipboard.writeText('-'));
  await page.evaluate(() => window.turnstile.command('seek 1'));
  await page.evaluate(() => window.turnstile.command('copy_link'));
  await page.waitForFunction(async () => (await navigator.clipboard.readText()) !== '-');
  const clicked = await page.evaluate(() => navigator.clipboard.readText());
  assert.equal(clicked, await page.evaluate(() => window.turnstile.linkURL()), 'the button copies the link of the moment shown');

  // ---- hostile links: each its message, then the first preset ----
  const good = made.stdout.trim().split('#')[1];
  const payload = good.slice(4);
  const b64 = (buf) => buf.toString('base64').replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  const hostile = [
    ['truncated', '#s=1.' + payload.slice(0, Math.floor(payload.length / 2)), 'the link is truncated (its compressed data ends early)'],
    ['wrong version', '#s=9.' + payload, 'the link is version 9; this Turnstile reads version 1'],
    ['10 MB', '#s=1.' + 'A'.repeat(10 << 20), 'the link is too long (10240 KiB; at most 256 KiB)'],
    ['invalid base64', '#s=1.' + payload.slice(0, 20) + '*%$' + payload.slice(20), 'the link is damaged (not valid base64url)'],
    ['invalid deflate', '#s=1.' + b64(Buffer.from([0xff, 0xfe, 0xfd, 0x00, 0x13])), 'the link is damaged (its data is not valid deflate)'],
    ['deflate of garbage', '#s=1.' + b64(zlib.deflateRawSync(Buffer.from('<script>alert(1)</script>'))),
     "the link's scenario is not valid JSON (Expecting value: line 1 column 1 (char 0))"],
    ['deflate of a JSON list', '#s=1.' + b64(zlib.deflateRawSync(Buffer.from('[1,2,3]'))), "the link's scenario is not a JSON object"],
    ['no code', '#s=1.' + b64(zlib.deflateRawSync(Buffer.from('{"v":1}'))), 'the link has no code'],
    ['bad seed', '#s=1.' + b64(zlib.deflateRawSync(Buffer.from('{"v":1,"code":"print(1)","seed":"x"}'))), "the link's seed is not an integer below 10**18"],
    ['zip bomb', '#s=1.' + b64(zlib.deflateRawSync(Buffer.from('{"v":1,"code":"' + 'a'.repeat(5 << 20) + '"}'))), "the link's scenario is larger than 1024 KiB"],
    ['unknown preset', '#preset=no-such-thing', "the link names preset 'no-such-thing', which this Turnstile does not have"],
    ['not a link', '#hello', 'this is not a Turnstile scenario link (it should contain #s= or #preset=)'],
  ];
  for (const [label, frag, message] of hostile) {
    if (frag.length < (1 << 20)) await open(url + frag);
    else {
      // Chromium does not navigate to URLs over 2 MB: hand the fragment to
      // the page as a hashchange would.
      await open(url);
      await page.evaluate((f) => window.turnstile.openLink(f), frag);
    }
    s = await state();
    assert.equal(s.link_error, message, `hostile link (${label}): its message`);
    assert.equal(s.preset, ids[0], `hostile link (${label}): the first preset is shown`);
    log(`hostile link (${label}): "${s.link_error}"`);
  }
  await checkNotBlank(page, path.join(outDir, 'link-error.png'));
  // a link whose script fails shows the script's error with its line and column
  const failing = '#s=1.' + b64(zlib.deflateRawSync(Buffer.from(JSON.stringify({ v: 1, code: 'x = 1\nprint(1 +)\n' }))));
  await open(url + failing);
  s = await state();
  assert.equal(s.link_error, null, 'a failing script is a valid link');
  assert.equal(s.status, 'syntax');
  assert.deepEqual([s.error.line, s.error.col], [2, 10], 'its syntax error at 2:10');
}
