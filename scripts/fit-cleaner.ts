// Fits the cleaner's line model (src/clean/model.ts) and builds the background word frequencies it uses.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/fit-cleaner.ts
//
// 1. data/clean/background.json: in how many documents of the Multi-News sample (../shared/data/multinews-sample250,
//    real news pages with their chrome) each stemmed content word occurs, for words in at least BACKGROUND_MIN_DF
//    documents. Cohesion weighs a shared word by its rarity in general news, so only topic words count.
// 2. data/clean/line-model.json: a logistic regression over the shape and evidence features of
//    src/clean/features.ts (numbers only, no word identity), fitted on the lines of noise_dev.py's pool A
//    (the duc2003 clusters with injected boilerplate, related-link blocks and spliced passages; each line
//    labelled noise when it is an injected piece), on a copy of pool A with real page chrome in place of its
//    boilerplate (scripts/chrome-lines.ts: blocks of trafilatura-eval's English pages that hold a "without"
//    snippet; for the line model only), and on the duc2003 articles as written (story lines). Pool B is never
//    read here: it is the check.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/fit-cleaner.ts --cv 5
//
//    cross-validates instead (nothing written): pool A's clusters in 5 folds, each held out in turn.
//    The threshold is the lowest probability at which the story text the model would remove on the training
//    lines stays under LOSS_BUDGET.
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { contentWords } from '../src/text/words.js';
import { normalizeLine, type LineStats } from '../src/clean/evidence.js';
import { chromeLines } from './chrome-lines.js';
import { mulberry32 as seeded } from './random.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const sharedRoot = process.env.CHORUS_SHARED ?? path.resolve(repoRoot, '..', 'shared');

const FIT = {
  /** Words in fewer background documents than this are left out (they count as rare, which they are). */
  BACKGROUND_MIN_DF: 3,
  /** L2 penalty on the (standardized) weights. */
  L2: 0.001,
  /** Gradient steps and step size (full batch; the problem is small and convex). */
  STEPS: 3000,
  RATE: 0.5,
  /**
   * Share of story characters the threshold may cost on the training lines (the target is at most 1%). Chosen on
   * pool A, the Al-Qaim example and the summarizer's quality floor on duc2003 (test/summarize.test.ts): 0.01 for
   * passages cuts a sentence about the offensive in Al-Qaim; 0.001 for lines keeps a spliced headline there,
   * 0.002 cuts enough short wire lines to drop the summaries' ROUGE-1 below LexRank's. The environment variables
   * FIT_PASSAGE_BUDGET and FIT_LINE_BUDGET override them for experiments.
   */
  LOSS_BUDGET: { passage: Number(process.env.FIT_PASSAGE_BUDGET ?? 0.009), line: Number(process.env.FIT_LINE_BUDGET ?? 0.0015) },
  /** Lines ending like a sentence with at least this many words are passages, fitted apart from the other lines. */
  PASSAGE_MIN_WORDS: 12,
  /** Seed of the draw of real chrome lines into the copy of pool A (scripts/chrome-lines.ts). */
  CHROME_SEED: 2026,
  /**
   * Features each model may not use (weight held at 0): for passages, the layout of the generator (how many
   * sentences a paragraph has, where splices may fall, what follows the last paragraph) says nothing about
   * other pages, so only what the words say (cohesion, names) and the line's own shape count.
   */
  EXCLUDED: {
    passage: ['sentences', 'logWords', 'position', 'tail', 'prevFragment', 'nextFragment', 'short', 'endsSentence', 'fragmentLowCohesion'],
    line: ['position'],
  } as Record<string, string[]>,
};

function buildBackground(): void {
  const file = path.join(sharedRoot, 'data', 'multinews-sample250', 'multinews_test_sample250.jsonl');
  const df = new Map<string, number>();
  let docs = 0;
  for (const line of readFileSync(file, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const rec = JSON.parse(line) as { documents: string[] };
    for (const d of rec.documents) {
      docs++;
      for (const w of new Set(contentWords(d))) df.set(w, (df.get(w) ?? 0) + 1);
    }
  }
  const kept = [...df].filter(([, n]) => n >= FIT.BACKGROUND_MIN_DF).sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  // Words and counts as two arrays (src/clean/evidence.ts loadBackground): parsed in a fifth of the time of one object
  // with a key per word.
  const out = {
    source: 'Multi-News test sample (250 clusters), document frequency of stemmed content words (src/text/words.ts)',
    docs,
    minDf: FIT.BACKGROUND_MIN_DF,
    words: kept.map(([w]) => w),
    counts: kept.map(([, n]) => n),
  };
  writeFileSync(path.join(repoRoot, 'data', 'clean', 'background.json'), JSON.stringify(out) + '\n');
  console.error(`background: ${docs} documents, ${kept.length} words`);
}

interface Row {
  passage: boolean;
  x: number[];
  y: number;
  chars: number;
}

interface Labelled {
  segs: import('../src/segment/index.js').Segmented[];
  /** labels[article][paragraph]: 1 for an injected piece. */
  labels: number[][];
  /** Articles as written: only lines of three words or more are taken (as story). */
  plain?: boolean;
  /** The duc2003 cluster (cross-validation holds a cluster out with its noisy and its plain copy). */
  cluster: string;
  /** 'chrome' for pool A with real page chrome in place of its boilerplate lines. */
  variant?: string;
}


type Gold = Record<string, Record<string, { spans: { start: number; end: number; kind: string }[] }>>;

/**
 * Pool A's clusters, labelled line by line; with `chrome` (real page chrome, scripts/chrome-lines.ts), also a copy
 * whose boilerplate lines are replaced by chrome lines drawn at random, so the line model sees chrome written by
 * many sites rather than one pool's.
 */
async function poolStories(chrome: string[]): Promise<Labelled[]> {
  const { readInputs } = await import('../src/read/index.js');
  const { segmentArticle } = await import('../src/segment/index.js');
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-fit-'));
  const out: Labelled[] = [];
  try {
    const pool = path.join(tmp, 'A');
    execFileSync('python3', [path.join(sharedRoot, 'tools', 'noise_dev.py'), 'build', '--pool', 'A', path.join(sharedRoot, 'data', 'duc2003', 'docs'), pool], { stdio: 'pipe' });
    const gold = JSON.parse(readFileSync(path.join(pool, 'gold.json'), 'utf8')) as Gold;
    const variants: { dir: string; gold: Gold; variant?: string }[] = [{ dir: pool, gold }];
    if (chrome.length) {
      const random = seeded(FIT.CHROME_SEED);
      const dir = path.join(tmp, 'chrome');
      const goldT: Gold = {};
      for (const c of Object.keys(gold).sort()) {
        mkdirSync(path.join(dir, c), { recursive: true });
        goldT[c] = {};
        for (const docno of Object.keys(gold[c]).sort()) {
          const art = JSON.parse(readFileSync(path.join(pool, c, `${docno}.json`), 'utf8')) as { text: string };
          let text = '';
          let at = 0;
          const spans: Gold[string][string]['spans'] = [];
          for (const sp of gold[c][docno].spans) {
            text += art.text.slice(at, sp.start);
            const piece = sp.kind === 'boilerplate' ? chrome[Math.floor(random() * chrome.length)] : art.text.slice(sp.start, sp.end);
            spans.push({ start: text.length, end: text.length + piece.length, kind: sp.kind });
            text += piece;
            at = sp.end;
          }
          text += art.text.slice(at);
          writeFileSync(path.join(dir, c, `${docno}.json`), JSON.stringify({ ...art, text }));
          goldT[c][docno] = { spans };
        }
      }
      variants.push({ dir, gold: goldT, variant: 'chrome' });
    }
    for (const v of variants) {
      for (const c of readdirSync(v.dir).sort()) {
        if (!v.gold[c]) continue;
        const r = await readInputs([path.join(v.dir, c)]);
        const segs = r.articles.map(segmentArticle);
        const labels = segs.map((seg) => {
          const docno = seg.article.id.replace(/\.json$/, '');
          const file = path.join(v.dir, c, `${docno}.json`);
          const raw = existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as { text: string }).text : '';
          const pieces = new Set((v.gold[c][docno]?.spans ?? []).map((s) => raw.slice(s.start, s.end).trim()));
          return seg.paragraphs.map((p) => (pieces.has(seg.article.text.slice(p.start, p.end).trim()) ? 1 : 0));
        });
        out.push({ segs, labels, cluster: c, variant: v.variant });
      }
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
  return out;
}

/**
 * What a store kept across everything ingested would say about each line: in how many other stories of the pool
 * it occurs. Given to every other cluster only, so the model also learns to decide without a store.
 */
function storeFor(stories: Labelled[]): Map<Labelled, LineStats | undefined> {
  // Counted in distinct clusters: the copies of one cluster (noisy, with real chrome, plain) are one story.
  const clustersWith = new Map<string, Set<string>>();
  const keysOf = (st: Labelled) => new Set(st.segs.flatMap((seg) => seg.paragraphs.map((p) => normalizeLine(seg.article.text.slice(p.start, p.end)))));
  for (const st of stories) for (const k of keysOf(st)) (clustersWith.get(k) ?? clustersWith.set(k, new Set()).get(k)!).add(st.cluster);
  return new Map(
    stories.map((st, i) => {
      if (i % 2 === 1) return [st, undefined];
      const stats: LineStats = {
        get: (k) => {
          const seen = clustersWith.get(k);
          const n = seen ? seen.size - (seen.has(st.cluster) ? 1 : 0) : 0;
          return n > 0 ? { stories: n, outlets: n } : undefined;
        },
      };
      return [st, stats];
    }),
  );
}

/**
 * The same newswire as it was written (duc2003, the articles' own paragraphs, no noise injected): every line of
 * three words or more is story. Without them, the only short story lines the model sees are pool A's last
 * paragraphs, and it would take any short sentence of a real article for furniture.
 */
async function plainStories(): Promise<Labelled[]> {
  const { readInputs } = await import('../src/read/index.js');
  const { segmentArticle } = await import('../src/segment/index.js');
  const docs = path.join(sharedRoot, 'data', 'duc2003', 'docs');
  const out: Labelled[] = [];
  for (const c of readdirSync(docs).sort()) {
    const segs = (await readInputs([path.join(docs, c)])).articles.map(segmentArticle);
    out.push({ segs, labels: segs.map((seg) => seg.paragraphs.map(() => 0)), plain: true, cluster: c });
  }
  return out;
}

/** Rows of one pass: every line that pass judges, with its features and label. */
function rowsOf(stories: Labelled[], table: (l: Labelled) => number[][][], keep: (l: Labelled, ai: number, li: number, text: string) => boolean): Row[] {
  const rows: Row[] = [];
  for (const st of stories) {
    const t = table(st);
    st.segs.forEach((seg, ai) =>
      seg.paragraphs.forEach((p, li) => {
        const text = seg.article.text.slice(p.start, p.end).trim();
        if (st.plain && text.split(/\s+/).length < 3) return;
        if (keep(st, ai, li, text)) rows.push({ passage: false, x: t[ai][li], y: st.labels[ai][li], chars: text.length });
      }),
    );
  }
  return rows;
}

function fit(rows: Row[], budgetChars: number, name: string, used: boolean[], quiet = false) {
  const d = rows[0].x.length;
  const mean = Array.from({ length: d }, (_, j) => rows.reduce((s, r) => s + r.x[j], 0) / rows.length);
  const std = Array.from({ length: d }, (_, j) => Math.sqrt(rows.reduce((s, r) => s + (r.x[j] - mean[j]) ** 2, 0) / rows.length) || 1);
  const z = rows.map((r) => r.x.map((v, j) => (v - mean[j]) / std[j]));
  const w = new Array<number>(d).fill(0);
  let b = 0;
  for (let step = 0; step < FIT.STEPS; step++) {
    const gw = new Array<number>(d).fill(0);
    let gb = 0;
    for (let i = 0; i < rows.length; i++) {
      let s = b;
      for (let j = 0; j < d; j++) s += w[j] * z[i][j];
      const err = 1 / (1 + Math.exp(-s)) - rows[i].y;
      gb += err;
      for (let j = 0; j < d; j++) gw[j] += err * z[i][j];
    }
    b -= (FIT.RATE * gb) / rows.length;
    for (let j = 0; j < d; j++) if (used[j]) w[j] -= FIT.RATE * (gw[j] / rows.length + FIT.L2 * w[j]);
  }
  const prob = z.map((zi) => 1 / (1 + Math.exp(-(b + zi.reduce((s, v, j) => s + v * w[j], 0)))));
  // The threshold: walk down from 1 while the story characters removed stay within the budget.
  const order = prob.map((p, i) => i).sort((i, j) => prob[j] - prob[i] || i - j);
  let lost = 0;
  let threshold = 1;
  for (const i of order) {
    if (!rows[i].y) lost += rows[i].chars;
    if (lost > budgetChars) break;
    threshold = prob[i];
  }
  const noise = rows.reduce((s, r) => s + (r.y ? r.chars : 0), 0);
  const caught = rows.reduce((s, r, i) => s + (r.y && prob[i] >= threshold ? r.chars : 0), 0);
  if (!quiet) console.error(`fit ${name}: ${rows.length} lines, threshold ${threshold.toFixed(3)}, noise characters caught ${((100 * caught) / noise).toFixed(1)}% (training lines)`);
  return { mean, std, weights: w, bias: b, threshold };
}

type Models = import('../src/clean/model.js').LineModels;

/** Both passes fitted on `stories` (the line model, then passages with the furniture set aside); nothing written. */
async function fitModels(stories: Labelled[], store: Map<Labelled, LineStats | undefined>, quiet = false): Promise<Models> {
  const { FEATURES } = await import('../src/clean/features.js');
  const clean = await import('../src/clean/index.js');
  // The loss budget is a share of all the story text the lines hold (pool A's and the plain articles').
  const storyChars = (sts: Labelled[]) => sts.reduce((n, st) => n + st.segs.reduce((m, seg, ai) => m + seg.paragraphs.reduce((k, p, li) => k + (st.labels[ai][li] ? 0 : p.end - p.start), 0), 0), 0);
  const story = storyChars(stories);
  const used = (name: string) => FEATURES.map((f) => !FIT.EXCLUDED[name].includes(f));
  // Each pass computes the features of the lines it judges, as the cleaner does (the per-article medians of
  // the relative features are taken over those lines).
  const passageOf = (st: Labelled) => st.segs.map((seg) => seg.paragraphs.map((p) => clean.isPassage(seg.article.text.slice(p.start, p.end).trim(), FIT.PASSAGE_MIN_WORDS)));
  const judged = (st: Labelled, marks: (unknown | null)[][], passage: boolean) => {
    const ps = passageOf(st);
    return marks.map((ms, ai) => ms.map((m, li) => !m && ps[ai][li] === passage));
  };
  // Pass 1: the line model, on lines no rule claims, with the story's evidence as it comes.
  const ruled = new Map(stories.map((st) => [st, st.segs.map((seg) => clean.markParagraphs(seg.article, seg.paragraphs))]));
  const first = new Map(stories.map((st) => [st, clean.lineFeatureTable(st.segs, store.get(st), undefined, judged(st, ruled.get(st)!, false))]));
  const lineRows = rowsOf(stories, (st) => first.get(st)!, (st, ai, li, text) => !ruled.get(st)![ai][li] && !clean.isPassage(text, FIT.PASSAGE_MIN_WORDS));
  const line = fit(lineRows, FIT.LOSS_BUDGET.line * story, 'line', used('line'), quiet);
  const partial: Models = { features: [...FEATURES], passageMinWords: FIT.PASSAGE_MIN_WORDS, line, passage: line };
  // Pass 2: passages, with the evidence recomputed without the lines rules and the line model set aside.
  const second = new Map(
    stories.map((st) => {
      const furniture = st.segs.map((seg, ai) => clean.markLines(seg, ruled.get(st)![ai], first.get(st)![ai], partial));
      return [st, { furniture, table: clean.lineFeatureTable(st.segs, store.get(st), furniture.map((ms) => ms.map((m) => m !== null)), judged(st, furniture, true)) }];
    }),
  );
  // The copy with real chrome repeats pool A's passages: it teaches the line model only.
  const own = stories.filter((st) => !st.variant);
  const ownStory = storyChars(own);
  const passageRows = rowsOf(own, (st) => second.get(st)!.table, (st, ai, li, text) => !second.get(st)!.furniture[ai][li] && clean.isPassage(text, FIT.PASSAGE_MIN_WORDS));
  const passage = fit(passageRows, FIT.LOSS_BUDGET.passage * ownStory, 'passage', used('passage'), quiet);
  return { ...partial, passage };
}

/**
 * k-fold cross-validation over pool A's clusters: each fold's clusters (their noisy copy and their plain copy)
 * are held out, the models fitted on the rest, and the held-out noisy clusters marked by the whole cleaner
 * (rules, line model, passage model). Figures are per paragraph, in characters: noise marked, story marked.
 */
async function crossValidate(stories: Labelled[], store: Map<Labelled, LineStats | undefined>, k: number): Promise<void> {
  const clean = await import('../src/clean/index.js');
  const clusters = [...new Set(stories.map((st) => st.cluster))].sort();
  let allNoise = 0;
  let allHit = 0;
  let allStory = 0;
  let allLost = 0;
  for (let f = 0; f < k; f++) {
    const held = new Set(clusters.filter((_, i) => i % k === f));
    const models = await fitModels(stories.filter((st) => !held.has(st.cluster)), store, true);
    let noise = 0;
    let hit = 0;
    let storyChars = 0;
    let lost = 0;
    for (const st of stories.filter((x) => held.has(x.cluster) && !x.plain && !x.variant)) {
      const marks = clean.markStory(st.segs, store.get(st), models);
      st.segs.forEach((seg, ai) =>
        seg.paragraphs.forEach((p, li) => {
          const n = seg.article.text.slice(p.start, p.end).replace(/\s/g, '').length;
          if (st.labels[ai][li]) {
            noise += n;
            if (marks[ai][li]) hit += n;
          } else {
            storyChars += n;
            if (marks[ai][li]) lost += n;
          }
        }),
      );
    }
    console.error(`fold ${f + 1}/${k} (${held.size} clusters held out): noise marked ${((100 * hit) / noise).toFixed(1)}%, story marked ${((100 * lost) / storyChars).toFixed(2)}%`);
    allNoise += noise;
    allHit += hit;
    allStory += storyChars;
    allLost += lost;
  }
  console.error(`cross-validated (${k} folds, pool A): noise marked ${((100 * allHit) / allNoise).toFixed(1)}%, story marked ${((100 * allLost) / allStory).toFixed(2)}%`);
}

async function main(): Promise<void> {
  const cvAt = process.argv.indexOf('--cv');
  const folds = cvAt > 0 ? Number(process.argv[cvAt + 1]) : 0;
  if (!folds) buildBackground();
  const chrome = process.env.FIT_NO_CHROME ? [] : chromeLines().lines;
  const noisy = await poolStories(chrome);
  const stories = [...noisy, ...(await plainStories())];
  const store = storeFor(stories);
  if (folds) return crossValidate(stories, store, folds);
  const models = await fitModels(stories, store);
  const r6 = (x: number) => Math.round(x * 1e6) / 1e6;
  const pack = (m: Models['line']) => ({ mean: m.mean.map(r6), std: m.std.map(r6), weights: m.weights.map(r6), bias: r6(m.bias), threshold: r6(m.threshold) });
  const file = path.join(repoRoot, 'data', 'clean', 'line-model.json');
  writeFileSync(file, JSON.stringify({
    source: 'Two logistic regressions fitted by scripts/fit-cleaner.ts on the lines of ../shared/tools/noise_dev.py pool A (duc2003 with injected noise); features in src/clean/features.ts',
    features: models.features,
    passageMinWords: models.passageMinWords,
    line: pack(models.line),
    passage: pack(models.passage),
  }, null, 1) + '\n');
  for (const [name, m] of [['line', models.line], ['passage', models.passage]] as const) {
    console.error(name);
    for (let j = 0; j < models.features.length; j++) if (m.weights[j] !== 0) console.error(`  ${models.features[j].padEnd(22)} ${m.weights[j].toFixed(3)}`);
  }
}

main().catch((e) => {
  console.error(e);
  process.exitCode = 1;
});
