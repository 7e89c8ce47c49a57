// Places measured on public geoparsing benchmarks: TR-News (development: rules were written looking at its errors)
// and GeoVirus (held out: never looked at for rules). Each document is one story of one article, published = dct;
// its every place mention (placeMentionsOf, what `chorus facts` lists) is written as a system file and scored with
// the benchmark's own scorer (../shared/data/facts-dev/geo_metrics.py: Gritta et al.'s P/R/F1, AUC of ln(1+km), acc@161).
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/eval-geo.ts [--keep DIR]
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { segmentArticle } from '../src/segment/index.js';
import { loadGazetteer, placeMentionsOf } from '../src/facts/places/index.js';
import type { Article } from '../src/types.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');
const factsDev = path.join(sharedRoot, 'data', 'facts-dev');

interface GeoSet {
  name: string;
  dir: string;
  role: string;
  /** Published rows for this kind of data (F1, AUC, acc@161; null where not published). */
  published: [string, number | null, number | null, number | null][];
}

const SETS: GeoSet[] = [
  {
    name: 'TR-News', dir: 'tr-news/json', role: 'development (rules written from its errors)',
    // The hidden set's kind (LGL, local news): published figures from ../shared/data/facts-dev/README.md.
    published: [['Edinburgh Geoparser (LGL)', 0.62, 0.25, 0.76], ['CamCoder (LGL)', null, 0.22, 0.76], ['CLAVIN (LGL)', 0.57, 0.26, 0.71], ['GeoTxt (LGL)', 0.68, 0.29, 0.68], ['population baseline (LGL)', null, 0.27, 0.7]],
  },
  {
    name: 'GeoVirus', dir: 'geovirus/json', role: 'held out (never used to write rules)',
    published: [['CamCoder', null, 0.31, 0.82], ['Edinburgh Geoparser', null, 0.33, 0.78], ['population baseline', null, 0.32, 0.8]],
  },
];

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

/** Write one system file per gold document into `out`; returns the number of documents. */
export function writeSystemFiles(goldDir: string, out: string): number {
  const gaz = loadGazetteer();
  let n = 0;
  for (const f of readdirSync(goldDir).sort()) {
    if (!f.endsWith('.json') || f.startsWith('_')) continue;
    const g = JSON.parse(readFileSync(path.join(goldDir, f), 'utf8')) as { id: string; text: string; dct: string | null; url?: string | null };
    // The document's address, as a JSON article's `url`: its country-code domain is the outlet's home.
    const a = article(String(g.id), g.text, g.dct ?? null, g.url ?? null);
    const seg = segmentArticle(a);
    // The wire dateline ("LONDON (AP) -") is kept out of the first sentence by the segmenter; its place is a mention.
    const d = seg.dateline;
    const sentences = d !== null ? [{ id: `${a.id}:dateline`, article: a.id, index: -1, paragraph: 0, start: d.start, end: d.end, text: a.text.slice(d.start, d.end) }, ...seg.sentences] : seg.sentences;
    const toponyms = placeMentionsOf(sentences, [seg.article], gaz).map((m) => ({ start: m.start, end: m.end, name: m.text, lat: m.lat, lon: m.lon, kind: m.kind }));
    writeFileSync(path.join(out, f), JSON.stringify({ toponyms }));
    n++;
  }
  return n;
}

export function scoreSet(set: GeoSet, keep?: string): GeoScore & { docs: number } {
  const goldDir = path.join(factsDev, set.dir);
  const out = keep ? path.join(keep, set.name) : mkdtempSync(path.join(os.tmpdir(), 'chorus-geo-'));
  mkdirSync(out, { recursive: true });
  try {
    const docs = writeSystemFiles(goldDir, out);
    const p = spawnSync('python3', [path.join(factsDev, 'geo_metrics.py'), goldDir, out], { encoding: 'utf8' });
    if (p.status !== 0) throw new Error(`eval-geo: geo_metrics.py failed on ${set.name}: ${p.stderr}`);
    return { ...(JSON.parse(p.stdout) as GeoScore), docs };
  } finally {
    if (!keep) rmSync(out, { recursive: true, force: true });
  }
}

const f3 = (x: number | null): string => (x === null ? '-' : x.toFixed(3));

/** The Markdown section for docs/evaluation.md (empty when the data is not there). */
export function geoSection(keep?: string): string[] {
  if (!existsSync(factsDev)) return [];
  const md: string[] = ['## Places: toponym recognition and resolution', ''];
  md.push(
    'Every place mention `chorus facts` lists (placeMentionsOf), one article a story with published = dct, scored by `python3 ../shared/data/facts-dev/geo_metrics.py GOLD SYSTEM` ' +
      '(Gritta et al.: a mention matches when the text is equal ignoring case and the span midpoints are under 10 characters apart; AUC of ln(1+km), lower is better; acc@161 km). ' +
      'TR-News is local and national news like LGL (the hidden set\'s kind); GeoVirus (WikiNews) is held out: no rule was written from its errors.',
    '',
  );
  md.push('| set | role | docs | P | R | F1 | AUC | acc@161 |', '|---|---|---|---|---|---|---|---|');
  const rows: string[] = [];
  for (const set of SETS) {
    if (!existsSync(path.join(factsDev, set.dir))) continue;
    const s = scoreSet(set, keep);
    md.push(`| ${set.name} | ${set.role} | ${s.docs} | ${f3(s.P)} | ${f3(s.R)} | ${f3(s.F1)} | ${f3(s.AUC)} | ${f3(s['acc@161'])} |`);
    for (const [who, f1, auc, acc] of set.published) rows.push(`| ${who} | ${set.name === 'TR-News' ? 'LGL (hidden kind)' : 'GeoVirus'} | ${f3(f1)} | ${f3(auc)} | ${f3(acc)} |`);
  }
  md.push('', 'Published (not on these documents: on LGL, the local-news set TR-News stands in for, and on GeoVirus itself):', '');
  md.push('| system | data | F1 | AUC | acc@161 |', '|---|---|---|---|---|', ...rows, '');
  return md;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const k = process.argv.indexOf('--keep');
  process.stdout.write(geoSection(k > 0 ? path.resolve(process.argv[k + 1]) : undefined).join('\n') + '\n');
}
