// The `chorus` command: a table of subcommands, each with its own help. Exit codes: 0 ok, 1 failure,
// 2 bad usage, 3 done but some input skipped.
import { parseArgs, type ParseArgsConfig } from 'node:util';
import { writeFile, readFile } from 'node:fs/promises';
import { readInputs, type ReadResult } from '../read/index.js';
import { buildStory, selectGroups, UnknownMethodError } from '../pipeline.js';
import { buildBrief } from '../brief.js';
import { renderMarkdown } from '../render/markdown.js';
import { renderHtml } from '../render/html.js';
import { extractHtml } from '../read/html.js';
import { decodeHtmlBytes } from '../read/html-decode.js';
import { METHODS, DEFAULT_METHOD } from '../summarize/index.js';
import type { Warning } from '../types.js';

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

function method(value: string | undefined): string {
  const m = value ?? DEFAULT_METHOD;
  if (!METHODS[m]) throw new UsageError(`--method expects one of ${Object.keys(METHODS).join(', ')}, found "${m}"`);
  return m;
}

async function readStdin(): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const c of process.stdin) chunks.push(c as Buffer);
  return Buffer.concat(chunks);
}

/** One stderr line per skipped input; the exit code that says whether anything was skipped. */
function report(warnings: Warning[], io: Io): void {
  for (const w of warnings) io.stderr.write(`chorus: ${w.file ?? w.article ?? 'input'}: ${w.reason}${w.skipped ? ' (skipped)' : ''}\n`);
}

async function readOrFail(paths: string[], io: Io): Promise<ReadResult | number> {
  if (paths.length === 0) throw new UsageError('expected at least one PATH (a file, a folder, or - for standard input)');
  const r = await readInputs(paths, { stdin: io.stdin });
  report(r.warnings, io);
  if (r.articles.length === 0) {
    io.stderr.write('chorus: no readable article in the input\n');
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
  --method M      summarization method: ${Object.keys(METHODS).join(', ')} (default ${DEFAULT_METHOD})

Prints Markdown to the terminal by default.`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, {
        json: { type: 'boolean' }, html: { type: 'string' }, words: { type: 'string' }, 'digest-words': { type: 'string' }, method: { type: 'string' },
      });
      if (values.help) return help('brief', io);
      if (values.json && values.html) throw new UsageError('--json and --html are exclusive: choose one output');
      const words = positiveInt('words', values.words as string | undefined, 100);
      const digestWords = positiveInt('digest-words', values['digest-words'] as string | undefined, 250);
      const m = method(values.method as string | undefined);
      const r = await readOrFail(positionals, io);
      if (typeof r === 'number') return r;
      const brief = buildBrief(buildStory(r.articles, r.warnings), { words, digestWords, method: m });
      if (values.json) io.stdout.write(`${JSON.stringify(brief, null, 2)}\n`);
      else if (values.html) {
        await writeFile(values.html as string, renderHtml(brief));
        io.stderr.write(`chorus: wrote ${values.html}\n`);
      } else io.stdout.write(renderMarkdown(brief));
      return r.skipped > 0 ? EXIT.skipped : EXIT.ok;
    },
  },
  summarize: {
    summary: 'only the summary, one sentence per line (for scripts and evaluation)',
    usage: `chorus summarize PATH... [--words N] [--method M]

  --words N    budget in words, counted as ROUGE counts them (whitespace-separated); default 100
  --method M   ${Object.keys(METHODS).join(', ')} (default ${DEFAULT_METHOD})`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { words: { type: 'string' }, method: { type: 'string' } });
      if (values.help) return help('summarize', io);
      const words = positiveInt('words', values.words as string | undefined, 100);
      const m = method(values.method as string | undefined);
      const r = await readOrFail(positionals, io);
      if (typeof r === 'number') return r;
      const groups = selectGroups(buildStory(r.articles, r.warnings), words, m);
      io.stdout.write(groups.map((g) => `${g.representative.text.replace(/\s+/g, ' ').trim()}\n`).join(''));
      return r.skipped > 0 ? EXIT.skipped : EXIT.ok;
    },
  },
  extract: {
    summary: 'the article text and metadata the pipeline would use, for one HTML page',
    usage: `chorus extract FILE.html [--json]

  Prints the title, a blank line, then the article text (paragraphs separated by blank lines).
  --json   print {title, text, outlet, author, published, url, lang, warnings} instead`,
    async run(argv, io) {
      const { values, positionals } = parse(argv, { json: { type: 'boolean' } });
      if (values.help) return help('extract', io);
      if (positionals.length !== 1) throw new UsageError(`expected exactly one FILE.html, found ${positionals.length}`);
      let buf: Buffer;
      try {
        buf = positionals[0] === '-' ? await io.stdin() : await readFile(positionals[0]);
      } catch (err) {
        io.stderr.write(`chorus: ${positionals[0]}: cannot read (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})\n`);
        return EXIT.failure;
      }
      const h = extractHtml(decodeHtmlBytes(buf), { path: positionals[0] });
      for (const w of h.warnings) io.stderr.write(`chorus: ${positionals[0]}: ${w}\n`);
      if (values.json) io.stdout.write(`${JSON.stringify(h, null, 2)}\n`);
      else io.stdout.write(`${h.title ?? ''}\n\n${h.text}\n`);
      return h.text.trim() ? EXIT.ok : EXIT.failure;
    },
  },
  cluster: {
    summary: 'sort a stream of articles into stories, online; --db keeps them for the next run',
    usage: `chorus cluster PATH... [--db FILE] [--json]

  PATH        files (.txt, .html, .json, .jsonl, NIST SGML), folders, or - for stdin; a JSON article with a
              title and an empty text (a headline) is valid here
  --db FILE   SQLite file: stores stories, memberships and the clustering state, so a later run with new
              articles continues the same stories (articles already stored keep their story)
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

export async function main(argv: string[], io: Io = { stdout: process.stdout, stderr: process.stderr, stdin: readStdin, cwd: process.cwd() }): Promise<number> {
  const [name, ...rest] = argv;
  if (!name || name === '--help' || name === '-h' || name === 'help') return help(rest[0] ?? null, io);
  if (name === '--version') {
    io.stdout.write('chorus 0.1.0\n');
    return EXIT.ok;
  }
  const cmd = COMMANDS[name];
  if (!cmd) {
    io.stderr.write(`chorus: unknown command "${name}": expected one of ${Object.keys(COMMANDS).join(', ')}\n`);
    return EXIT.usage;
  }
  try {
    return await cmd.run(rest, io);
  } catch (err) {
    if (err instanceof UsageError || err instanceof UnknownMethodError) {
      io.stderr.write(`chorus ${name}: ${err.message}\nRun \`chorus ${name} --help\` for usage.\n`);
      return EXIT.usage;
    }
    throw err;
  }
}
