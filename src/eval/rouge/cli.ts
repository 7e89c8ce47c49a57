/**
 * chorus eval rouge: ROUGE-1.5.5 options on a ROUGE XML config (as the Perl) or on Chorus's
 * folders (--system DIR --references DIR); --variant rouge-score for Google's package.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { ROUGE } from './constants.js';
import { evaluateRouge } from './evaluate.js';
import { formatPerl, toJson } from './format.js';
import { parseFormat, readFileList, readFolders, readXmlConfig, type InputFormat } from './inputs.js';
import { formatRougeScore, rougeScoreJson, scoreRougeScore } from './rouge-score.js';
import type { RougeOptions, RougeTopic } from './types.js';

export interface RougeCliIo {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
}

export const ROUGE_HELP = `Usage: chorus eval rouge [options] --system DIR --references DIR
       chorus eval rouge [options] CONFIG.xml [SYSTEM-ID]
       chorus eval rouge [options] -z SPL|SEE|ISI FILE-LIST [SYSTEM-ID]

ROUGE-1.5.5 (Lin 2004), reproduced to the last printed digit, confidence intervals included
(same bootstrap, same seeds, same drand48 as the Perl).

Inputs
  --system DIR        system summaries, one sentence per line: files <topic> or <topic>.<ext>
  --references DIR    reference summaries <topic>.<id> (e.g. d30003t.A), one sentence per line
                      (the system is printed as "1", topics are evaluation ids)
  CONFIG.xml          a ROUGE XML configuration; paths in it are relative to the current folder
  SYSTEM-ID           score this peer only (or -a for all peers)

ROUGE-1.5.5 options (same letters as the Perl)
  -n N      ROUGE-1 .. ROUGE-N              -x        no ROUGE-L
  -w W      ROUGE-W with weight W           -2 K      skip-bigrams, gap <= K (-1: any gap)
  -u        skip-bigrams with unigrams      -U        both ROUGE-S and ROUGE-SU
  -l N      first N words only              -b N      first N bytes only (both cut raw text)
  -m        stem (WordNet 2.0 exceptions, then Porter 1980)
  -s        remove SMART stopwords          -f A|B    sum over references | best reference
  -p ALPHA  F = PR/((1-ALPHA)P+ALPHA R)     -c CI     confidence level (default 95)
  -r N      bootstrap resamples (1000)      -t 0|1|2  average of units | tokens | raw counts
  -a        all systems                     -d        per-evaluation scores
  -z FMT    CONFIG is a file list (peer model1 model2 ... per line)
  -e DIR    accepted and ignored (data comes from data/rouge); -v accepted and ignored
  Not supported: -3 (Basic Elements), -M.

Chorus options
  --json                  JSON: {"ROUGE-1": {"R","P","F","R_ci","P_ci","F_ci"}, ...,
                          "topics": {"<topic>": {"ROUGE-1": {"R","P","F"}}}}
  --variant rouge-score   Google's rouge-score package instead: rouge1, rouge2 (or up to -n N),
                          rougeL, rougeLsum (sentences = lines); tokens are lowercased runs of
                          [a-z0-9]; -m stems tokens longer than 3 chars with NLTK's
                          PorterStemmer (NLTK_EXTENSIONS), as rouge-score does; with
                          several references each topic takes the best reference by F (as
                          score_multi); averages are plain means over topics (no bootstrap).
  -h, --help              this text

Exit codes: 0 ok, 1 failure (unreadable input), 2 bad usage.
`;

class UsageError extends Error {}

const VALUE_FLAGS = new Set(['b', 'c', 'e', 'f', 'l', 'n', 'p', 't', 'r', '2', '3', 'w', 'z']);
const BOOL_FLAGS = new Set(['a', 'h', 'H', 'd', 'm', 'M', 's', 'u', 'U', 'v', 'x']);

interface Parsed {
  flags: Map<string, string>;
  positional: string[];
  system?: string;
  references?: string;
  json: boolean;
  variant?: string;
  help: boolean;
}

function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { flags: new Map(), positional: [], json: false, help: false };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    const needValue = (name: string): string => {
      if (i + 1 >= argv.length) throw new UsageError(`option ${name}: expected a value, found the end of the arguments`);
      return argv[++i];
    };
    if (a === '--help') out.help = true;
    else if (a === '--json') out.json = true;
    else if (a === '--system') out.system = needValue(a);
    else if (a === '--references') out.references = needValue(a);
    else if (a === '--variant') out.variant = needValue(a);
    else if (a.startsWith('--')) {
      const eq = a.indexOf('=');
      const name = eq > 0 ? a.slice(0, eq) : a;
      if (eq > 0 && ['--system', '--references', '--variant'].includes(name)) {
        const key = name.slice(2) as 'system' | 'references' | 'variant';
        out[key] = a.slice(eq + 1);
      } else {
        throw new UsageError(`unknown option ${a}: expected one of --system, --references, --json, --variant, --help`);
      }
    } else if (a.startsWith('-') && a.length > 1) {
      // Getopt::Std: bundled flags, a value either attached or in the next argument
      for (let k = 1; k < a.length; k++) {
        const f = a[k];
        if (VALUE_FLAGS.has(f)) {
          const rest = a.slice(k + 1);
          out.flags.set(f, rest.length > 0 ? rest : needValue(`-${f}`));
          break;
        } else if (BOOL_FLAGS.has(f)) {
          out.flags.set(f, '1');
        } else {
          throw new UsageError(`unknown option -${f}: expected one of -a -b -c -d -e -f -l -m -n -p -r -s -t -u -U -w -x -z -2 (see --help)`);
        }
      }
    } else out.positional.push(a);
  }
  return out;
}

function num(flags: Map<string, string>, f: string, what: string, integer: boolean): number | undefined {
  const v = flags.get(f);
  if (v === undefined) return undefined;
  const n = Number(v);
  if (v.trim() === '' || !Number.isFinite(n) || (integer && !Number.isInteger(n))) {
    throw new UsageError(`option -${f}: expected ${what}, found "${v}"`);
  }
  return n;
}

export function optionsFromFlags(flags: Map<string, string>): RougeOptions {
  if (flags.has('3')) throw new UsageError('option -3: Basic Element scoring is not supported; expected ROUGE-N/L/W/S options');
  if (flags.has('M')) throw new UsageError('option -M: model-only stemming is not supported; expected -m');
  if (flags.has('l') && flags.has('b')) {
    throw new UsageError('expected a length limit in words (-l) or in bytes (-b), found both');
  }
  const f = flags.get('f');
  if (f !== undefined && f !== 'A' && f !== 'B') throw new UsageError(`option -f: expected A or B, found "${f}"`);
  const t = num(flags, 't', '0, 1 or 2', true);
  const alpha = num(flags, 'p', 'a number between 0 and 1', false);
  if (alpha !== undefined && (alpha < 0 || alpha > 1)) throw new UsageError(`option -p: expected a number between 0 and 1, found "${flags.get('p')}"`);
  const c = num(flags, 'c', 'a number between 0 and 100', false);
  if (c !== undefined && (c < 0 || c > 100)) throw new UsageError(`option -c: expected a number between 0 and 100, found "${flags.get('c')}"`);
  const r = num(flags, 'r', 'a positive number of resamples', true);
  if (r !== undefined && r < 1) throw new UsageError(`option -r: expected a positive number of resamples, found "${flags.get('r')}"`);
  const w = num(flags, 'w', 'a weight greater than 0', false);
  if (w !== undefined && !(w > 0)) throw new UsageError(`option -w: expected a weight greater than 0, found "${flags.get('w')}"`);
  const n = num(flags, 'n', 'a non-negative integer', true);
  if (n !== undefined && n < 0) throw new UsageError(`option -n: expected a non-negative integer, found "${flags.get('n')}"`);
  const l = num(flags, 'l', 'a number of words', true);
  const b = num(flags, 'b', 'a number of bytes', true);
  return {
    maxNgram: n,
    noLcs: flags.has('x'),
    wlcsWeight: w,
    wlcsLabel: flags.get('w'),
    skipDistance: num(flags, '2', 'a maximum gap (negative: none)', true),
    skipUnigrams: flags.has('u'),
    skipBoth: flags.has('U'),
    wordLimit: l ?? 0,
    byteLimit: b ?? 0,
    stem: flags.has('m'),
    removeStopwords: flags.has('s'),
    scoreMode: (f as 'A' | 'B' | undefined) ?? 'A',
    alpha: alpha ?? ROUGE.defaultAlpha,
    confidence: c ?? ROUGE.defaultConfidence,
    confidenceLabel: flags.get('c'),
    resamples: r ?? ROUGE.defaultResamples,
    // the Perl treats any -t other than 1 or 2 as 0
    countMode: t === 1 || t === 2 ? t : 0,
    perEval: flags.has('d'),
  };
}

function write(stream: NodeJS.WritableStream, text: string): Promise<void> {
  return new Promise((resolve) => {
    if (text.length === 0) resolve();
    else stream.write(text, () => resolve());
  });
}

export async function runRougeCli(argv: string[], io: RougeCliIo): Promise<number> {
  let parsed: Parsed;
  let options: RougeOptions;
  try {
    parsed = parseArgs(argv);
    if (parsed.help || parsed.flags.has('h') || parsed.flags.has('H')) {
      await write(io.stdout, ROUGE_HELP);
      return 0;
    }
    options = optionsFromFlags(parsed.flags);
    if (parsed.variant !== undefined && parsed.variant !== 'rouge-score' && parsed.variant !== 'rouge-1.5.5') {
      throw new UsageError(`option --variant: expected rouge-score or rouge-1.5.5, found "${parsed.variant}"`);
    }
    const folders = parsed.system !== undefined || parsed.references !== undefined;
    if (folders) {
      if (parsed.system === undefined || parsed.references === undefined) {
        throw new UsageError(`expected both --system DIR and --references DIR, found only ${parsed.system === undefined ? '--references' : '--system'}`);
      }
      if (parsed.positional.length > 0) {
        throw new UsageError(`expected no config file with --system/--references, found "${parsed.positional[0]}"`);
      }
    } else if (parsed.positional.length === 0 || parsed.positional.length > 2) {
      throw new UsageError(`expected --system DIR --references DIR or CONFIG.xml [SYSTEM-ID], found ${parsed.positional.length} arguments`);
    } else if (parsed.positional.length === 1 && !parsed.flags.has('a') && !parsed.flags.has('z')) {
      throw new UsageError(`expected a system id after ${parsed.positional[0]} or option -a, found neither`);
    }
  } catch (e) {
    if (e instanceof UsageError) {
      await write(io.stderr, `chorus eval rouge: ${e.message}\n`);
      return 2;
    }
    throw e;
  }

  try {
    let topics: RougeTopic[];
    let peerIds: string[] | undefined;
    const warnings: string[] = [];
    if (parsed.system !== undefined && parsed.references !== undefined) {
      const r = readFolders(path.resolve(io.cwd, parsed.system), path.resolve(io.cwd, parsed.references));
      topics = r.topics;
      warnings.push(...r.warnings);
    } else {
      const config = path.resolve(io.cwd, parsed.positional[0]);
      const text = readFileSync(config, 'utf8');
      const z = parsed.flags.get('z');
      if (z !== undefined) {
        let format: InputFormat;
        try {
          format = parseFormat(z, 'option -z');
        } catch (e) {
          await write(io.stderr, `chorus eval rouge: ${(e as Error).message}\n`);
          return 2;
        }
        const id = parsed.positional[1] ?? 'X';
        topics = readFileList(text, format, id, io.cwd);
        peerIds = [id];
      } else {
        topics = readXmlConfig(text, io.cwd);
        if (!parsed.flags.has('a')) peerIds = [parsed.positional[1]];
      }
    }
    if (parsed.variant === 'rouge-score') {
      const res = scoreRougeScore(topics, { maxNgram: options.maxNgram, stem: !!options.stem }, peerIds);
      await write(io.stderr, warnings.map((w) => w + '\n').join(''));
      await write(io.stdout, parsed.json ? JSON.stringify(rougeScoreJson(res), null, 2) + '\n' : formatRougeScore(res, !!options.perEval));
      return 0;
    }
    const result = evaluateRouge(options, topics, peerIds);
    await write(io.stderr, [...warnings, ...result.warnings].map((w) => w + '\n').join(''));
    await write(io.stdout, parsed.json ? JSON.stringify(toJson(result), null, 2) + '\n' : formatPerl(result, options));
    return 0;
  } catch (e) {
    await write(io.stderr, `chorus eval rouge: ${(e as Error).message}\n`);
    return 1;
  }
}
