// `npm run eval`: the summarization methods measured as the papers measure them, written to docs/evaluation.md.
//
// 1. DUC 2003 (30 clusters, 4 human summaries each): every method in METHODS at 100 words; system summaries are
//    written one sentence per line to a temporary folder and scored by our ROUGE-1.5.5 port under the protocol of
//    Hong et al. 2014: -n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a.
// 2. The lead fixture check: ../shared/data/duc2003/fixtures/lead scored with each fixture's options must print
//    what the official Perl printed (fixtures/rouge-*.out), digit for digit.
// 3. Multi-News (250 sampled test clusters): the default method, LexRank and TextRank at 250 words against the
//    human summaries, ROUGE-1/2/SU4 (-n 2 -2 4 -u -m -c 95 -r 1000 -f A -p 0.5 -t 0 -a, no length cut).
//
// Hand-written notes after a generated section live between `<!-- notes:NAME -->` and `<!-- /notes:NAME -->` in
// docs/evaluation.md (noise, facts, extraction, streams); a rerun renews the tables and keeps the notes.
//
//   npm run eval [-- --no-write] [-- --skip-multinews]
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { readInputs } from '../src/read/index.js';
import { briefOf, requestOf } from '../src/pipeline.js';
import { DEFAULT_METHOD, METHODS, type Summarizer, type SummaryRequest } from '../src/summarize/index.js';
import { chooseHeadline } from '../src/summarize/headline.js';
import { newestArticle } from '../src/summarize/lead.js';
import { evaluateRouge, formatPerl, optionsFromFlags, readFolders, type RougeOptions, type RougeSummary } from '../src/eval/rouge/index.js';
import type { Article } from '../src/types.js';
import { evalFacts } from './eval-facts.js';
import { noiseSection } from './eval-noise.js';
import { extractionSection } from './eval-extraction.js';
import { evalStreams } from './eval-streams.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
// The data sets live beside the repository (`../shared/data`); CHORUS_SHARED names another place (a worktree's).
const dataRoot = path.resolve(process.env.CHORUS_SHARED ?? path.join(repoRoot, '..', 'shared'), 'data');
const ducRoot = path.join(dataRoot, 'duc2003');
const multinewsFile = path.join(dataRoot, 'multinews-sample250', 'multinews_test_sample250.jsonl');

/** Hong et al. 2014's protocol for DUC 2004 (and here DUC 2003): recall at 100 words, stemmed, stopwords kept. */
export const DUC_PROTOCOL: RougeOptions = {
  maxNgram: 4, noLcs: true, stem: true, wordLimit: 100, alpha: 0.5, confidence: 95, resamples: 1000, scoreMode: 'A', countMode: 0,
};
const DUC_FLAGS = '-n 4 -x -m -l 100 -p 0.5 -c 95 -r 1000 -f A -t 0 -a';

/** ROUGE-1/2/SU4 for the Multi-News digests (no length cut: the budget is ours, 250 words). */
export const MULTINEWS_PROTOCOL: RougeOptions = {
  maxNgram: 2, noLcs: true, skipDistance: 4, skipUnigrams: true, stem: true, alpha: 0.5, confidence: 95, resamples: 1000, scoreMode: 'A', countMode: 0,
};
const MULTINEWS_FLAGS = '-n 2 -x -2 4 -u -m -p 0.5 -c 95 -r 1000 -f A -t 0 -a';

/** Published DUC 2004 figures under the same protocol (ROUGE recall x100), from ../shared/data/README.md. */
const PUBLISHED_DUC: [string, number, number][] = [
  ['Lead', 31.46, 6.13], ['LexRank', 36.0, 7.51], ['Centroid', 36.42, 7.98], ['FreqSum', 35.31, 8.12],
  ['GreedyKL', 38.03, 8.56], ['CLASSY04', 37.71, 9.02], ['Submodular (Lin & Bilmes)', 39.23, 9.37],
  ['DPP (Kulesza & Taskar)', 39.84, 9.62], ['OCCAMS_V', 38.5, 9.75], ['RegSum', 38.6, 9.78], ['ICSISumm', 38.44, 9.81],
];
const PUBLISHED_MULTINEWS: [string, string][] = [
  ['LexRank', '38.27 / 12.70 / 13.20'], ['TextRank', '38.44 / 13.10 / 13.50'], ['Hi-MAP', '43.47 / 14.89 / 17.41'], ['PRIMERA', '49.9 / 21.1 / -'],
];

export interface DucCluster {
  id: string;
  req: SummaryRequest;
  models: RougeSummary[];
}

function referencesOf(cluster: string): RougeSummary[] {
  const dir = path.join(ducRoot, 'references');
  return readdirSync(dir)
    .filter((f) => f.startsWith(`${cluster}.`))
    .sort()
    .map((f) => ({ id: f.slice(cluster.length + 1), sentences: readFileSync(path.join(dir, f), 'latin1').split('\n').filter((l) => l.trim()), bytes: true }));
}

/** Every DUC 2003 cluster, read and prepared by the pipeline (empty when the data folder is absent). */
export async function loadDuc(words = 100): Promise<DucCluster[]> {
  const docs = path.join(ducRoot, 'docs');
  if (!existsSync(docs)) return [];
  const out: DucCluster[] = [];
  for (const id of readdirSync(docs).sort()) {
    const r = await readInputs([path.join(docs, id)]);
    out.push({ id, req: requestOf(r.articles, words), models: referencesOf(id) });
  }
  return out;
}

export function summaryLines(req: SummaryRequest, run: Summarizer): string[] {
  const text = new Map(req.candidates.map((c) => [c.id, c.text]));
  return run(req).map((id) => text.get(id) ?? '');
}

/** Mean ROUGE-1 and ROUGE-2 recall x100 over clusters (no bootstrap): for fitting and tests. */
export function scoreQuick(clusters: DucCluster[], run: Summarizer): [number, number] {
  const topics = clusters.map((c) => ({ id: c.id, peers: [{ id: 'x', sentences: summaryLines(c.req, run) }], models: c.models }));
  const r = evaluateRouge({ ...DUC_PROTOCOL, maxNgram: 2, resamples: 1 }, topics);
  const mean = (i: number) => (r.systems[0].metrics[i].perEval.reduce((s, e) => s + e.R, 0) / Math.max(1, topics.length)) * 100;
  return [mean(0), mean(1)];
}

interface Row {
  method: string;
  r1: number;
  r2: number;
  r4: number;
  ci1: [number, number];
  ci2: [number, number];
  words: number;
  msPerCluster: number;
}

function ducTable(clusters: DucCluster[], tmp: string): Row[] {
  const rows: Row[] = [];
  for (const [name, run] of Object.entries(METHODS)) {
    const dir = path.join(tmp, 'duc', name);
    mkdirSync(dir, { recursive: true });
    let words = 0;
    const t0 = performance.now();
    const outputs = clusters.map((c) => summaryLines({ ...c.req, words: 100 }, run));
    const ms = (performance.now() - t0) / Math.max(1, clusters.length);
    clusters.forEach((c, i) => {
      const lines = outputs[i];
      words += lines.join(' ').split(/\s+/).filter(Boolean).length;
      if (lines.join(' ').split(/\s+/).filter(Boolean).length > 100) throw new Error(`${name} on ${c.id}: expected at most 100 words, found more`);
      writeFileSync(path.join(dir, c.id), lines.join('\n') + '\n');
    });
    const { topics } = readFolders(dir, path.join(ducRoot, 'references'), name);
    const m = evaluateRouge(DUC_PROTOCOL, topics).systems[0].metrics;
    rows.push({
      method: name,
      r1: m[0].average.R * 100,
      r2: m[1].average.R * 100,
      r4: m[3].average.R * 100,
      ci1: [m[0].ci.R[0] * 100, m[0].ci.R[1] * 100],
      ci2: [m[1].ci.R[0] * 100, m[1].ci.R[1] * 100],
      words: words / Math.max(1, clusters.length),
      msPerCluster: ms,
    });
  }
  return rows;
}

/** Scores the lead fixture with the options in each fixture's file name; true when the output is identical. */
function leadFixtureCheck(): { file: string; same: boolean; lines: number; differing: number }[] {
  const dir = path.join(ducRoot, 'fixtures');
  const out: { file: string; same: boolean; lines: number; differing: number }[] = [];
  for (const f of readdirSync(dir).filter((x) => /^rouge-.*\.out$/.test(x)).sort()) {
    const flags = new Map<string, string>();
    for (const part of f.replace(/^rouge-/, '').replace(/\.out$/, '').split('-')) flags.set(part[0], part.length > 1 ? part.slice(1).replace('_', '') : '1');
    const opts = optionsFromFlags(flags);
    const { topics } = readFolders(path.join(dir, 'lead'), path.join(ducRoot, 'references'), '1');
    const mine = formatPerl(evaluateRouge(opts, topics), opts).split('\n');
    const theirs = readFileSync(path.join(dir, f), 'utf8').split('\n');
    let differing = 0;
    for (let i = 0; i < Math.max(mine.length, theirs.length); i++) if ((mine[i] ?? '') !== (theirs[i] ?? '')) differing++;
    out.push({ file: f, same: differing === 0, lines: theirs.length, differing });
  }
  return out;
}

interface HeadlineRow {
  system: string;
  p1: number;
  f1: number;
  p2: number;
  f2: number;
  words: number;
}

/** ROUGE-1/2 of one-sentence headlines against the DUC 2003 human summaries (stemmed, no length cut). */
const HEADLINE_PROTOCOL: RougeOptions = { maxNgram: 2, noLcs: true, stem: true, alpha: 0.5, confidence: 95, resamples: 1000, scoreMode: 'A', countMode: 0 };
const HEADLINE_FLAGS = '-n 2 -x -m -p 0.5 -c 95 -r 1000 -f A -t 0 -a';

/**
 * The headline measured as a sentence of a human summary would be: how much of it (precision) the four human
 * summaries share. Systems: the brief's headline (facts stage's main place included), the headline chooser alone,
 * and the lead sentence of the newest article (the classic one-sentence baseline).
 */
async function headlineTable(tmp: string): Promise<HeadlineRow[]> {
  const docs = path.join(ducRoot, 'docs');
  const systems: Record<string, Map<string, string>> = { 'brief headline': new Map(), 'headline chooser alone': new Map(), 'lead sentence of the newest article': new Map() };
  for (const id of readdirSync(docs).sort()) {
    const r = await readInputs([path.join(docs, id)]);
    const req = requestOf(r.articles, 45);
    systems['brief headline'].set(id, briefOf(r.articles, { warnings: r.warnings }).headline?.text ?? '');
    systems['headline chooser alone'].set(id, chooseHeadline(req) ?? '');
    systems['lead sentence of the newest article'].set(id, newestArticle(req)?.sentences[0] ?? '');
  }
  const rows: HeadlineRow[] = [];
  for (const [name, byCluster] of Object.entries(systems)) {
    const dir = path.join(tmp, 'headline', name.replace(/\W+/g, '-'));
    mkdirSync(dir, { recursive: true });
    let words = 0;
    for (const [id, text] of byCluster) {
      words += text.split(/\s+/).filter(Boolean).length;
      writeFileSync(path.join(dir, id), `${text}\n`);
    }
    const { topics } = readFolders(dir, path.join(ducRoot, 'references'), 'h');
    const m = evaluateRouge(HEADLINE_PROTOCOL, topics).systems[0].metrics;
    rows.push({ system: name, p1: m[0].average.P * 100, f1: m[0].average.F * 100, p2: m[1].average.P * 100, f2: m[1].average.F * 100, words: words / Math.max(1, byCluster.size) });
  }
  return rows;
}

interface MnRow {
  method: string;
  r1: number;
  r2: number;
  su4: number;
  r1R: number;
  r2R: number;
  su4R: number;
  words: number;
}

export async function multinewsTable(tmp: string, methods: Record<string, Summarizer> = { [DEFAULT_METHOD]: METHODS[DEFAULT_METHOD], lexrank: METHODS.lexrank, textrank: METHODS.textrank }): Promise<{ rows: MnRow[]; clusters: number; headlineWords: number }> {
  const r = await readInputs([multinewsFile]);
  const byCluster = new Map<string, Article[]>();
  for (const a of r.articles) {
    const k = a.cluster ?? a.id;
    (byCluster.get(k) ?? byCluster.set(k, []).get(k)!).push(a);
  }
  const summaries = new Map<string, string>();
  for (const line of readFileSync(multinewsFile, 'utf8').split('\n')) {
    if (!line.trim()) continue;
    const o = JSON.parse(line) as { id: string; summary: string };
    summaries.set(o.id, o.summary.replace(/^[–-]\s*/, ''));
  }
  const reqs: { id: string; req: SummaryRequest }[] = [];
  for (const [id, arts] of byCluster) reqs.push({ id, req: requestOf(arts, 250) });
  const refDir = path.join(tmp, 'mn-refs');
  mkdirSync(refDir, { recursive: true });
  const safe = (id: string) => id.replace(/[^A-Za-z0-9_-]/g, '_');
  for (const { id } of reqs) writeFileSync(path.join(refDir, `${safe(id)}.A`), Buffer.from((summaries.get(id) ?? '') + '\n', 'utf8'));
  const rows: MnRow[] = [];
  let headlineWords = 0;
  for (const [name, method] of Object.entries(methods)) {
    const dir = path.join(tmp, 'mn', name);
    mkdirSync(dir, { recursive: true });
    let words = 0;
    for (const { id, req } of reqs) {
      const lines = summaryLines(req, method);
      words += lines.join(' ').split(/\s+/).filter(Boolean).length;
      writeFileSync(path.join(dir, safe(id)), Buffer.from(lines.join('\n') + '\n', 'utf8'));
      if (name === DEFAULT_METHOD) headlineWords += (chooseHeadline(req) ?? '').split(/\s+/).filter(Boolean).length;
    }
    const { topics } = readFolders(dir, refDir, name);
    const m = evaluateRouge(MULTINEWS_PROTOCOL, topics).systems[0].metrics;
    rows.push({
      method: name,
      r1: m[0].average.F * 100, r2: m[1].average.F * 100, su4: m[2].average.F * 100,
      r1R: m[0].average.R * 100, r2R: m[1].average.R * 100, su4R: m[2].average.R * 100,
      words: words / Math.max(1, reqs.length),
    });
  }
  return { rows, clusters: reqs.length, headlineWords: headlineWords / Math.max(1, reqs.length) };
}

const f2 = (x: number) => x.toFixed(2);

/** The hand-written notes of a section, between `<!-- notes:NAME -->` and `<!-- /notes:NAME -->` in `previous`
 *  (the file before this run), markers included; an empty block when there were none yet. */
export function notesBlock(name: string, previous: string): string {
  const open = `<!-- notes:${name} -->`;
  const close = `<!-- /notes:${name} -->`;
  const from = previous.indexOf(open);
  const to = from < 0 ? -1 : previous.indexOf(close, from);
  return from >= 0 && to >= 0 ? previous.slice(from, to + close.length) : `${open}\n${close}`;
}

async function main(): Promise<void> {
  if (!existsSync(ducRoot)) {
    process.stderr.write(`eval: the data sets are missing: expected DUC 2003 at ${ducRoot}. Put the shared data beside the repository (../shared/data) or set CHORUS_SHARED to the folder that holds data/.\n`);
    process.exitCode = 1;
    return;
  }
  const started = performance.now();
  const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-eval-'));
  try {
    const clusters = await loadDuc();
    const rows = ducTable(clusters, tmp);
    const fixtures = leadFixtureCheck();
    const headlines = await headlineTable(tmp);
    const mn = process.argv.includes('--skip-multinews') || !existsSync(multinewsFile) ? null : await multinewsTable(tmp);
    const secs = (performance.now() - started) / 1000;
    const md: string[] = [];
    md.push('# Evaluation of the summaries', '');
    md.push(`Generated by \`npm run eval\` (scripts/eval.ts) on ${new Date().toISOString().slice(0, 10)}, in ${secs.toFixed(0)} s. ROUGE is Chorus's port of ROUGE-1.5.5 (src/eval/rouge).`, '');
    md.push('## DUC 2003, 100-word summaries', '');
    md.push(`30 clusters of about 10 AP/NYT articles, 4 human summaries each. Options: \`${DUC_FLAGS}\` (Hong et al. 2014). Each summary is whole source sentences, at most 100 words (the CLI's budget), one per line. ROUGE recall x100 with the 95% bootstrap interval; ms is the method's time per cluster (warm, excluding reading).`, '');
    md.push('| method | R-1 | R-1 95% CI | R-2 | R-2 95% CI | R-4 | words | ms/cluster |', '|---|---|---|---|---|---|---|---|');
    for (const r of rows) {
      const name = r.method === DEFAULT_METHOD ? `**${r.method}** (default)` : r.method;
      md.push(`| ${name} | ${f2(r.r1)} | ${f2(r.ci1[0])}-${f2(r.ci1[1])} | ${f2(r.r2)} | ${f2(r.ci2[0])}-${f2(r.ci2[1])} | ${f2(r.r4)} | ${r.words.toFixed(1)} | ${r.msPerCluster.toFixed(1)} |`);
    }
    md.push('', 'Published on DUC 2004 under the same options (R-1 / R-2; a different year of the same task: the hidden test set is of that kind, so these are the figures to beat, not a same-data comparison):', '');
    md.push('| system | R-1 | R-2 |', '|---|---|---|');
    for (const [n, a, b] of PUBLISHED_DUC) md.push(`| ${n} | ${f2(a)} | ${f2(b)} |`);
    md.push('', '## DUC 2003, one-sentence headlines', '');
    md.push(`The headline as the brief shows it, scored against the same four human summaries per cluster (\`${HEADLINE_FLAGS}\`): precision says how much of the headline's words and word pairs the human summaries share. No published figures exist for this measure; the lead sentence is the usual one-sentence baseline.`, '');
    md.push('| system | R-1 P | R-1 F | R-2 P | R-2 F | words |', '|---|---|---|---|---|---|');
    for (const h of headlines) md.push(`| ${h.system} | ${f2(h.p1)} | ${f2(h.f1)} | ${f2(h.p2)} | ${f2(h.f2)} | ${h.words.toFixed(1)} |`);
    md.push('', '## ROUGE check: the lead fixture', '');
    md.push('The lead summaries in `duc2003/fixtures/lead` scored with the options in each fixture file name, compared line by line with what the official Perl printed.', '');
    md.push('| fixture | lines | differing | identical |', '|---|---|---|---|');
    for (const f of fixtures) md.push(`| ${f.file} | ${f.lines} | ${f.differing} | ${f.same ? 'yes' : 'NO'} |`);
    if (mn) {
      md.push('', '## Multi-News sample, 250-word digests', '');
      md.push(`${mn.clusters} clusters; references are the human summaries (leading dash removed). Options: \`${MULTINEWS_FLAGS}\`; F-measure x100 (as the Multi-News papers report) and recall. Published figures are on the full test split (5,622 clusters) and their exact ROUGE options are not stated in the data README, so they are only roughly comparable.`, '');
      md.push('| method | R-1 F | R-2 F | R-SU4 F | R-1 R | R-2 R | R-SU4 R | words |', '|---|---|---|---|---|---|---|---|');
      for (const r of mn.rows) md.push(`| ${r.method} | ${f2(r.r1)} | ${f2(r.r2)} | ${f2(r.su4)} | ${f2(r.r1R)} | ${f2(r.r2R)} | ${f2(r.su4R)} | ${r.words.toFixed(1)} |`);
      md.push('', '| published (full test split) | R-1 / R-2 / R-SU4 |', '|---|---|');
      for (const [n, s] of PUBLISHED_MULTINEWS) md.push(`| ${n} | ${s} |`);
      md.push('', `Headlines (chooseHeadline) average ${mn.headlineWords.toFixed(1)} words on these clusters.`);
    }
    // Hand-written notes (what was tried, why a figure moved) follow the generated sections and are kept from the
    // file as it was: a rerun renews the tables and never drops the notes.
    const docFile = path.join(repoRoot, 'docs', 'evaluation.md');
    const previous = existsSync(docFile) ? readFileSync(docFile, 'utf8') : '';
    md.push('', '## Notes', '');
    md.push(...NOTES);
    md.push('', await noiseSection(), notesBlock('noise', previous));
    md.push('', '## Facts and extraction', '');
    md.push(...FACTS);
    md.push('', await evalFacts(), notesBlock('facts', previous));
    const extraction = extractionSection();
    if (extraction) md.push('', extraction, notesBlock('extraction', previous));
    md.push('', await evalStreams(), notesBlock('streams', previous));
    const text = md.join('\n') + '\n';
    process.stdout.write(text);
    if (!process.argv.includes('--no-write')) {
      mkdirSync(path.join(repoRoot, 'docs'), { recursive: true });
      writeFileSync(docFile, text);
    }
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

/**
 * Quality of the other stages, measured by the tests and scripts named in each row (their diagnostics print the
 * figures); copied here by hand when they change, with the date.
 */
const FACTS: string[] = [
  'Measured 2026-11-21.',
  '',
  '| what | measure | Chorus | published / reference | command |',
  '|---|---|---|---|---|',
  '| weekdays in past-tense newswire sentences (277 hand-checked duc2003 sentences, `test/fixtures/duc2003-weekdays.json`, dates from the DOCNOs) | right calendar day | 274/277 = 98.9% (future tense: 40/42) | target ≥ 97% (issue 4) | `node --import tsx --test test/dates.test.ts` |',
  '| place resolution (241 hand-labelled capitalized spans of 18 duc2003 clusters, 123 of them place mentions, `test/fixtures/places-duc2003.json`, listed blind by `scripts/place-candidates.ts`) | precision / recall within each label\'s tolerance | 0.983 (117/119) / 0.951 (117/123); the one rule tuned after labelling (a city of 300,000 or more is what its bare name means) fixed one error of this sample | target precision ≥ 0.90 (issue 4) | `node --import tsx --test test/places.test.ts` |',
  '| HTML article extraction, trafilatura-eval (`../shared/data/trafilatura-eval`) | snippet F1 (P / R), all pages; held-out half | 0.931 (0.936 / 0.925; 0.9308 to four places); held-out 0.926 (0.925 / 0.927) (before 2026-11-29: 0.911; held-out 0.918) | trafilatura 0.924, readability-lxml 0.826 (the dataset\'s published table); target ≥ 0.93 (issue 8), reached on all pages, held-out half 0.926 | `node --import tsx scripts/eval-extraction.ts` |',
  '',
  'The chrome-line filter of the HTML reader was tuned by hand on trafilatura-eval itself (mostly German pages) before the split; later changes were tuned on the tuning half only (urlHalf in scripts/eval-extraction.ts), so the held-out half is the fairer figure.',
];

const NOTES: string[] = [
  '- The default method (`chorus`) is exact budgeted coverage of stemmed bigram concepts (Gillick & Favre 2009) solved by a deterministic branch and bound (src/summarize/branch-bound.ts), checked against HiGHS in the tests; at 100 words the search proves the optimum on 28 of the 30 clusters within its 20,000-node cap (digests over 150 words stop at 3,000 nodes and keep the best found, never worse than greedy). Sentences whose subject is a bare personal pronoun ("He said...") are not extracted: out of their article nobody knows who is meant. Concept weights come from a logistic model of 9 cluster statistics fitted on DUC 2003 (data/summarize/README.md); its 2-fold cross-validated scores (printed by `node --import tsx scripts/fit-summarize.ts`, `-n 2 -m -l 100`, mean over clusters) are R-1 41.15 / R-2 12.01 (heuristic weighting, cross-validated the same way: 40.52 / 11.27). The DUC 2003 row above is partly in-sample for the default method; the cross-validated figure is the honest one.',
  '- For long budgets with few shared concepts (Multi-News: 2 to 7 articles) the exact solve leaves words unused; the rest is filled greedily by new-concept weight per word (src/summarize/chorus.ts, fillRest).',
  '- Summaries are whole source sentences and never exceed the budget (no truncated last sentence, no trimming): published systems are often cut by ROUGE at 100 words mid-sentence, which gives them a few more words of recall than ours.',
  '- Baselines follow their papers with these choices: lead takes the newest article (latest date; ties: the later file) and stops at the first sentence that does not fit; centroid computes idf over the cluster\'s sentences (MEAD uses a background corpus); lexrank and textrank skip a sentence whose cosine with a chosen one is 0.5 or more, and all methods but lead skip fragments (lexrank/textrank under 6 words, centroid under 9, chorus under 10).',
  '- DUC 2003 is not the hidden test set: tuning happened on it, so the hidden DUC-2004-like figures will be lower.',
  '- The Multi-News figures are partly in-sample too: reading this sample\'s briefs showed page chrome (Twitter\'s location notice, video-player captions, Internet Archive crawl notices) that the cleaner now removes (the platforms\' own texts, kept as data in data/clean/platform-notices.json: rules clean/widget-chrome and clean/archive-notice), and an off-topic rule that cut whole articles (it now never cuts most of one). Those two fixes took the default method from R-1 41.21 to 44.91 and lifted LexRank and TextRank alike; letting quotes be extracted took it to 45.62 (no change on DUC 2003). With the platform notices taken out again (2026-11-29, the rest as now), the default method gives R-1 / R-2 / R-SU4 F 45.48 / 15.65 / 19.18 against 45.60 / 15.82 / 19.31: the summaries barely need them; the clustering streams built from this sample do (mix fit 0.866 -> 0.829, held out 0.776 -> 0.744; long tail held out 0.758 -> 0.751), because pages that are only such a notice read as copies of one another.',
];

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  await main().catch((err: Error) => {
    process.stderr.write(`eval: failed: ${err.stack ?? err.message}\n`);
    process.exitCode = 1;
  });
}
