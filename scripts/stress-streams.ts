// Stress copies of the FIT parts of the dev streams, each in a shape that crawled and fed news takes and the dev
// streams lack, clustered with the one setting and scored by pairwise F1 beside the clean copy (docs/evaluation.md,
// "Story clustering"). Never run on the held-out parts. The outlets and lines are made up here, from general
// knowledge of news sites and feeds, not from any data set.
//
//   CHORUS_SHARED=/work/shared node --import tsx scripts/stress-streams.ts
import os from 'node:os';
import path from 'node:path';
import { mkdtempSync, rmSync } from 'node:fs';
import { clusterStream } from '../src/cluster/stream.js';
import type { StreamArticle } from '../src/cluster/features.js';
import { makeDevStreams } from './make-dev-streams.js';
import { load, pairwiseF1 } from './eval-streams.js';
import { mulberry32 } from './random.js';

const SYLLABLES = ['Kor', 'Bel', 'Tam', 'Rix', 'Val', 'Dun', 'Mor', 'Sel', 'Quin', 'Har'];
const KINDS = ['Herald', 'Channel 9', 'Courier', 'Gazette', 'Daily News'];
/** Thirty made-up outlets ("Korval Herald"). */
const OUTLETS = Array.from({ length: 30 }, (_, i) => `${SYLLABLES[i % 10]}${SYLLABLES[(i * 7 + 3) % 10].toLowerCase()} ${KINDS[i % 5]}`);
/** An outlet's page furniture, naming it. */
const furniture = (o: string) => [`Follow the ${o} on Facebook and Twitter`, `Download the ${o} app for alerts`, `Join the ${o} newsletter list`, `Copyright 2014 ${o}. All rights reserved.`];

type Variant = (articles: StreamArticle[], rand: () => number) => StreamArticle[];

const VARIANTS: Record<string, { streams: RegExp; make: Variant }> = {
  /** One of twelve outlets' names after every title, the outlet field set. */
  'site name after titles (outlet given)': { streams: /^(headlines|leads)-/, make: (xs, r) => xs.map((a) => { const o = OUTLETS[Math.floor(r() * 12)]; return { ...a, title: a.title ? `${a.title} - ${o}` : a.title, outlet: o }; }) },
  /** The same, with no outlet field. */
  'site name after titles (no outlet)': { streams: /^(headlines|leads)-/, make: (xs, r) => xs.map((a) => ({ ...a, title: a.title ? `${a.title} | ${OUTLETS[Math.floor(r() * 12)]}` : a.title, outlet: null })) },
  /** A desk's flags before four titles in ten. */
  'desk flags before titles': { streams: /^(headlines|leads)-/, make: (xs, r) => xs.map((a) => { const x = r(); const f = x < 0.4 ? `UPDATE ${1 + Math.floor(r() * 5)}-` : x < 0.5 ? 'BREAKING: ' : x < 0.6 ? 'WATCH: ' : ''; return { ...a, title: a.title ? f + a.title : a.title }; }) },
  /** Titles escaped as feeds deliver them. */
  'escaped titles': { streams: /^(headlines|leads)-/, make: (xs) => xs.map((a) => ({ ...a, title: a.title ? a.title.replace(/&/g, '&amp;').replace(/'/g, '&#39;').replace(/"/g, '&quot;') : a.title })) },
  /** Two to four furniture lines naming one of thirty outlets, the first at the top, the rest at the bottom. */
  'outlet furniture in texts': { streams: /^(mix|longtail|ecbplus)-/, make: (xs, r) => xs.map((a) => { const o = OUTLETS[Math.floor(r() * OUTLETS.length)]; const f = furniture(o).slice(0, 2 + Math.floor(r() * 3)); return { ...a, outlet: o, text: `${f[0]}\n${a.text}\n${f.slice(1).join('\n')}` }; }) },
};

const tmp = mkdtempSync(path.join(os.tmpdir(), 'chorus-stress-'));
try {
  const fit = (await makeDevStreams(tmp)).filter((s) => s.role === 'fit').map(load);
  const rows: string[] = ['| stress copy | stream | clean | stressed |', '|---|---|---:|---:|'];
  for (const [name, v] of Object.entries(VARIANTS)) {
    for (const l of fit.filter((x) => v.streams.test(x.stream.name))) {
      const clean = pairwiseF1(l.gold, clusterStream(l.articles).stories);
      const stressed = pairwiseF1(l.gold, clusterStream(v.make(l.articles, mulberry32(7))).stories);
      rows.push(`| ${name} | ${l.stream.name} | ${clean.toFixed(3)} | ${stressed.toFixed(3)} |`);
    }
  }
  process.stdout.write(`${rows.join('\n')}\n`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
