// Dev streams for the story clusterer, made from data already in ../shared/data (see its README):
//   mix        the duc2003 clusters (each a story, dated by their DOCNO/DATE_TIME) and the Multi-News sample
//              (each line a story; it has no dates, so each story gets a seeded random day within the duc2003
//              span and its articles 0-2 days after it), sorted by date;
//   headlines  the same stories as headlines only: title = the article's first sentence, empty text;
//   longtail   the same, but two Multi-News stories in three keep one article (many singleton stories) and
//              half the duc2003 clusters keep at most three.
// Each comes in a fit part (even-numbered stories of each source) and a test part (odd-numbered): settings are
// fitted on the fit parts only and reported on the test parts. ECB+ is split by topic: 1-22 fit, 23-45 test.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/make-dev-streams.ts [OUT_DIR]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';

export interface StreamLine {
  id: string;
  title: string;
  text: string;
  date: string;
  source: string;
  story: string;
}

export interface DevStream {
  name: string;
  role: 'fit' | 'test';
  file: string;
  /** Whether the stream has dates (ECB+ has none). */
  dated: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = (): string => path.resolve(process.env.CHORUS_SHARED ?? path.join(repoRoot, '..', 'shared'));

/** Seed of the random days and cuts, fixed so the streams are the same on every machine. */
const SEED = 20_260_101;
/** Days over which the Multi-News stories are spread (the duc2003 clusters span about this). */
const SPAN_DAYS = 120;
const FIRST_SENTENCE_MAX = 240;

function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^.{20,}?[.!?](?=\s+["“]?[A-Z])/.exec(t.slice(0, FIRST_SENTENCE_MAX + 1));
  return (m ? m[0] : t.slice(0, FIRST_SENTENCE_MAX)).trim();
}

const byKey = (a: StreamLine, b: StreamLine) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function ducStories(shared: string): Promise<StreamLine[][]> {
  const root = path.join(shared, 'data', 'duc2003', 'docs');
  const out: StreamLine[][] = [];
  for (const c of readdirSync(root).sort()) {
    const r = await readInputs([path.join(root, c)]);
    out.push(r.articles.map((a) => ({ id: `duc-${a.id}`, title: a.title ?? '', text: a.text, date: a.published ?? '', source: a.outlet ?? '', story: `duc-${c}` })));
  }
  return out;
}

function multiNewsStories(shared: string, rand: () => number): StreamLine[][] {
  const file = path.join(shared, 'data', 'multinews-sample250', 'multinews_test_sample250.jsonl');
  const base = Date.UTC(1998, 9, 1);
  return readFileSync(file, 'utf8').split('\n').filter((l) => l.trim()).map((l) => {
    const o = JSON.parse(l) as { id: string; documents: string[] };
    const day = Math.floor(rand() * SPAN_DAYS);
    return o.documents.filter((d) => d.trim()).map((d, i) => ({
      id: `${o.id}-${i}`, title: '', text: d, date: new Date(base + (day + Math.floor(rand() * 3)) * 86_400_000).toISOString().slice(0, 10), source: '', story: o.id,
    }));
  });
}

function write(file: string, lines: StreamLine[]): void {
  writeFileSync(file, lines.map((l) => JSON.stringify(l)).join('\n') + '\n');
}

/** Writes every dev stream under `outDir` and lists them. */
export async function makeDevStreams(outDir: string, shared = sharedRoot()): Promise<DevStream[]> {
  mkdirSync(outDir, { recursive: true });
  const rand = mulberry32(SEED);
  const duc = await ducStories(shared);
  const mn = multiNewsStories(shared, rand);
  const streams: DevStream[] = [];
  for (const role of ['fit', 'test'] as const) {
    const keep = (_: unknown, i: number) => (i % 2 === 0) === (role === 'fit');
    const d = duc.filter(keep);
    const m = mn.filter(keep);
    const mix = [...d.flat(), ...m.flat()].sort(byKey);
    const headlines = mix.map((l) => ({ ...l, title: firstSentence(l.title ? `${l.title}.` : l.text), text: '' })).filter((l) => l.title);
    const cut = mulberry32(SEED + (role === 'fit' ? 1 : 2));
    const longtail = [
      ...d.flatMap((s, i) => (i % 2 === 0 ? s.slice(0, 1 + Math.floor(cut() * 3)) : s)),
      ...m.flatMap((s, i) => (i % 3 === 0 ? s : s.slice(0, 1))),
    ].sort(byKey);
    for (const [name, lines] of [['mix', mix], ['headlines', headlines], ['longtail', longtail]] as const) {
      const file = path.join(outDir, `${name}-${role}.jsonl`);
      write(file, lines);
      streams.push({ name: `${name}-${role}`, role, file, dated: true });
    }
    // ECB+: topic (the number before "_") 1-22 fit, 23-45 test; its fixed shuffled order is kept.
    const ecb = readFileSync(path.join(shared, 'data', 'streams-dev', 'ecbplus', 'stream.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    const part = ecb.filter((l) => {
      const topic = Number(/^(\d+)_/.exec((JSON.parse(l) as StreamLine).id)?.[1] ?? 0);
      return (topic <= 22) === (role === 'fit');
    });
    const file = path.join(outDir, `ecbplus-${role}.jsonl`);
    writeFileSync(file, part.join('\n') + '\n');
    streams.push({ name: `ecbplus-${role}`, role, file, dated: false });
  }
  return streams;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? path.join(os.tmpdir(), 'chorus-dev-streams');
  for (const s of await makeDevStreams(out)) process.stdout.write(`${s.file}\n`);
}
