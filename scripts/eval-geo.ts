// Places measured on public geoparsing benchmarks: TR-News (development: rules were written looking at its errors)
// and GeoVirus split in two by document: its files sorted by name, the even positions are "GeoVirus A" (development,
// its errors may be read) and the odd ones "GeoVirus B" (held out: its errors are never listed or kept, only its
// row is printed). Each document is one story of one article, published = dct; its every place mention
// (placeMentionsOf, what `chorus facts` lists) is written as a system file and scored with the benchmark's own scorer
// (../shared/data/facts-dev/geo_metrics.py: Gritta et al.'s P/R/F1, AUC of ln(1+km), acc@161).
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/eval-geo.ts [--keep DIR] [--dev] [--errors [SET]]
//     --dev           print the development rows only (while writing rules: the held-out row is read once, at the end)
//     --keep DIR      keep the system files of the development sets in DIR/<set> (never GeoVirus B's)
//     --errors [SET]  list the development sets' misses (FN), extra mentions (FP) and far picks (FAR, over 161 km)
//                     instead of the table; SET ("TR-News" or "GeoVirus A") limits the listing to one of them
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from '../src/segment/index.js';
import { loadGazetteer, placeMentionsOf } from '../src/facts/places/index.js';
import type { Article } from '../src/types.js';
import { goldFiles, halfOf, linkedSubset } from './dev-split.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const factsDev = path.join(sharedRoot, 'data', 'facts-dev');

interface GeoSet {
  name: string;
  dir: string;
  role: string;
  /** Which documents of `dir`, by position in file-name order: all, the even positions or the odd ones. */
  part: 'all' | 'even' | 'odd';
  /** A development set: its errors may be listed and its system files kept. Never true of a held-out part. */
  dev: boolean;
  /** Published rows for this kind of data (F1, AUC, acc@161; null where not published). */
  published: [string, number | null, number | null, number | null][];
}

const GEOVIRUS_PUBLISHED: GeoSet['published'] = [['CamCoder', null, 0.31, 0.82], ['Edinburgh Geoparser', null, 0.33, 0.78], ['population baseline', null, 0.32, 0.8]];

const SETS: GeoSet[] = [
  {
    name: 'TR-News', dir: 'tr-news/json', role: 'development (rules written from its errors)', part: 'all', dev: true,
    // The hidden set's kind (LGL, local news): published figures from ../shared/data/facts-dev/README.md.
    published: [['Edinburgh Geoparser (LGL)', 0.62, 0.25, 0.76], ['CamCoder (LGL)', null, 0.22, 0.76], ['CLAVIN (LGL)', 0.57, 0.26, 0.71], ['GeoTxt (LGL)', 0.68, 0.29, 0.68], ['population baseline (LGL)', null, 0.27, 0.7]],
  },
  // Published GeoVirus rows are on the whole set; they are printed once, under part A.
  { name: 'GeoVirus A', dir: 'geovirus/json', role: 'development (even documents; rules written from its errors)', part: 'even', dev: true, published: GEOVIRUS_PUBLISHED },
  { name: 'GeoVirus B', dir: 'geovirus/json', role: 'held out (odd documents; errors never read)', part: 'odd', dev: false, published: [] },
];

/** The gold files of a set: its documents in file-name order, every one or one half (scripts/dev-split.ts). */
export function setFiles(goldDir: string, part: GeoSet['part']): string[] {
  const all = goldFiles(goldDir);
  return part === 'all' ? all : halfOf(all, part === 'even' ? 'A' : 'B');
}

export interface GeoScore {
  tp: number;
  fp: number;
  fn: number;
  P: number;
  R: number;
  F1: number;
  AUC: number;
  'acc@161': number;
  n: number;
}

function article(id: string, text: string, dct: string | null, url: string | null): Article {
  return { id, path: id, format: 'json', title: null, text, regions: [], outlet: null, author: null, url, published: dct, publishedBasis: null, cluster: null };
}

interface GoldToponym { start: number; end: number; name: string; lat: number | null; lon: number | null }
interface GoldDoc { id: string; text: string; dct: string | null; url?: string | null; toponyms: GoldToponym[] }
interface SystemToponym { start: number; end: number; name: string; lat: number | null; lon: number | null; kind: string }

/** Write one system file for each of `files` (gold documents in `goldDir`) into `out`; returns the number written. */
export function writeSystemFiles(goldDir: string, out: string, files: string[] = setFiles(goldDir, 'all')): number {
  const gaz = loadGazetteer();
  let n = 0;
  for (const f of files) {
    const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { id: string; text: string; dct: string | null; url?: string | null };
    // The document's address, as a JSON article's `url`: its country-code domain is the outlet's home.
    const a = article(String(g.id), g.text, g.dct ?? null, g.url ?? null);
    const seg = segmentArticle(a);
    // The wire dateline ("LONDON (AP) -") is kept out of the first sentence by the segmenter; its place is a mention.
    const d = seg.dateline;
    const sentences = d !== null ? [{ id: `${a.id}:dateline`, article: a.id, index: -1, paragraph: 0, start: d.start, end: d.end, text: a.text.slice(d.start, d.end) }, ...seg.sentences] : seg.sentences;
    const toponyms: SystemToponym[] = placeMentionsOf(sentences, [seg.article], gaz).map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.lat, lon: m.lon, kind: m.kind }));
    writeFileSync(path.join(out, f), JSON.stringify({ toponyms }));
    n++;
  }
  return n;
}

/** Score one set (or part) with the benchmark's scorer, which reads a gold folder: the part's gold files are linked
 *  into a folder of their own. System files are kept in `keep` for development sets only. */
export function scoreSet(set: GeoSet, keep?: string): GeoScore & { docs: number } {
  const goldDir = path.join(factsDev, set.dir);
  const files = setFiles(goldDir, set.part);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-geo-'));
  const out = keep && set.dev ? path.join(keep, set.name) : path.join(tmp, 'system');
  mkdirSync(out, { recursive: true });
  const partGold = set.part === 'all' ? goldDir : linkedSubset(goldDir, files, path.join(tmp, 'gold'));
  try {
    const docs = writeSystemFiles(goldDir, out, files);
    const p = spawnSync('python3', [path.join(factsDev, 'geo_metrics.py'), partGold, out], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`eval-geo: geo_metrics.py failed on ${set.name}: ${p.stderr}`);
    return { ...(JSON.parse(p.stdout) as GeoScore), docs };
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/** Great-circle distance in km, as the scorer computes it. */
function km(a: [number, number], b: [number, number]): number {
  const r = Math.PI / 180;
  const [la1, lo1, la2, lo2] = [a[0] * r, a[1] * r, b[0] * r, b[1] * r];
  const dl = lo2 - lo1;
  const y = Math.hypot(Math.cos(la2) * Math.sin(dl), Math.cos(la1) * Math.sin(la2) - Math.sin(la1) * Math.cos(la2) * Math.cos(dl));
  const x = Math.sin(la1) * Math.sin(la2) + Math.cos(la1) * Math.cos(la2) * Math.cos(dl);
  return 6371.009 * Math.atan2(y, x);
}

/** One line per error of a development set, matched as the scorer matches (same text ignoring case, span midpoints
 *  under 10 characters apart, greedy in gold order): FN (gold not found), FP (found, not gold), FAR (matched, over
 *  161 km from the gold point). Refuses a held-out set. */
export function listErrors(set: GeoSet): string[] {
  if (!set.dev) throw new Error(`eval-geo: ${set.name} is held out: its errors are not listed`);
  const goldDir = path.join(factsDev, set.dir);
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-geo-'));
  const lines: string[] = [];
  try {
    const files = setFiles(goldDir, set.part);
    writeSystemFiles(goldDir, tmp, files);
    for (const f of files) {
      const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as GoldDoc;
      const sys = (JSON.parse(readFileSync(path.join(tmp, f), 'utf8')) as { toponyms: SystemToponym[] }).toponyms.slice();
      const ctx = (s: number, e: number): string => `… ${g.text.slice(Math.max(0, s - 50), s)}[${g.text.slice(s, e)}]${g.text.slice(e, e + 40)} …`.replace(/\s+/g, ' ');
      for (const t of g.toponyms) {
        const mid = (t.start + t.end) / 2;
        const j = sys.findIndex((p) => Math.abs((p.start + p.end) / 2 - mid) < 10 && p.name.toLowerCase() === t.name.toLowerCase());
        if (j < 0) {
          lines.push(`FN\t${f}\t"${t.name}"\t${ctx(t.start, t.end)}`);
          continue;
        }
        const p = sys.splice(j, 1)[0];
        if (t.lat !== null && t.lon !== null && p.lat !== null && p.lon !== null) {
          const d = km([t.lat, t.lon], [p.lat, p.lon]);
          if (d >= 160) lines.push(`FAR\t${f}\t"${t.name}"\t${Math.round(d)} km (${p.kind} ${p.lat},${p.lon}; gold ${t.lat},${t.lon})\t${ctx(t.start, t.end)}`);
        }
      }
      for (const p of sys) lines.push(`FP\t${f}\t"${p.name}"\t${p.kind}${p.lat === null ? ' unresolved' : ''}\t${ctx(p.start, p.end)}`);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return lines;
}

const f3 = (x: number | null): string => (x === null ? '-' : x.toFixed(3));

/** The Markdown section for docs/evaluation.md (empty when the data is not there). */
export function geoSection(keep?: string, devOnly = false): string[] {
  if (!existsSync(factsDev)) return [];
  const md: string[] = ['## Places: toponym recognition and resolution', ''];
  md.push(
    'Every place mention `chorus facts` lists (placeMentionsOf), one article a story with published = dct, scored by `python3 ../shared/data/facts-dev/geo_metrics.py GOLD SYSTEM` ' +
      '(Gritta et al.: a mention matches when the text is equal ignoring case and the span midpoints are under 10 characters apart; AUC of ln(1+km), lower is better; acc@161 km). ' +
      'TR-News is local and national news like LGL (the hidden set\'s kind); GeoVirus (WikiNews) is split by document (file names sorted: even positions A, odd B): ' +
      'rules were written from the errors of TR-News and GeoVirus A; GeoVirus B is held out (its errors are never listed).',
    '',
  );
  md.push('| set | role | docs | tp | fp | fn | P | R | F1 | AUC | acc@161 |', '|---|---|---|---|---|---|---|---|---|---|---|');
  const rows: string[] = [];
  for (const set of SETS) {
    if (!existsSync(path.join(factsDev, set.dir)) || (devOnly && !set.dev)) continue;
    const s = scoreSet(set, keep);
    md.push(`| ${set.name} | ${set.role} | ${s.docs} | ${s.tp} | ${s.fp} | ${s.fn} | ${f3(s.P)} | ${f3(s.R)} | ${f3(s.F1)} | ${f3(s.AUC)} | ${f3(s['acc@161'])} |`);
    for (const [who, f1, auc, acc] of set.published) rows.push(`| ${who} | ${set.name === 'TR-News' ? 'LGL (hidden kind)' : 'GeoVirus (whole)'} | ${f3(f1)} | ${f3(auc)} | ${f3(acc)} |`);
  }
  md.push('', 'Published (not on these documents: on LGL, the local-news set TR-News stands in for, and on GeoVirus itself):', '');
  md.push('| system | data | F1 | AUC | acc@161 |', '|---|---|---|---|---|', ...rows, '');
  return md;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const e = process.argv.indexOf('--errors');
  if (e > 0) {
    const only = process.argv[e + 1];
    const chosen = SETS.filter((s) => s.dev && (only === undefined || only.startsWith('--') || s.name === only));
    if (chosen.length === 0) throw new Error(`eval-geo: --errors ${only}: not a development set (${SETS.filter((s) => s.dev).map((s) => s.name).join(', ')})`);
    for (const set of chosen) process.stdout.write(listErrors(set).map((l) => `${set.name}\t${l}`).join('\n') + '\n');
  } else {
    const k = process.argv.indexOf('--keep');
    process.stdout.write(geoSection(k > 0 ? path.resolve(process.argv[k + 1]) : undefined, process.argv.includes('--dev')).join('\n') + '\n');
  }
}
