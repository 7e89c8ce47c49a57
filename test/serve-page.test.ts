// The page of `chorus serve` in Debian's Chromium (playwright-core): the example's headline, credits, map and
// timeline; clicking a credit highlights the sentence in its article; hostile titles, outlets and text are
// shown as text and run nothing.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { runCli } from './helpers/io.js';
import { startServer } from './helpers/serve.js';

const CHROMIUM = '/usr/bin/chromium';

async function browse() {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const errors: string[] = [];
  const dialogs: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('dialog', (d) => {
    dialogs.push(d.message());
    void d.dismiss();
  });
  return { browser, page, errors, dialogs };
}

/**
 * Waits until a condition holds in the page, asked through page.evaluate (a DevTools call, which the page's
 * Content-Security-Policy does not govern). Playwright's waitForFunction re-evaluates a string predicate with eval
 * inside the page when the first check fails, which the page's `script-src 'self'` refuses.
 */
async function waitInPage(page: { evaluate: (f: () => boolean) => Promise<boolean> }, f: () => boolean, timeoutMs = 15_000): Promise<void> {
  const end = Date.now() + timeoutMs;
  while (!(await page.evaluate(f))) {
    if (Date.now() > end) throw new Error(`the page did not reach ${f.toString()} within ${timeoutMs} ms`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

// The checks below run in the browser (serialized by page.evaluate): they read its document through globalThis, the
// tests being compiled without the DOM's types. A helper they called would not exist there.
const headlineShown = (): boolean => ((globalThis as unknown as { document: { getElementById(id: string): { textContent: string | null } | null } }).document.getElementById('headline')?.textContent ?? '').length > 0;

test('the example story: headline, credits that highlight their sentence, map and timeline', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip('Chromium is not installed (.ci/run installs it)');
  const s = await startServer();
  const { browser, page, errors } = await browse();
  try {
    const cli = JSON.parse((await runCli(['brief', '--json', 'examples/al-qaim'])).stdout) as { headline: { text: string }; timeline: unknown[] };
    await page.goto(s.url);
    await page.click('#stories a');
    await waitInPage(page, headlineShown);
    assert.equal(await page.textContent('#headline'), cli.headline.text);
    const credits = await page.$$('#summary button.outlet');
    assert.ok(credits.length > 0, 'summary sentences carry outlet credits');
    assert.equal(await page.locator('#timeline li').count(), cli.timeline.length);
    // The map is drawn: the SVG image loaded with a size.
    await waitInPage(page, () => {
      const img = (globalThis as unknown as { document: { getElementById(id: string): { complete: boolean; naturalWidth: number } | null } }).document.getElementById('map');
      return !!img && img.complete && img.naturalWidth > 0;
    });
    // A credit opens its article with the sentence marked.
    const sentence = (await page.textContent('#summary li:first-child > span')) ?? '';
    await credits[0].click();
    await page.waitForSelector('#reader-text mark');
    const marked = (await page.textContent('#reader-text mark')) ?? '';
    assert.equal(marked.replace(/\s+/g, ' ').trim(), sentence.replace(/\s+/g, ' ').trim());
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await s.close();
  }
});

test('hostile title, outlet and text are shown as text and run nothing', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip('Chromium is not installed (.ci/run installs it)');
  const s = await startServer({ seed: false });
  const { browser, page, errors, dialogs } = await browse();
  try {
    const evil = `<script>alert('script')</script><img src=x onerror="alert('onerror')"><a href="javascript:alert('link')">click</a>`;
    const lead = `Flood waters rose three metres in the valley town of Orvik overnight ${evil}, the mayor said on Monday.`;
    const articles = [
      { title: `Orvik flooded ${evil}`, source: `Evil Outlet ${evil}`, text: `${lead}\n\nHundreds of residents were moved to the school on the hill ${evil}.` },
      { title: 'Orvik under water', source: 'Plain Wire', text: `${lead}\n\nThe water is expected to fall by Wednesday, the weather service said.` },
    ];
    const r = await s.call('/api/stories', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ articles }) });
    assert.equal(r.status, 201, r.text);
    await page.goto(`${s.url}/#/story/${(r.body as { id: string }).id}`);
    await waitInPage(page, headlineShown);
    const summary = (await page.textContent('#summary')) ?? '';
    assert.ok(summary.includes("<script>alert('script')</script>"), 'the script tag shown as text');
    assert.ok(((await page.textContent('#summary')) ?? '').includes('Evil Outlet'), 'the hostile outlet credited as text');
    assert.ok(((await page.textContent('#articles')) ?? '').includes('onerror='), 'hostile title shown as text');
    assert.equal(await page.locator('main script, main img:not(#map), main a[href^="javascript:"]').count(), 0, 'no element made from article text');
    // Open the hostile article too.
    await page.click('#summary button.outlet');
    await page.waitForSelector('#reader-text mark');
    await page.waitForTimeout(300);
    assert.equal(await page.locator('#reader script, #reader img, #reader a').count(), 0);
    assert.deepEqual(dialogs, [], 'no alert ran');
    assert.deepEqual(errors, []);
  } finally {
    await browser.close();
    await s.close();
  }
});
