// Candidate place mentions of one DUC document, for hand-labelling test/fixtures/places-duc2003.json: every
// capitalized span (up to three words) whose key the gazetteer knows as a name or a demonym, with its context.
// It does not run the place resolver, so labels are given blind.
//
//   node --import tsx scripts/place-candidates.ts ../shared/data/duc2003/docs/d30005t/APW19981116.0205
import { readFileSync } from 'node:fs';
import { basename, dirname } from 'node:path';
import { canonicalKey, loadGazetteer } from '../src/facts/places/index.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: place-candidates.ts DUC-DOCUMENT\n');
  process.exit(2);
}
const raw = readFileSync(file, 'utf8');
const text = (/<TEXT>([\s\S]*?)<\/TEXT>/.exec(raw)?.[1] ?? '').replace(/\s+/g, ' ');
const gaz = loadGazetteer();
const seen = new Set<number>();
for (const m of text.matchAll(/\b\p{Lu}[\p{L}'-]*(?:\s+\p{Lu}[\p{L}'-]*){0,3}/gu)) {
  const words = m[0].split(/\s+/);
  // From each word of the capitalized run, the longest span the gazetteer knows ("With South Korea": "South Korea").
  let offset = 0;
  for (let i = 0; i < words.length; i++) {
    const at = (m.index ?? 0) + m[0].indexOf(words[i], offset);
    offset = at - (m.index ?? 0) + words[i].length;
    for (let n = Math.min(3, words.length - i); n >= 1; n--) {
      const surface = words.slice(i, i + n).join(' ');
      const key = canonicalKey(surface);
      if (!key || (gaz.lookup(key).length === 0 && gaz.demonym(key) === null)) continue;
      if (!seen.has(at)) {
        seen.add(at);
        const context = text.slice(Math.max(0, at - 60), at + surface.length + 60);
        process.stdout.write(`${JSON.stringify({ file: `${basename(dirname(file))}/${basename(file)}`, docno: basename(file), context, mention: surface })}\n`);
      }
      i += n - 1;
      offset = at - (m.index ?? 0) + surface.length;
      break;
    }
  }
}
