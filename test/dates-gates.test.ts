// The date parsers' gates (Parser.gate) only skip work: a text whose gate fails holds nothing the parser would find.
// Checked on every sentence of real news text: the Al-Qaim example, the duc2003 documents and TimeBank (when
// ../shared is present), one parser at a time, with the parser run whether or not its gate passes.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PARSERS, TIMEX_PARSERS } from '../src/facts/dates/parsers/index.js';
import { sentenceSpans } from '../src/facts/dates/timex/sentences.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataRoot = path.resolve(repoRoot, '..', 'shared', 'data');

function filesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => (e.isDirectory() ? filesUnder(path.join(dir, e.name)) : [path.join(dir, e.name)]));
}

/** The sentences of the texts at hand (plain text files, or JSON documents with a `text` field). */
function corpus(): { sentences: string[]; sources: string[] } {
  const texts: string[] = [];
  const sources: string[] = [];
  const add = (name: string, files: string[], read: (f: string) => string | null) => {
    if (files.length === 0) return;
    sources.push(name);
    for (const f of files) {
      const t = read(f);
      if (t) texts.push(t);
    }
  };
  add('examples/al-qaim', filesUnder(path.join(repoRoot, 'examples', 'al-qaim')), (f) => readFileSync(f, 'utf8'));
  add('duc2003', filesUnder(path.join(dataRoot, 'duc2003', 'docs')), (f) => readFileSync(f, 'utf8'));
  add('TimeBank', filesUnder(path.join(dataRoot, 'facts-dev', 'timebank-aquaint', 'TimeBank')).filter((f) => f.endsWith('.json')), (f) => {
    const doc = JSON.parse(readFileSync(f, 'utf8')) as { text?: unknown };
    return typeof doc.text === 'string' ? doc.text : null;
  });
  const sentences = new Set<string>();
  for (const t of texts) for (const s of sentenceSpans(t)) sentences.add(t.slice(s.start, s.end));
  return { sentences: [...sentences], sources };
}

test('a gate never hides a match: every text a parser finds something in passes its gate', () => {
  const { sentences, sources } = corpus();
  const parsers = [...new Set([...TIMEX_PARSERS, ...PARSERS])];
  const gated = parsers.filter((p) => p.gate);
  assert.ok(gated.length > 0, 'some parsers have gates');
  let matched = 0;
  for (const p of gated) {
    const gate = p.gate as RegExp;
    // A global or sticky gate would carry lastIndex from one text to the next.
    assert.ok(!gate.global && !gate.sticky, `${p.name}: gate without g or y flags`);
    for (const s of sentences) {
      const found = p.find(s);
      if (found.length === 0) continue;
      matched++;
      assert.ok(gate.test(s), `${p.name}: gate ${gate} rejects "${s}", where the parser finds "${found[0].expression}"`);
    }
  }
  // The check means something only if the corpus holds expressions of the gated kinds.
  assert.ok(matched > 0, `matches in ${sources.join(', ')}`);
});

test('each gate rejects some sentence of news text', () => {
  // A gate that passes every text would be no gate: each must reject some sentence of plain news text.
  const { sentences } = corpus();
  for (const p of [...new Set([...TIMEX_PARSERS, ...PARSERS])]) {
    if (!p.gate) continue;
    const gate = p.gate;
    assert.ok(sentences.some((s) => !gate.test(s)), `${p.name}: gate ${gate} rejects something`);
  }
});
