// The `chorus` command: a table of subcommands, each with its own help. Exit codes: 0 ok, 1 failure,
// 2 bad usage, 3 done but some input skipped.
// A command loads its stages only when it runs (`await import`): `--help` loads nothing, `summarize` neither the
// facts stage nor the renderers, so a short command starts about as fast as node does.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFile, readFile, mkdir, readdir, stat } from 'node:fs/promises';
import { basename, extname, join } from 'node:path';
import type { ReadResult } from '../read/index.js';
import { METHOD_NAMES, DEFAULT_METHOD, type MethodName } from '../summarize/names.js';
import type { Article, Warning } from '../types.js';
import { READ_LIMITS } from '../read/limits.js';
import { readCapped } from '../read/source.js';
import { escapeMessage, jsonText, stripControls } from '../render/escape.js';
import { LIMITS } from '../limits.js';
import type { BudgetOptions } from '../budget.js';

export const EXIT = { ok: 0, failure: 1, usage: 2, skipped: 3 } as const;

export interface Io {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  stdin: () => Promise<Buffer>;
  cwd: string;
}

class UsageError extends Error {}

interface Command {
  summary: string;
  usage: string;
  run: (argv: string[], io: Io) => Promise<number>;
}

type Values = Record<string, string | boolean | undefined>;

function parse(argv: string[], options: NonNullable<ParseArgsConfig['options']>): { values: Values; positionals: string[] } {
  try {
    const r = parseArgs({ args: argv, options: { ...options, help: { type: 'boolean', short: 'h' } }, allowPositionals: true, strict: true });
    return { values: r.values as Values, positionals: r.positionals };
  } catch (err) {
    throw new UsageError((err as Error).message);
  }
}

function positiveInt(name: string, value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value) || Number(value) <= 0) throw new UsageError(`--${name} expects a positive whole number of words, found "${value}"`);
  return Number(value);
}

/** `--budget-ms N` (per article) and `--run-budget-ms N` (all articles): the time budget of src/budget.ts. */
const BUDGET_OPTIONS = { 'budget-ms': { type: 'string' }, 'run-budget-ms': { type: 'string' } } as const;
const BUDGET_USAGE = `  --budget-ms N   time budget per article in ms (default ${LIMITS.budget.articleMs}); an article past it is left out (exit 3)
  --run-budget-ms N  time budget for the whole run in ms (default ${LIMITS.budget.runMs}); past it the articles not yet read are left out and later stages do less (exit 3)`;

/** The budget of a command that briefs one story: its run starts now, before reading, so reading and loading the
 *  model count too (a command that briefs many stories, `summarize --each`, gives each its own run instead). */
function budgetOf(values: Values): BudgetOptions {
  const ms = (name: string, fallback: number) => {
    const v = values[name] as string | undefined;
    if (v === undefined) return fallback;
    if (!/^\d+$/.test(v)) throw new UsageError(`--${name} expects a whole number of milliseconds, found "${v}"`);
    return Number(v);
  };
  return { articleMs: ms('budget-ms', LIMITS.budget.articleMs), runMs: ms('run-budget-ms', LIMITS.budget.runMs), runStart: performance.now() };
}

/** The warnings a stage added after reading (articles past their time budget): one line each, and exit 3. */
function reportSince(warnings: Warning[], from: number, io: Io): boolean {
  report(warnings.slice(from), io);
  return warnings.length > from;
}

function method(value: string | undefined): MethodName {
  const m = value ?? DEFAULT_METHOD;
  if (!(METHOD_NAMES as readonly string[]).includes(m)) throw new UsageError(`--method expects one of ${METHOD_NAMES.join(', ')}, found "${m}"`);
  return m as MethodName;
}

/** Standard input with the size cap of every source: reading stops one byte past it, and the reader refuses it. */
async function readStdin(): Promise<Buffer> {
  return (await readCapped(process.stdin, READ_LIMITS.maxSourceBytes)).bytes;
}

/** One line on stderr; input strings in it (file names, reasons quoting bytes) are escaped so no control character
 *  reaches the terminal and no newline forges a second `chorus:` line. */
function say(io: Io, line: string): void {
  io.stderr.write(`${escapeMessage(line)}\n`);
}

export { jsonText } from '../render/escape.js';

/** One stderr line per warning (skipped inputs, cut text); the exit code says whether anything was skipped or cut. */
function report(warnings: Warning[], io: Io): void {
  for (const w of warnings) say(io, `chorus: ${w.file ?? w.article ?? 'input'}: ${w.reason}${w.skipped ? ' (skipped)' : ''}`);
}

/** Write a file the user named; a folder that is missing or a file that cannot be written is one clear line. */
async function writeOutput(path: string, data: string, io: Io): Promise<boolean> {
  try {
    await writeFile(path, data);
    return true;
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    const why = code === 'ENOENT' ? 'no such folder' : code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'EISDIR' ? 'is a folder' : (code ?? (err as Error).message);
    say(io, `chorus: cannot write ${path}: ${why}`);
    return false;
  }
}

async function readOrFail(paths: string[], io: Io): Promise<ReadResult | number> {
  if (paths.length === 0) throw new UsageError('expected at least one PATH (a file, a folder, or - for standard input)');
  const { readInputs } = await import('../read/index.js');
  const r = await readInputs(paths, { stdin: io.stdin });
  report(r.warnings, io);
  if (r.articles.length === 0) {
    say(io, 'chorus: no readable article in the input');
    return EXIT.failure;
  }
  return r;
}

const COMMANDS: Record<string, Command> = {
  brief: {
    summary: 'the brief of one story: headline, summary, digest, and what was removed',
    usage: `chorus brief PATH... [--json | --html FILE] [--words N] [--digest-words N] [--method M]

  PATH            files (.txt, .html, .json, .jsonl, NIST SGML), folders (read recursively), or - for stdin
  --json          print the brief as JSON (the contract in docs/brief.md)
  --html FILE     write the brief as one self-contained HTML page to FILE
  --words N       summary length in words (default 100)
  --digest-words N  digest length in words (default 250)
  --method M      summarization method: ${METHOD_NAMES.join(', ')} (default ${DEFAULT_METHOD})
  --keep-noise    cleaning off: boilerplate and off-topic text stay in (for comparison)
${BUDGET_USAGE}

Prints Markdown to the terminal by default.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, {
        json: { type: 'boolean' }, html: { type: 'string' }, words: { type: 'string' }, 'digest-words': { type: 'string' }, method: { type: 'string' },
        'keep-noise': { type: 'boolean' }, ...BUDGET_OPTIONS,
      });
      if (values.help) return help('brief', io);
      if (values.json && values.html) throw new UsageError('--json and --html are exclusive: choose one output');
      const words = positiveInt('words', values.words as string | undefined, 100);
      const digestWords = positiveInt('digest-words', values['digest-words'] as string | undefined, 250);
      const m = method(values.method as string | undefined);
      const budget = budgetOf(values);
      const r = await readOrFail(positionals, io);
      if (typeof r === 'number') return r;
      const { briefOf } = await import('../pipeline.js');
      const read = r.warnings.length;
      const brief = briefOf(r.articles, { warnings: r.warnings, clean: { keepNoise: values['keep-noise'] === true }, words, digestWords, method: m, budget });
      const overBudget = reportSince(r.warnings, read, io);
      if (values.json) io.stdout.write(`${jsonText(brief, 2)}\n`);
      else if (values.html) {
        const { renderHtml } = await import('../render/html.js');
        if (!(await writeOutput(values.html as string, renderHtml(brief), io))) return EXIT.failure;
        say(io, `chorus: wrote ${values.html}`);
      } else {
        const { renderMarkdown } = await import('../render/markdown.js');
        io.stdout.write(renderMarkdown(brief));
      }
      return r.skipped > 0 || overBudget ? EXIT.skipped : EXIT.ok;
    },
  },
  summarize: {
    summary: 'only the summary, one sentence per line (for scripts and evaluation)',
    usage: `chorus summarize PATH... [--words N] [--method M]
chorus summarize --each DIR [--out OUTDIR] [--words N] [--method M]
${BUDGET_USAGE}

  --words N    budget in words, counted as ROUGE counts them (whitespace-separated); default 100
  --method M   ${METHOD_NAMES.join(', ')} (default ${DEFAULT_METHOD})
  --each DIR   one summary per cluster, in one process: each folder in DIR is a cluster, and so is each file
               (a JSON/JSONL file whose lines are clusters gives one cluster per line, by its id)
  --out OUTDIR with --each: write OUTDIR/CLUSTER.txt, one sentence per line (as ROUGE reads them);
               without it, print one JSON line per cluster: {"cluster", "sentences"}`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { words: { type: 'string' }, method: { type: 'string' }, each: { type: 'string' }, out: { type: 'string' }, ...BUDGET_OPTIONS });
      if (values.help) return help('summarize', io);
      const words = positiveInt('words', values.words as string | undefined, 100);
      const m = method(values.method as string | undefined);
      const budget = budgetOf(values);
      if (values.each !== undefined) {
        if (positionals.length > 0) throw new UsageError('--each DIR takes no other PATH');
        return summarizeEach(values.each as string, values.out as string | undefined, { words, method: m, budget: { ...budget, runStart: undefined } }, io);
      }
      if (values.out !== undefined) throw new UsageError('--out goes with --each DIR');
      const r = await readOrFail(positionals, io);
      if (typeof r === 'number') return r;
      const { summaryGroupsOf } = await import('../summary.js'); // the summary entry of ../pipeline.ts, without the facts stage
      const read = r.warnings.length;
      const groups = summaryGroupsOf(r.articles, { words, method: m, budget, warnings: r.warnings });
      const overBudget = reportSince(r.warnings, read, io);
      io.stdout.write(summaryLines(groups).map((line) => `${line}\n`).join(''));
      return r.skipped > 0 || overBudget ? EXIT.skipped : EXIT.ok;
    },
  },
  extract: {
    summary: 'the article text and metadata the pipeline would use, for HTML pages',
    usage: `chorus extract FILE.html [--json]
chorus extract FILE.html... --jsonl

  Prints the title, a blank line, then the article text (paragraphs separated by blank lines).
  --json    print {title, text, outlet, author, published, url, lang, warnings, removed} instead
  --jsonl   many pages in one process: one JSON line per page, {"path", ...the --json fields}; a page that
            cannot be read gets {"path", "error"}. Exit 3 when some page gave no text.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { json: { type: 'boolean' }, jsonl: { type: 'boolean' } });
      if (values.help) return help('extract', io);
      if (values.json && values.jsonl) throw new UsageError('--json and --jsonl are exclusive: choose one output');
      const { extractHtml } = await import('../read/html.js');
      const { decodeHtmlBytes } = await import('../read/html-decode.js');
      if (values.jsonl) {
        if (positionals.length === 0) throw new UsageError('expected at least one FILE.html');
        let empty = 0;
        for (const file of positionals) {
          let buf: Buffer;
          try {
            buf = file === '-' ? await io.stdin() : await readFile(file);
          } catch (err) {
            empty++;
            io.stdout.write(`${jsonText({ path: file, error: `cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})` })}\n`);
            continue;
          }
          const h = extractHtml(decodeHtmlBytes(buf), { path: file });
          if (!h.text.trim()) empty++;
          io.stdout.write(`${jsonText({ path: file, ...h })}\n`);
        }
        return empty === 0 ? EXIT.ok : empty === positionals.length ? EXIT.failure : EXIT.skipped;
      }
      if (positionals.length !== 1) throw new UsageError(`expected exactly one FILE.html (or several with --jsonl), found ${positionals.length}`);
      let buf: Buffer;
      try {
        buf = positionals[0] === '-' ? await io.stdin() : await readFile(positionals[0]);
      } catch (err) {
        say(io, `chorus: ${positionals[0]}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
        return EXIT.failure;
      }
      const h = extractHtml(decodeHtmlBytes(buf), { path: positionals[0] });
      for (const w of h.warnings) say(io, `chorus: ${positionals[0]}: ${w.reason}`);
      if (values.json) io.stdout.write(`${jsonText(h, 2)}\n`);
      else io.stdout.write(stripControls(`${h.title ?? ''}\n\n${h.text}\n`)); // no terminal control from the page
      return h.text.trim() ? EXIT.ok : EXIT.failure;
    },
  },
  serve: {
    summary: 'the web page and JSON API over a stored set of articles and stories (SQLite or PostgreSQL)',
    usage: `chorus serve [--db FILE|postgres://...] [--port N] [--host H] [--token T]

  --db FILE    the SQLite database (default chorus.db) or a postgres:// URL; a new one starts with the example story
  --port N     default 8080 (0: any free port)
  --host H     default 127.0.0.1; any other address needs a token
  --token T    required on writes (POST, DELETE) as "Authorization: Bearer T" (default: $CHORUS_TOKEN)

The API is described at /openapi.json; the page is at /.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { db: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, token: { type: 'string' } });
      if (values.help) return help('serve', io);
      if (positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}"`);
      const portText = (values.port as string | undefined) ?? '8080';
      if (!/^\d+$/.test(portText) || Number(portText) > 65535) throw new UsageError(`--port expects a number from 0 to 65535, found "${portText}"`);
      const token = (values.token as string | undefined) ?? process.env.CHORUS_TOKEN ?? null;
      const { serve, LOOPBACK, applyServeHeapPolicy } = await import('../serve/index.js');
      const host = (values.host as string | undefined) ?? '127.0.0.1';
      if (!LOOPBACK.has(host) && !token) throw new UsageError(`--host ${host} is beyond loopback: writes need a token (--token T or CHORUS_TOKEN)`);
      applyServeHeapPolicy(); // this process is the service: its heap stays near its live size (SERVE_HEAP)
      const server = await serve({ db: (values.db as string | undefined) ?? 'chorus.db', port: Number(portText), host, token }, (line) => say(io, line));
      // Runs until stopped; SIGINT and SIGTERM close the server and the database cleanly.
      await new Promise<void>((resolve) => {
        const stop = () => void server.close().then(resolve);
        process.once('SIGINT', stop);
        process.once('SIGTERM', stop);
      });
      return EXIT.ok;
    },
  },
  worker: {
    summary: 'run ingest, clustering and brief jobs from a queue in the store; N workers share one PostgreSQL',
    usage: `chorus worker --db FILE|postgres://... [--concurrency N] [--until-idle] [--no-briefs] [--lease S]
chorus worker --db FILE|postgres://... --enqueue PATH... [--batch N]

  --db URL         the store: a postgres:// URL (workers on many machines share it) or a SQLite file
  --concurrency N  jobs run at once by this process (default 2)
  --until-idle     exit once no ingest, clustering or brief job is queued or running
  --no-briefs      run ingest and clustering only (no brief jobs are queued or run)
  --lease S        seconds a claimed job stays this worker's without a heartbeat (default 30); a killed
                   worker's jobs are taken again after it
  --enqueue PATH   queue the articles of PATH (files, folders, - for stdin) as ingest jobs and exit
  --batch N        with --enqueue: articles per ingest job (default 100); clustering takes each job's articles
                   as one batch, in job order, so the stories do not depend on which worker ran what

Prints a JSON line when it stops: jobs done by kind. See docs/scale.md.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, {
        db: { type: 'string' }, concurrency: { type: 'string' }, 'until-idle': { type: 'boolean' }, 'no-briefs': { type: 'boolean' },
        lease: { type: 'string' }, enqueue: { type: 'boolean' }, batch: { type: 'string' },
      });
      if (values.help) return help('worker', io);
      const db = values.db as string | undefined;
      if (!db) throw new UsageError('expected --db FILE or --db postgres://...');
      const enqueue = values.enqueue === true;
      if (enqueue && positionals.length === 0) throw new UsageError('--enqueue expects at least one PATH (a file, a folder, or - for standard input)');
      if (!enqueue && positionals.length) throw new UsageError(`unexpected argument "${positionals[0]}" (to queue articles, pass --enqueue)`);
      const count = (name: string): number | undefined => {
        const v = values[name] as string | undefined;
        if (v === undefined) return undefined;
        if (!/^\d+(\.\d+)?$/.test(v) || Number(v) <= 0) throw new UsageError(`--${name} expects a positive number, found "${v}"`);
        return Number(v);
      };
      const lease = count('lease');
      const { runWorkerCli } = await import('../worker/cli.js');
      return runWorkerCli(positionals, {
        db, enqueue, batch: count('batch'), concurrency: count('concurrency'), leaseMs: lease === undefined ? undefined : lease * 1000,
        untilIdle: values['until-idle'] === true, briefs: values['no-briefs'] !== true,
      }, io);
    },
  },
  facts: {
    summary: 'every date, place and name of each article, with spans, whether or not it made the brief',
    usage: `chorus facts PATH... [--json] [--each]

  PATH     files (.txt, .html, .json, .jsonl, NIST SGML), folders (read recursively), or - for stdin; read as one story
  --json   print the facts report as JSON: {"version": 1, "articles": [{id, published, dates, places, names}]},
           spans are string indices into each article's text as given: a .txt file's text, a JSON article's
           "text" field, an HTML page's extracted text (the "text" of \`chorus extract --json\`) (src/facts/contract.ts)
  --each   read each article as a story of its own (unrelated documents: no context across them)
${BUDGET_USAGE}

Prints Markdown, article by article, by default.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { json: { type: 'boolean' }, each: { type: 'boolean' }, ...BUDGET_OPTIONS });
      if (values.help) return help('facts', io);
      const budget = budgetOf(values);
      const r = await readOrFail(positionals, io);
      if (typeof r === 'number') return r;
      // Loaded here, not at the top: `chorus --help` and the other commands do not pay for the facts modules.
      const { factsOf } = await import('../facts/report/index.js');
      const read = r.warnings.length;
      const report = factsOf(r.articles, { each: values.each === true, budget, warnings: r.warnings });
      const overBudget = reportSince(r.warnings, read, io);
      if (values.json) io.stdout.write(`${jsonText(report, 2)}\n`);
      else {
        const { renderFactsMarkdown } = await import('../render/facts-markdown.js');
        io.stdout.write(renderFactsMarkdown(report));
      }
      return r.skipped > 0 || overBudget ? EXIT.skipped : EXIT.ok;
    },
  },
  cluster: {
    summary: 'sort a stream of articles into stories, online; --db keeps them for the next run',
    usage: `chorus cluster PATH... [--db FILE|postgres://...] [--json]

  PATH        files (.txt, .html, .json, .jsonl, NIST SGML), folders, or - for stdin; a JSON article with a
              title and an empty text (a headline) is valid here
  --db FILE   SQLite file or postgres:// URL: stores stories, memberships and the clustering state, so a
              later run with new articles continues the same stories (articles already stored keep their story)
  --json      one line per article, in input order: {"id", "story", "title", "published", "outlet"}

Articles are taken in time order (publication date, else a date in the lead). Prints a table of the stories
(size, first and last day, outlets, headline) by default.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { db: { type: 'string' }, json: { type: 'boolean' } });
      if (values.help) return help('cluster', io);
      if (positionals.length === 0) throw new UsageError('expected at least one PATH (a file, a folder, or - for standard input)');
      const { runClusterCli } = await import('../cluster/cli.js');
      return runClusterCli(positionals, { db: values.db as string | undefined, json: values.json === true }, io);
    },
  },
  eval: {
    summary: 'measurements: `chorus eval rouge ...` (ROUGE-1.5.5, faithfully)',
    usage: `chorus eval rouge --system DIR --references DIR [ROUGE-1.5.5 options] [--json]
chorus eval rouge [ROUGE-1.5.5 options] CONFIG.xml

  See \`chorus eval rouge --help\` for the options.`,
    async run(argv, io) {
      const [sub, ...rest] = argv;
      if (!sub || sub === '--help' || sub === '-h') return help('eval', io);
      if (sub === 'rouge') {
        const { runRougeCli } = await import('../eval/rouge/cli.js');
        return runRougeCli(rest, { stdout: io.stdout, stderr: io.stderr, cwd: io.cwd });
      }
      throw new UsageError(`unknown evaluation "${sub}": expected rouge`);
    },
  },
};

/** Summary sentences as lines: no terminal control characters from the text, whitespace folded. */
function summaryLines(groups: readonly { representative: { text: string } }[]): string[] {
  return groups.map((g) => stripControls(g.representative.text).replace(/\s+/g, ' ').trim());
}

/** A cluster's name as a file name: letters, digits, dot, dash and underscore kept, anything else `_`. */
function fileNameOf(cluster: string): string {
  const safe = cluster.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '_');
  return safe || '_';
}

/**
 * `summarize --each DIR`: the clusters of DIR (its folders, and its files: a file whose articles name clusters gives
 * one per name, any other file is one cluster named after it), each summarized in this one process, in name order.
 */
async function summarizeEach(dir: string, out: string | undefined, opts: { words: number; method: MethodName; budget: BudgetOptions }, io: Io): Promise<number> {
  let entries: string[];
  try {
    if (!(await stat(dir)).isDirectory()) throw new UsageError(`--each expects a folder of clusters, found a file: ${dir}`);
    entries = (await readdir(dir)).filter((e) => !e.startsWith('.')).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  } catch (err) {
    if (err instanceof UsageError) throw err;
    say(io, `chorus: ${dir}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`);
    return EXIT.failure;
  }
  const { readInputs } = await import('../read/index.js');
  const { summaryGroupsOf } = await import('../summary.js'); // the summary entry of ../pipeline.ts, without the facts stage
  if (out) await mkdir(out, { recursive: true });
  let skipped = 0;
  let done = 0;
  const written = new Set<string>();
  for (const entry of entries) {
    const path = join(dir, entry);
    const r = await readInputs([path]);
    report(r.warnings, io);
    skipped += r.skipped;
    const isDir = (await stat(path)).isDirectory();
    const fallback = isDir ? entry : basename(entry, extname(entry));
    // Articles that name their cluster (cluster-per-line JSON) are grouped by it; the others make up the entry's own.
    const clusters = new Map<string, Article[]>();
    for (const a of r.articles) {
      const name = !isDir && a.cluster ? a.cluster : fallback;
      const list = clusters.get(name);
      if (list) list.push(a);
      else clusters.set(name, [a]);
    }
    for (const [name, articles] of clusters) {
      const budgetWarnings: Warning[] = [];
      const lines = summaryLines(summaryGroupsOf(articles, { ...opts, warnings: budgetWarnings }));
      report(budgetWarnings, io);
      skipped += budgetWarnings.length;
      done++;
      if (!out) {
        io.stdout.write(`${jsonText({ cluster: name, sentences: lines })}\n`);
        continue;
      }
      const file = fileNameOf(name);
      if (written.has(file)) {
        say(io, `chorus: ${path}: cluster "${name}" has the same file name as an earlier one (${file}.txt) (skipped)`);
        skipped++;
        continue;
      }
      written.add(file);
      await writeFile(join(out, `${file}.txt`), lines.map((l) => `${l}\n`).join(''));
    }
  }
  if (done === 0) {
    say(io, `chorus: no readable cluster in ${dir}`);
    return EXIT.failure;
  }
  if (out) say(io, `chorus: wrote ${written.size} summaries to ${out}`);
  return skipped > 0 ? EXIT.skipped : EXIT.ok;
}

function help(name: string | null, io: Io): number {
  if (name && COMMANDS[name]) {
    io.stdout.write(`${COMMANDS[name].usage}\n`);
    return EXIT.ok;
  }
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(10)} ${c.summary}`);
  io.stdout.write(`chorus: a cited, extractive brief of a cluster of news articles, offline.

Usage: chorus <command> [options]

Commands:
${lines.join('\n')}

Run \`chorus <command> --help\` for a command's options.
Exit codes: 0 ok, 1 failure, 2 bad usage, 3 done but some input skipped.
`);
  return EXIT.ok;
}

/** A reader that closed the pipe (`chorus brief --json | head`) has what it wanted: end quietly, no stack. */
function quietOnBrokenPipe(stream: NodeJS.WritableStream): void {
  stream.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code === 'EPIPE') process.exit(EXIT.ok);
    process.stderr.write(`chorus: cannot write the output: ${err.code ?? err.message}\n`);
    process.exit(EXIT.failure);
  });
}

const processIo = (): Io => {
  quietOnBrokenPipe(process.stdout);
  quietOnBrokenPipe(process.stderr);
  return { stdout: process.stdout, stderr: process.stderr, stdin: readStdin, cwd: process.cwd() };
};

export async function main(argv: string[], io: Io = processIo()): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(rest[0] ?? null, io);
  if (name === '--version') {
    io.stdout.write('chorus 0.1.0\n');
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    say(io, `chorus: unknown command "${name}": expected one of ${Object.keys(COMMANDS).join(', ')}`);
    return EXIT.usage;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError) {
      say(io, `chorus ${name}: ${err.message}`);
      io.stderr.write(`Run \`chorus ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
