// Speed of the facts stage (names, numbers, disagreements, events) on the Al-Qaim example doubled to ten
// articles: warm runs, after one cold run that loads the tagger model.
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Article, Sentence } from '../src/types.js';
import { findDisagreements } from '../src/facts/disagreements.js';
import { findEntities } from '../src/facts/entities.js';
import { findEvents } from '../src/facts/events.js';
import { findNumbers } from '../src/facts/numbers.js';

const RUNS = 10;
const repoRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

/** Paragraphs split at sentence-final punctuation: enough for a benchmark, not the project's segmenter. */
function sentencesOf(article: Article): Sentence[] {
  const out: Sentence[] = [];
  let paragraph = 0;
  for (const p of article.text.matchAll(/[^\n]+/g)) {
    for (const m of p[0].matchAll(/[^.!?]+(?:[.!?]+["'”’)]*|$)/g)) {
      const lead = m[0].length - m[0].trimStart().length;
      const text = m[0].trim();
      if (!text) continue;
      const start = (p.index ?? 0) + (m.index ?? 0) + lead;
      out.push({ id: `${article.id}:${out.length}`, article: article.id, index: out.length, paragraph, start, end: start + text.length, text });
    }
    paragraph++;
  }
  return out;
}

function loadStory(copies: number): { articles: Article[]; sentences: Sentence[] } {
  const dir = join(repoRoot, 'examples', 'al-qaim');
  const articles: Article[] = [];
  for (let c = 0; c < copies; c++) {
    for (const f of readdirSync(dir).sort()) {
      const text = readFileSync(join(dir, f), 'utf8');
      articles.push({ id: `${c}${f.slice(0, 3)}`, path: f, format: 'txt', title: null, text, regions: [], outlet: null, author: null, url: null, published: null, publishedBasis: null, cluster: null });
    }
  }
  return { articles, sentences: articles.flatMap(sentencesOf) };
}

export async function benchFacts(): Promise<{ name: string; ms: number[] }> {
  const run = () => {
    // Fresh sentence objects each run, so the per-sentence token cache does not hide the tagging cost.
    const { articles, sentences } = loadStory(2);
    const t0 = performance.now();
    findEntities(sentences, articles);
    findDisagreements(findNumbers(sentences, articles));
    findEvents(sentences, articles);
    return performance.now() - t0;
  };
  run();
  const ms: number[] = [];
  for (let r = 0; r < RUNS; r++) ms.push(run());
  return { name: 'facts: entities+numbers+disagreements+events, 10 articles (warm)', ms };
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  // CPU time beside wall time: on a machine shared with other jobs the wall time overstates the cost.
  const cpu0 = process.cpuUsage();
  const { name, ms } = await benchFacts();
  const cpu = process.cpuUsage(cpu0);
  console.log(`process CPU for ${RUNS + 1} runs: ${((cpu.user + cpu.system) / 1000 / (RUNS + 1)).toFixed(1)} ms per run (includes loading the story)`);
  const sorted = [...ms].sort((a, b) => a - b);
  console.log(`${name}: median ${sorted[Math.floor(sorted.length / 2)].toFixed(1)} ms, max ${sorted[sorted.length - 1].toFixed(1)} ms`);
}
