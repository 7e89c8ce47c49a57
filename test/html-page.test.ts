// The HTML brief in a real browser (Debian's Chromium via playwright-core): hostile article text is shown as
// text, never run, and the page needs nothing from the network.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, mkdtempSync, readdirSync, rmSync, writeFileSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { runCli } from './helpers/io.js';

const CHROMIUM = '/usr/bin/chromium';

/** Debian's Chromium on a local file, recording every request the page makes. */
async function openPage(file: string) {
  const { chromium } = await import('playwright-core');
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
  const page = await browser.newPage();
  const requests: string[] = [];
  page.on('request', (req) => requests.push(req.url()));
  await page.goto(pathToFileURL(file).href);
  return { browser, page, requests };
}

test('the HTML brief renders hostile text inertly in Chromium', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip('Chromium is not installed (.ci/run installs it)');
  const dir = mkdtempSync(join(tmpdir(), 'chorus-html-'));
  const evil = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
  writeFileSync(join(dir, 'a.txt'), `Flood hits the valley towns ${evil}\n\nThe river rose three metres overnight and flooded the lower town ${evil}, the mayor said.\nHundreds of residents were moved to the school on the hill, where volunteers served soup to families.\n`);
  writeFileSync(join(dir, 'b.txt'), `Valley towns flooded\n\nThe river rose three metres overnight and flooded the lower town, officials said on Monday.\nThe water is expected to fall by Wednesday, the weather service said in a statement.\n`);
  const out = join(dir, 'brief.html');
  const r = await runCli(['brief', dir, '--html', out]);
  assert.equal(r.code, 0, r.stderr);
  assert.ok(!readFileSync(out, 'utf8').includes('<script>document'), 'no live script tag in the file');
  const { browser, page, requests } = await openPage(out);
  try {
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

test('the HTML brief of the reference story shows the map, what happened and the names, offline', async (t) => {
  if (!existsSync(CHROMIUM)) return t.skip('Chromium is not installed (.ci/run installs it)');
  // The reference story, with a hostile line added to one article, briefed both ways from the same input.
  const dir = mkdtempSync(join(tmpdir(), 'chorus-html-map-'));
  const src = 'examples/al-qaim';
  const evil = `<img src=x onerror="document.title='pwned'"><script>document.title='pwned'</script>`;
  const files = readdirSync(src).sort();
  for (const [i, f] of files.entries()) {
    const text = readFileSync(join(src, f), 'utf8');
    writeFileSync(join(dir, f), i === 0 ? `${text.trimEnd()}\n\nOfficials in Baghdad said ${evil} the road was open again.\n` : text);
  }
  // Written outside the input folder, so the second run does not read the page as an article.
  const outDir = mkdtempSync(join(tmpdir(), 'chorus-html-out-'));
  t.after(() => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(outDir, { recursive: true, force: true });
  });
  const out = join(outDir, 'brief.html');
  const r = await runCli(['brief', dir, '--html', out]);
  assert.equal(r.code, 0, r.stderr);
  const j = await runCli(['brief', dir, '--json']);
  assert.equal(j.code, 0, j.stderr);
  const brief = JSON.parse(j.stdout) as {
    headline: { text: string } | null;
    places: Array<{ name: string; kind: string; resolved: boolean; lat: number | null; lon: number | null; mentions: number }>;
    entities: Array<{ name: string }>;
    events: unknown[];
  };
  const dots = brief.places.filter((p) => p.resolved && p.lat !== null && p.lon !== null && (p.kind === 'city' || p.kind === 'admin'));
  assert.ok(dots.length > 1, 'the reference story has resolved towns');
  const names = new Set(brief.places.map((p) => p.name));

  const { browser, page, requests } = await openPage(out);
  try {
    assert.notEqual(await page.title(), 'pwned');
    assert.equal(await page.title(), brief.headline?.text ?? 'Chorus brief', 'the svg titles do not become the page title');
    assert.equal(await page.locator('script').count(), 0);

    // The map: visible, one dot per resolved town or province, named after a place of the brief.
    const map = page.locator('svg#map');
    assert.equal(await map.count(), 1);
    assert.ok(await map.isVisible());
    const box = await map.boundingBox();
    assert.ok(box && box.width > 100 && box.height > 100, `map size ${JSON.stringify(box)}`);
    const dotInfo = await page.$$eval('svg#map g.place', (gs) =>
      gs.map((g) => {
        const c = g.querySelector('circle');
        return { title: g.querySelector('title')?.textContent ?? '', cx: Number(c?.getAttribute('cx')), cy: Number(c?.getAttribute('cy')) };
      }),
    );
    assert.equal(dotInfo.length, dots.length);
    for (const d of dotInfo) assert.ok([...names].some((n) => d.title.startsWith(`${n} (`)), `dot "${d.title}" names a place of the brief`);
    const labels = await page.$$eval('svg#map text', (ts) => ts.map((t) => t.textContent ?? ''));
    assert.ok(labels.length > 0, 'some dots are labelled');
    for (const l of labels) assert.ok(names.has(l), `label "${l}" is a place of the brief`);

    // The most mentioned town is on the map, inside the view box.
    const top = [...dots].filter((p) => p.kind === 'city').sort((a, b) => b.mentions - a.mentions)[0];
    const vb = (await map.getAttribute('viewBox'))?.split(/\s+/).map(Number) ?? [];
    assert.equal(vb.length, 4);
    const topDot = dotInfo.find((d) => d.title.startsWith(`${top.name} (city`));
    assert.ok(topDot, `a dot for ${top.name}`);
    assert.ok(topDot.cx >= vb[0] && topDot.cx <= vb[0] + vb[2] && topDot.cy >= vb[1] && topDot.cy <= vb[1] + vb[3], `${top.name} at ${topDot.cx},${topDot.cy} inside ${vb}`);
    assert.ok(labels.includes(top.name), 'the most mentioned town is labelled');

    // What happened: one item per event. Names: one row per entity, each starting with its name.
    assert.equal(await page.locator('#events li').count(), brief.events.length);
    const rows = await page.$$eval('#entities tbody tr', (trs) => trs.map((tr) => tr.querySelector('td')?.textContent ?? ''));
    assert.equal(rows.length, brief.entities.length);
    for (const e of brief.entities) assert.ok(rows.some((row) => row.startsWith(e.name)), `entity ${e.name} listed`);

    assert.deepEqual(requests.filter((u) => !u.startsWith('file:')), [], 'no network request');
  } finally {
    await browser.close();
  }
});
