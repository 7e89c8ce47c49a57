// Dev streams for the story clusterer, made from data already in ../shared/data (see its README), shaped like
// the three kinds of hidden stream (issue 11):
//   mix        dated newswire over months: the duc2003 clusters (each a story, dated by their DOCNO/DATE_TIME) and
//              the Multi-News sample (each line a story; it has no dates, so each story gets a seeded random day
//              within the duc2003 span and its articles 0-2 days after it);
//   headlines  many stories in two days, headlines only, as an aggregator delivers them: the ECB+ events (two
//              events of the same kind per topic) whose pages start with a headline (the first of their first
//              three lines that reads as one); empty text; each story starts on day 0 or 1 and its articles fall
//              on that day or the next (capped at day 1); dates to the day. duc2003 and Multi-News have no
//              headlines, so they are not in it;
//   leads      the same shape with every story of the three sources, an article's title being its headline when
//              it has one, else its first sentence: a stress check of short texts that are not headlines (the
//              hidden kind has real headlines; this one is reported, not fitted);
//   longtail   many small incidents of the same kind in the same week: the same stories, two in three cut to one
//              or two articles (ECB+ gives pairs of same-kind events: two earthquakes, two shootings...); every
//              story starts on a random day of one week, its articles on that day or the next.
// Within a day the order is shuffled (seeded): a stream does not deliver a story's articles together.
// Each comes in a fit part and a held-out part, split by story (even- and odd-numbered stories of duc2003 and
// Multi-News; ECB+ topics 1-22 and 23-45, so both events of a topic fall in the same part): settings are fitted
// on the fit parts only and reported on the held-out parts. ECB+ alone (undated, its own order) is a fourth check.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/make-dev-streams.ts [OUT_DIR]
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { mulberry32 } from './random.js';

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
  /** Whether the grid fits settings on its fit part (false: reported only, a stress check). */
  fitted: boolean;
}

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const sharedRoot = (): string => path.resolve(process.env.CHORUS_SHARED ?? path.join(repoRoot, '..', 'shared'));

/** Seed of the random days and cuts, fixed so the streams are the same on every machine. */
const SEED = 20_260_101;
/** Days over which the Multi-News stories are spread (the duc2003 clusters span about this). */
const SPAN_DAYS = 120;
const FIRST_SENTENCE_MAX = 240;

function firstSentence(text: string): string {
  const t = text.replace(/\s+/g, ' ').trim();
  const m = /^.{20,}?[.!?](?=\s+["“]?[A-Z])/.exec(t.slice(0, FIRST_SENTENCE_MAX + 1));
  return (m ? m[0] : t.slice(0, FIRST_SENTENCE_MAX)).trim();
}

const byKey = (a: StreamLine, b: StreamLine) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

async function ducStories(shared: string): Promise<StreamLine[][]> {
  const root = path.join(shared, 'data', 'duc2003', 'docs');
  const out: StreamLine[][] = [];
  const seen = new Set<string>();
  for (const c of readdirSync(root).sort()) {
    const r = await readInputs([path.join(root, c)]);
    // A few DOCNOs belong to two clusters: the later copy is left out, so an id has one gold story.
    out.push(r.articles.filter((a) => !seen.has(a.id) && seen.add(a.id) !== null).map((a) => ({ id: `duc-${a.id}`, title: a.title ?? '', text: a.text, date: a.published ?? '', source: a.outlet ?? '', story: `duc-${c}` })));
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

/** ECB+ events as stories (lines of its stream, grouped by gold story in first-seen order) and each one's topic. */
function ecbStories(shared: string): { topic: number; lines: StreamLine[] }[] {
  const lines = readFileSync(path.join(shared, 'data', 'streams-dev', 'ecbplus', 'stream.jsonl'), 'utf8').split('\n').filter((l) => l.trim()).map((l) => JSON.parse(l) as StreamLine);
  const by = new Map<string, StreamLine[]>();
  for (const l of lines) {
    const k = String(l.story);
    if (!by.has(k)) by.set(k, []);
    by.get(k)!.push({ ...l, id: String(l.id), story: `ecb-${k}`, title: l.title ?? '', source: l.source ?? '', date: '' });
  }
  return [...by.values()].map((ls) => ({ topic: Number(/^(\d+)_/.exec(ls[0].id)?.[1] ?? 0), lines: ls.sort((a, b) => (a.id < b.id ? -1 : 1)) }));
}

/** A page's time stamp line ("Updated Saturday, December 05, 2009 8: 28 PM"), which no aggregator shows as a headline. */
const STAMP = /\b\d{1,2}\s?:\s?\d{2}\b|^(?:posted|updated|last updated|published)\b/i;

/** A headline for an article: its title, else an early line that reads as one, else '' (none). */
function realHeadlineOf(l: StreamLine): string {
  if (l.title.trim()) return l.title.trim();
  // ECB+ pages start with their headline, sometimes after a dateline line ("Friday, June 7, 2013"): the first of
  // the first three lines with five words or more that does not end like a sentence.
  for (const line of l.text.trim().split('\n').slice(0, 3)) {
    const t = line.trim();
    if (t.split(/\s+/).length >= 5 && /[a-z]{3,}\W+[a-z]{3,}\W+[a-z]{3,}/i.test(t) && t.length <= 160 && !/[.!?]["”']?$/.test(t) && !STAMP.test(t)) return t;
  }
  return '';
}

/** A short stand-in for a headline: the real one, else the first sentence. */
const leadOf = (l: StreamLine): string => realHeadlineOf(l) || firstSentence(l.text);

const isoDay = (base: number, day: number) => new Date(base + day * 86_400_000).toISOString().slice(0, 10);

/** Stories re-dated: each starts on a random day in [0, days) and its articles fall on that day or the next (capped). */
function redate(stories: StreamLine[][], days: number, base: number, rand: () => number): StreamLine[][] {
  return stories.map((s) => {
    const d = Math.floor(rand() * days);
    return s.map((l) => ({ ...l, date: isoDay(base, Math.min(days - 1, d + (rand() < 0.5 ? 0 : 1))) }));
  });
}

/** Sorted by day, shuffled within a day (seeded Fisher-Yates over the id-sorted day). */
export function dayShuffled(lines: StreamLine[], rand: () => number): StreamLine[] {
  const sorted = [...lines].sort(byKey);
  const out: StreamLine[] = [];
  for (let i = 0; i < sorted.length; ) {
    let j = i;
    while (j < sorted.length && sorted[j].date === sorted[i].date) j++;
    const day = sorted.slice(i, j);
    for (let k = day.length - 1; k > 0; k--) {
      const r = Math.floor(rand() * (k + 1));
      [day[k], day[r]] = [day[r], day[k]];
    }
    out.push(...day);
    i = j;
  }
  return out;
}

/** Writes every dev stream under `outDir` and lists them. */
export async function makeDevStreams(outDir: string, shared = sharedRoot()): Promise<DevStream[]> {
  mkdirSync(outDir, { recursive: true });
  const rand = mulberry32(SEED);
  const duc = await ducStories(shared);
  const mn = multiNewsStories(shared, rand);
  const ecb = ecbStories(shared);
  const streams: DevStream[] = [];
  for (const role of ['fit', 'test'] as const) {
    const keep = (_: unknown, i: number) => (i % 2 === 0) === (role === 'fit');
    const d = duc.filter(keep);
    const m = mn.filter(keep);
    const e = ecb.filter((x) => (x.topic <= 22) === (role === 'fit')).map((x) => x.lines);
    const r = mulberry32(SEED + (role === 'fit' ? 1 : 2));
    const mix = dayShuffled([...d.flat(), ...m.flat()], r);
    const all = [...d, ...m, ...e];
    const leads = dayShuffled(redate(all, 2, Date.UTC(2012, 2, 5), r).flat().map((l) => ({ ...l, title: leadOf(l), text: '' })).filter((l) => l.title), r);
    // Its own seed, so the streams made after it are the same as before it was added.
    const rh = mulberry32(SEED + (role === 'fit' ? 3 : 4));
    const headlines = dayShuffled(redate(e, 2, Date.UTC(2012, 2, 5), rh).flat().map((l) => ({ ...l, title: realHeadlineOf(l), text: '' })).filter((l) => l.title), rh);
    const cut = all.map((s, i) => (i % 3 === 0 ? s : s.slice(0, 1 + Math.floor(r() * 2))));
    const longtail = dayShuffled(redate(cut, 7, Date.UTC(2013, 5, 3), r).flat(), r);
    for (const [name, lines] of [['mix', mix], ['headlines', headlines], ['longtail', longtail], ['leads', leads]] as const) {
      const file = path.join(outDir, `${name}-${role}.jsonl`);
      write(file, lines);
      streams.push({ name: `${name}-${role}`, role, file, dated: true, fitted: name !== 'leads' });
    }
    // ECB+ as it comes (undated, its fixed shuffled order), topics 1-22 fit, 23-45 held out.
    const raw = readFileSync(path.join(shared, 'data', 'streams-dev', 'ecbplus', 'stream.jsonl'), 'utf8').split('\n').filter((l) => l.trim());
    const part = raw.filter((l) => {
      const topic = Number(/^(\d+)_/.exec(String((JSON.parse(l) as StreamLine).id))?.[1] ?? 0);
      return (topic <= 22) === (role === 'fit');
    });
    const file = path.join(outDir, `ecbplus-${role}.jsonl`);
    writeFileSync(file, part.join('\n') + '\n');
    streams.push({ name: `ecbplus-${role}`, role, file, dated: false, fitted: true });
  }
  return streams;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === path.resolve(process.argv[1])) {
  const out = process.argv[2] ?? path.join(os.tmpdir(), 'chorus-dev-streams');
  for (const s of await makeDevStreams(out)) process.stdout.write(`${s.file}\n`);
}
