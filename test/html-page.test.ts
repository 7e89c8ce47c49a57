// The HTML brief in a real browser (Debian's Chromium via playwright-core): hostile article text is shown as
// text, never run, and the page needs nothing from the network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './helpers/io.js';

const CHROMIUM = '/usr/bin/chromium';

test('the HTML brief renders hostile text inertly in Chromium', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip('Chromium is not installed (.ci/run installs it)');
  const { chromium } = await import('playwright-core');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-html-'));
  const evil = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
  writeFileSync(join(dir, 'a.txt'), `Flood hits the valley towns ${evil}\n\nThe river rose three metres overnight and flooded the lower town ${evil}, the mayor said.\nHundreds of residents were moved to the school on the hill, where volunteers served soup to families.\n`);
  writeFileSync(join(dir, 'b.txt'), `Valley towns flooded\n\nThe river rose three metres overnight and flooded the lower town, officials said on Monday.\nThe water is expected to fall by Wednesday, the weather service said in a statement.\n`);
  const out = join(dir, 'brief.html');
  const r = await runCli(['brief', dir, '--html', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!readFileSync(out, 'utf8').includes('<script>document'), 'no live script tag in the file');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  try {
    const page = await browser.newPage();
    const requests: string[] = [];
    page.on('request', (req) => requests.push(req.url()));
    await page.goto(pathToFileURL(out).href);
    assert.notEqual(await page.title(), 'pwned');
    const headline = await page.textContent('#headline');
    assert.match(headline ?? '', /river|flood/i);
    const articles = await page.textContent('#articles');
    assert.ok(articles?.includes('<script>'), 'the hostile text is shown as text');
    assert.equal(await page.locator('#articles img, #articles script').count(), 0);
    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network request');
  } finally {
    await browser.close();
  }
});
