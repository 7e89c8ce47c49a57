// The HTML reader in a long-running process (`chorus serve`, the fuzzer's million inputs): reading page after page
// keeps no memory per page. A module-level cache keyed by anything of a page (its text, selectors, nodes) would grow
// here with every new page. The pages share one shape, so V8's own warm-up (compiled code, type feedback) is done
// within the first pages, before the first measure.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { readerProperty } from './helpers/fuzz-props.js';

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** Heap in use after full collections, MB. */
function retainedMb(): number {
  gc();
  gc();
  return process.memoryUsage().heapUsed / 1048576;
}

/** Page `i`: every page a different title, site, date and text, about 4 KB. */
function page(i: number): Buffer {
  const para = (k: number) => `<p>Report ${i}.${k}: the council of district ${i * 7 + k} voted ${k + 3} to ${i % 5} on measure ${i}-${k}, officials said on ${(i % 28) + 1} March.</p>`;
  return Buffer.from(`<!doctype html><html><head><title>Story ${i}</title><meta property="og:site_name" content="Outlet ${i % 97}">` +
    `<meta property="article:published_time" content="2020-03-${String((i % 28) + 1).padStart(2, '0')}"></head><body><nav>Home ${i}</nav>` +
    `<article><h1>Story ${i}</h1>${Array.from({ length: 24 }, (_, k) => para(k)).join('')}</article><footer>(c) ${i}</footer></body></html>`);
}

test('html reader: 600 different pages leave the heap within 5 MB of where it was (keeping the parsed page of each would take 15 MB or more)', () => {
  const read = (from: number, to: number) => {
    for (let i = from; i < to; i++) readerProperty({ ext: '.html', bytes: page(i) });
  };
  read(0, 300); // warm-up: the heap grows by about 3 MB over the first 300 pages, then 1-2 MB over the next 600 (V8, the test runner)
  const before = retainedMb();
  read(300, 900);
  const after = retainedMb();
  assert.ok(after - before < 5, `heap ${before.toFixed(1)} MB -> ${after.toFixed(1)} MB over 600 pages`);
});
