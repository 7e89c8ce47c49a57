import assert from 'node:assert/strict';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { PassThrough } from 'node:stream';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { Drand48 } from '../src/eval/rouge/drand48.js';
import {
  evaluateRouge,
  fmt5,
  markLcs,
  morphStem,
  normalize,
  perlSplitWs,
  porterStem,
  readText,
  readTextLcs,
  rougeScorePair,
  rougeScoreTokens,
  runRougeCli,
  toJson,
  tokens,
  unionLcs,
} from '../src/eval/rouge/index.js';

const repoRoot = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(repoRoot, '..', 'shared', 'data');
const rougeDir = path.join(dataDir, 'rouge-1.5.5');
const ducDir = path.join(dataDir, 'duc2003');

async function cli(argv: string[], cwd: string): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await runRougeCli(argv, { stdout, stderr, cwd });
  return { code, out, err };
}

/**
 * Options from an output file name, e.g. ROUGE-test-c95-2-1-U-r1000-n4-w1.2-l10-a-m.out or
 * rouge-n2-x-m-2_4-u-l100-...-a-d.out: letter+value per dash-separated part; "2" takes the next
 * part as a negative gap, "2_4" is -2 4.
 */
function optionsFromName(name: string, prefix: string): string[] {
  const parts = name.slice(prefix.length).replace(/\.out$/, '').split('-');
  const argv: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const p = parts[i];
    if (p === '2') argv.push('-2', `-${parts[++i]}`);
    else if (p.startsWith('2_')) argv.push('-2', p.slice(2));
    else {
      argv.push(`-${p[0]}`);
      if (p.length > 1) argv.push(p.slice(1));
    }
  }
  return argv;
}

interface Parsed {
  /** "<peer> <metric> Average_R" -> [point, low, high] */
  averages: Map<string, [string, string, string]>;
  /** "<peer> <metric> <testId>" -> "R:.. P:.. F:.." */
  evals: Map<string, string>;
}

function parseOutput(text: string): Parsed {
  const averages = new Map<string, [string, string, string]>();
  const evals = new Map<string, string>();
  for (const line of text.split('\n')) {
    let m = /^(\S+ \S+ Average_[RPF]): (\S+) \(\S+ (\S+) - (\S+)\)$/.exec(line);
    if (m) averages.set(m[1], [m[2], m[3], m[4]]);
    m = /^(\S+ \S+) Eval (\S+) (R:.*)$/.exec(line);
    if (m) evals.set(`${m[1]} ${m[2]}`, m[3]);
  }
  return { averages, evals };
}

function compare(expected: Parsed, got: Parsed): { points: number; pointMiss: string[]; ciMiss: string[]; evalMiss: string[] } {
  const pointMiss: string[] = [];
  const ciMiss: string[] = [];
  const evalMiss: string[] = [];
  for (const [k, v] of expected.averages) {
    const g = got.averages.get(k);
    if (!g || g[0] !== v[0]) pointMiss.push(`${k}: expected ${v[0]}, got ${g?.[0]}`);
    if (!g || g[1] !== v[1] || g[2] !== v[2]) ciMiss.push(`${k}: expected ${v[1]}-${v[2]}, got ${g?.[1]}-${g?.[2]}`);
  }
  for (const [k, v] of expected.evals) {
    if (got.evals.get(k) !== v) evalMiss.push(`${k}: expected ${v}, got ${got.evals.get(k)}`);
  }
  return { points: expected.averages.size, pointMiss, ciMiss, evalMiss };
}

function assertSame(expected: Parsed, got: Parsed, label: string): void {
  assert.ok(expected.averages.size > 0, `${label}: expected averages in the reference file`);
  const r = compare(expected, got);
  assert.deepEqual(r.pointMiss, [], `${label}: point estimates`);
  assert.deepEqual(r.evalMiss, [], `${label}: per-evaluation scores`);
  assert.deepEqual(r.ciMiss, [], `${label}: confidence intervals`);
  assert.equal(got.averages.size, expected.averages.size, `${label}: same number of average lines`);
}

// ---------------------------------------------------------------- official sample outputs

const sampleOut = path.join(rougeDir, 'sample-output');
const sampleFiles = existsSync(sampleOut)
  ? readdirSync(sampleOut).filter((f) => /^(ROUGE-test|verify)/.test(f)).sort()
  : [];

test('ROUGE-1.5.5 sample outputs (ROUGE-N/L/W/S/SU), to the last digit', { skip: !existsSync(sampleOut) }, async (t) => {
  for (const f of sampleFiles) {
    const prefix = f.startsWith('verify-spl-') ? 'verify-spl-' : f.startsWith('verify-') ? 'verify-' : 'ROUGE-test-';
    const config = prefix === 'ROUGE-test-' ? 'ROUGE-test.xml' : `${prefix.slice(0, -1)}.xml`;
    await t.test(f, async () => {
      const argv = [...optionsFromName(f, prefix), config];
      const { code, out } = await cli(argv, path.join(rougeDir, 'sample-test'));
      assert.equal(code, 0);
      assertSame(parseOutput(readFileSync(path.join(sampleOut, f), 'utf8')), parseOutput(out), f);
      assert.equal(out, readFileSync(path.join(sampleOut, f), 'utf8'), `${f}: byte-identical text output`);
    });
  }
});

test('ROUGE-1.5.5 DUC2002 sample (XML config and -z file list)', { skip: !existsSync(sampleOut) }, async () => {
  const cwd = path.join(rougeDir, 'sample-test');
  for (const [argv, file] of [
    [['-n', '4', 'DUC2002-ROUGE.in.26.spl.xml', '26'], 'DUC2002-ROUGE.in.26.spl.out'],
    [['-n', '4', '-z', 'SPL', 'DUC2002-ROUGE.in.26.spl.lst', '26'], 'DUC2002-ROUGE.in.26.spl.lst.out'],
  ] as const) {
    const { code, out } = await cli([...argv], cwd);
    assert.equal(code, 0);
    assertSame(parseOutput(readFileSync(path.join(sampleOut, file), 'utf8')), parseOutput(out), file);
  }
});

// ---------------------------------------------------------------- DUC 2003 fixtures

const fixturesDir = path.join(ducDir, 'fixtures');
const ducFiles = existsSync(fixturesDir) ? readdirSync(fixturesDir).filter((f) => /^rouge-.*\.out$/.test(f)).sort() : [];

test('DUC 2003 lead baseline: official ROUGE-1.5.5 outputs, per topic and on average', { skip: ducFiles.length === 0 }, async (t) => {
  for (const f of ducFiles) {
    await t.test(f, async () => {
      const argv = [
        ...optionsFromName(f, 'rouge-'),
        '--system',
        path.join(fixturesDir, 'lead'),
        '--references',
        path.join(ducDir, 'references'),
      ];
      const { code, out } = await cli(argv, repoRoot);
      assert.equal(code, 0);
      const expected = parseOutput(readFileSync(path.join(fixturesDir, f), 'utf8'));
      assert.ok(expected.evals.size > 0, 'per-topic lines expected with -d');
      assertSame(expected, parseOutput(out), f);
    });
  }
});

test('--json carries the same numbers as the text output', { skip: ducFiles.length === 0 }, async () => {
  const base = ['-n', '2', '-m', '-l', '100', '-a', '-d', '--system', path.join(fixturesDir, 'lead'), '--references', path.join(ducDir, 'references')];
  const text = parseOutput((await cli(base, repoRoot)).out);
  const json = JSON.parse((await cli([...base, '--json'], repoRoot)).out) as Record<string, unknown>;
  const r1 = json['ROUGE-1'] as { R: number; R_ci: [number, number] };
  const [point, lo, hi] = text.averages.get('1 ROUGE-1 Average_R')!;
  assert.equal(fmt5(r1.R), point);
  assert.deepEqual(r1.R_ci.map(fmt5), [lo, hi]);
  const topics = json.topics as Record<string, Record<string, { R: number; P: number; F: number }>>;
  const first = Object.keys(topics).sort()[0];
  const e = topics[first]['ROUGE-2'];
  assert.equal(text.evals.get(`1 ROUGE-2 ${first}.1`), `R:${fmt5(e.R)} P:${fmt5(e.P)} F:${fmt5(e.F)}`);
  assert.ok('ROUGE-L' in json && !('ROUGE-3' in json));
});

// ---------------------------------------------------------------- units

test('tokenizer: lowercase runs of [a-z0-9], hyphens split, other characters are spaces', () => {
  assert.equal(normalize("U.S.-led  strikes, 1,500 IS fighters' \"exodus\"\n"), 'U S - led strikes 1 500 IS fighters exodus');
  const plain = { stem: false, removeStopwords: false };
  // the engine lowercases before normalize; "-" is a token that createNGram drops
  assert.deepEqual(tokens(normalize('u.s.-led strikes'), plain), ['u', 's', 'led', 'strikes']);
  assert.deepEqual(tokens(normalize('the cat and the hat'), { stem: false, removeStopwords: true }), ['cat', 'hat']);
  assert.deepEqual(perlSplitWs(' a  b \n'), ['', 'a', 'b']);
  assert.deepEqual(perlSplitWs('   '), []);
  assert.deepEqual(perlSplitWs(''), []);
});

test('Porter stemmer: the examples of Porter (1980)', () => {
  const cases: Record<string, string> = {
    caresses: 'caress', ponies: 'poni', ties: 'ti', caress: 'caress', cats: 'cat', feed: 'feed',
    agreed: 'agre', plastered: 'plaster', bled: 'bled', motoring: 'motor', sing: 'sing',
    conflated: 'conflat', troubled: 'troubl', sized: 'size', hopping: 'hop', tanned: 'tan',
    falling: 'fall', hissing: 'hiss', fizzed: 'fizz', failing: 'fail', filing: 'file',
    happy: 'happi', sky: 'sky', relational: 'relat', conditional: 'condit', rational: 'ration',
    digitizer: 'digit', operator: 'oper', feudalism: 'feudal', decisiveness: 'decis',
    hopefulness: 'hope', callousness: 'callous', formaliti: 'formal', sensitiviti: 'sensit',
    triplicate: 'triplic', formative: 'form', formalize: 'formal', electriciti: 'electr',
    electrical: 'electr', hopeful: 'hope', goodness: 'good', revival: 'reviv', allowance: 'allow',
    inference: 'infer', airliner: 'airlin', gyroscopic: 'gyroscop', adjustable: 'adjust',
    defensible: 'defens', irritant: 'irrit', replacement: 'replac', adjustment: 'adjust',
    dependent: 'depend', adoption: 'adopt', communism: 'commun', activate: 'activ',
    angulariti: 'angular', homologous: 'homolog', effective: 'effect', bowdlerize: 'bowdler',
    probate: 'probat', rate: 'rate', cease: 'ceas', controll: 'control', roll: 'roll',
  };
  for (const [w, s] of Object.entries(cases)) assert.equal(porterStem(w), s, w);
  // initial y is a consonant, restored afterwards
  assert.equal(porterStem('yelling'), 'yell');
});

test('stemming (-m): WordNet exceptions first, only for tokens longer than 3 characters', () => {
  assert.equal(morphStem('went'), 'go');
  assert.equal(morphStem('mice'), 'mouse');
  assert.equal(morphStem('running'), 'run');
  const stem = { stem: true, removeStopwords: false };
  // "ran" is in verb.exc but has only 3 characters: left alone
  assert.deepEqual(tokens('ran went mice studies', stem), ['ran', 'go', 'mouse', 'studi']);
});

test('length limits cut the raw sentences before tokenizing (-l words, -b bytes)', () => {
  assert.equal(readText(['a b c', 'd e-f g'], 4, 0), 'a b c d');
  // exactly at the limit the sentence is taken through the cutting branch: same words
  assert.equal(readText(['a b c', 'd e'], 3, 0), 'a b c');
  // words are counted on raw text: "e-f" is one word but two tokens
  assert.equal(readText(['a b c', 'e-f g'], 4, 0), 'a b c e - f');
  assert.equal(readText(['abcdef', 'ghij'], 0, 8), 'abcdef gh');
  assert.equal(readText([], 5, 0), null);
  assert.deepEqual(readTextLcs(['a b c', 'd e f'], 4, 0), ['a b c', 'd']);
  // ROUGE-1.5.5's LCS reader never adds up bytes: each sentence is tested alone
  assert.deepEqual(readTextLcs(['abcdef', 'ghij'], 0, 8), ['abcdef', 'ghij']);
  assert.deepEqual(readTextLcs(['abcdefghij', 'kl'], 0, 5), ['abcde']);
});

test('union LCS (Lin 2004, section 3.2 example) and clipping by unigram counts', () => {
  const ref = ['w1', 'w2', 'w3', 'w4', 'w5'];
  const c1 = ['w1', 'w2', 'w6', 'w7', 'w8'];
  const c2 = ['w1', 'w3', 'w8', 'w9', 'w5'];
  const mask = new Uint8Array(ref.length);
  markLcs(ref, c1, mask);
  markLcs(ref, c2, mask);
  assert.deepEqual([...mask], [1, 1, 1, 0, 1]);
  const count = (xs: string[][]): Map<string, number> => {
    const m = new Map<string, number>();
    for (const s of xs) for (const t of s) m.set(t, (m.get(t) ?? 0) + 1);
    return m;
  };
  const r = unionLcs([ref], [c1, c2], count([ref]), count([c1, c2]));
  assert.deepEqual(r, { hit: 4, base: 5 });
  // a peer word used once cannot be matched by two model sentences
  const r2 = unionLcs([['a', 'b'], ['a', 'c']], [['a', 'x']], count([['a', 'b'], ['a', 'c']]), count([['a', 'x']]));
  assert.equal(r2.hit, 1);
});

test('numbers: sprintf("%7.5f") ties to even, Perl drand48 sequence', () => {
  assert.equal(fmt5(1 / 64), '0.01562');
  assert.equal(fmt5(3 / 64), '0.04688');
  assert.equal(fmt5(0.123455), (0.123455).toFixed(5)); // not an exact binary tie
  assert.equal(fmt5(1), '1.00000');
  // perl -e 'srand(0); print rand()'
  assert.equal(new Drand48(0).next(), 0.17082803610628972);
});

test('evaluateRouge: -f A sums hits over references, -f B keeps the best one', () => {
  const topic = {
    id: 't1',
    peers: [{ id: 'sys', sentences: ['The cat sat on the mat.'] }],
    models: [
      { id: 'A', sentences: ['The cat sat.'] },
      { id: 'B', sentences: ['A dog ran far away from home today.'] },
    ],
  };
  const opts = { maxNgram: 1, noLcs: true, resamples: 10 };
  const a = evaluateRouge({ ...opts, scoreMode: 'A' }, [topic]).systems[0].metrics[0].perEval[0];
  // hits: A 3 (the, cat, sat), B 0; counts 3 + 8 model tokens; 6 peer tokens per reference
  assert.equal(a.R, Number(fmt5(3 / 11)));
  assert.equal(a.P, Number(fmt5(3 / 12)));
  const b = evaluateRouge({ ...opts, scoreMode: 'B' }, [topic]).systems[0].metrics[0].perEval[0];
  assert.equal(b.R, 1);
  assert.equal(b.P, Number(fmt5(3 / 6)));
  const json = toJson(evaluateRouge({ ...opts, scoreMode: 'B' }, [topic])) as Record<string, Record<string, unknown>>;
  assert.ok(json.topics.t1);
});

test('CLI: usage errors exit 2 with what was expected and found; --help exits 0', async () => {
  const bad = await cli(['-n', 'x', '--system', 'a', '--references', 'b'], repoRoot);
  assert.equal(bad.code, 2);
  assert.match(bad.err, /-n: expected .* found "x"/);
  assert.equal((await cli(['--system', 'a'], repoRoot)).code, 2);
  assert.equal((await cli(['config.xml'], repoRoot)).code, 2); // no system id and no -a
  assert.equal((await cli(['-3', 'HM', 'config.xml', '1'], repoRoot)).code, 2);
  const help = await cli(['--help'], repoRoot);
  assert.equal(help.code, 0);
  assert.match(help.out, /rouge-score/);
  const missing = await cli(['--system', path.join(repoRoot, 'no-such-dir'), '--references', path.join(repoRoot, 'no-such-dir')], repoRoot);
  assert.equal(missing.code, 1);
});

test('rouge-score variant: its README example and tokenizer', () => {
  const s = rougeScorePair('The quick brown fox jumps over the lazy dog', 'The quick brown dog jumps on the log.', ['rouge1', 'rougeL'], false);
  assert.equal(s.rouge1.precision, 0.75);
  assert.ok(Math.abs(s.rouge1.recall - 0.6666666666666666) < 1e-15);
  assert.ok(Math.abs(s.rouge1.fmeasure - 0.7058823529411765) < 1e-15);
  assert.equal(s.rougeL.precision, 0.625);
  assert.ok(Math.abs(s.rougeL.recall - 0.5555555555555556) < 1e-15);
  assert.deepEqual(rougeScoreTokens("U.S.-led, can't", false), ['u', 's', 'led', 'can', 't']);
  // rougeLsum: sentence-level union LCS, rougeL: one LCS over the text
  const l = rougeScorePair('a b\nc d', 'c d\na b', ['rougeL', 'rougeLsum'], false);
  assert.equal(l.rougeLsum.recall, 1);
  assert.equal(l.rougeL.recall, 0.5);
});
