// The hostile-input corpus of issue 12: inputs a web service will be sent sooner or later (runs of one character,
// huge tokens, deep markup, unclosed SGML, run-on sentences of dates and figures, tens of thousands of articles,
// control characters in ids and names, special files, odd encodings). Every case is generated here, so the
// corpus is in the repo as code, not as megabytes of fixtures; bench/hostile.bench.ts runs each through the CLI.
//   node --import tsx scripts/hostile-corpus.ts [OUT-DIR]      (default: $TMPDIR/chorus-hostile)
// Text is made from a seeded generator of made-up words, so the corpus is the same on every machine and names no
// string of any data set.
import { mkdirSync, writeFileSync, rmSync, symlinkSync, existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join, resolve } from 'node:path';
import { tmpdir } from 'node:os';
import { fileURLToPath } from 'node:url';
import { mulberry32 as rng } from './random.js';

export interface HostileCase {
  /** Short name, used in the benchmark table. */
  name: string;
  /** Arguments to `chorus` (paths are inside the corpus folder). */
  args: string[];
  /** Bytes fed to standard input, made lazily (large). */
  stdin?: { bytes: number; chunk: () => Buffer };
  /** Environment added to the run (locale, time zone). */
  env?: Record<string, string>;
  /** Shell pipeline to run instead of args (for `| head -c 10`, `<(...)`): `CHORUS` stands for the command. */
  shell?: string;
  /** Exit codes the case may end with. */
  exits: number[];
}


const SYLLABLES = ['ka', 'lo', 'min', 'tor', 'sa', 've', 'dun', 'ri', 'pel', 'ma', 'nor', 'ti', 'gre', 'bo', 'lan', 'se'];

function word(r: () => number, cap = false): string {
  const n = 1 + Math.floor(r() * 3);
  let w = '';
  for (let i = 0; i < n; i++) w += SYLLABLES[Math.floor(r() * SYLLABLES.length)];
  return cap ? w[0].toUpperCase() + w.slice(1) : w;
}

/** A made-up news sentence: a capitalised subject, a verb-like word, figures and a weekday now and then. */
export function sentence(r: () => number): string {
  const words = [word(r, true), word(r, true)];
  const n = 8 + Math.floor(r() * 14);
  for (let i = 0; i < n; i++) {
    const x = r();
    if (x < 0.08) words.push(String(Math.floor(r() * 900) + 2));
    else if (x < 0.12) words.push('on Tuesday');
    else if (x < 0.2) words.push(word(r, true));
    else words.push(word(r));
  }
  return `${words.join(' ')}.`;
}

export function article(r: () => number, paragraphs = 6): string {
  const ps: string[] = [];
  for (let p = 0; p < paragraphs; p++) {
    const ss: string[] = [];
    for (let s = 0; s < 2 + Math.floor(r() * 3); s++) ss.push(sentence(r));
    ps.push(ss.join(' '));
  }
  return ps.join('\n\n');
}

const nested = (depth: number) => `<!doctype html><html><head><title>Deep</title></head><body>${'<div>'.repeat(depth)}<p>${'Text in the deepest box of the page. '.repeat(3)}</p>${'</div>'.repeat(depth)}</body></html>\n`;

function sgmlUnclosed(bytes: number, r: () => number): string {
  let body = '';
  while (body.length < bytes) body += `<P>\n${article(r, 1)}\n</P>\n`;
  // <TEXT> is never closed, nor is <DOC>: the reader must read to the end and say so.
  return `<DOC>\n<DOCNO> XYZ20000101.0001 </DOCNO>\n<DATE_TIME> 01/01/2000 10:00:00 </DATE_TIME>\n<HEADLINE> An unclosed document </HEADLINE>\n<TEXT>\n${body}`;
}

function runOn(kind: 'dates' | 'figures', bytes: number, r: () => number): string {
  const months = ['January', 'March', 'May', 'July', 'October', 'December'];
  const parts: string[] = ['Title of a run-on story', '', 'The council said'];
  let n = 0;
  while (n < bytes) {
    const s = kind === 'dates'
      ? `on ${months[Math.floor(r() * months.length)]} ${1 + Math.floor(r() * 28)}, ${1990 + Math.floor(r() * 30)} and`
      : `${Math.floor(r() * 9000) + 10} people, ${Math.floor(r() * 90) + 2} percent and $${Math.floor(r() * 900) + 1} million and`;
    parts[2] += ` ${s}`;
    n += s.length + 1;
  }
  parts[2] += ' then it ended.';
  return `${parts.join('\n')}\n`;
}

function jsonl(n: number, r: () => number): string {
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: `a${i}`, title: sentence(r).slice(0, 60), source: `Outlet ${i % 97}`, date: '2020-05-04', text: article(r, 4) }));
  }
  return `${lines.join('\n')}\n`;
}

/** Names any gazetteer knows: in a run of capitals each is looked up as a place (the facts stage's worst case). */
const PLACE_NAMES = ['Paris', 'London', 'Texas', 'Berlin', 'Moscow', 'Cairo', 'Lagos', 'Lima', 'Quito', 'Oslo', 'Rome', 'Delhi', 'Tokyo', 'Sydney', 'Boston', 'Georgia'];

/** `n` articles, each 30 sentences of 20 capitalised words, place names and made-up words mixed. */
function capitalSoups(n: number, r: () => number): string {
  const cap = () => (r() < 0.5 ? PLACE_NAMES[Math.floor(r() * PLACE_NAMES.length)] : word(r, true));
  const sentenceOf = () => `${Array.from({ length: 20 }, cap).join(' ')}.`;
  const lines: string[] = [];
  for (let i = 0; i < n; i++) {
    lines.push(JSON.stringify({ id: `c${i}`, title: Array.from({ length: 6 }, cap).join(' '), source: `Outlet ${i % 50}`, date: '2020-01-02', text: Array.from({ length: 30 }, sentenceOf).join(' ') }));
  }
  return `${lines.join('\n')}\n`;
}

const TXT_HEAD = 'A story with a very long token\n\n';

/** Write the corpus into `dir` and return the cases. */
export function makeCorpus(dir: string): HostileCase[] {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const r = rng(12);
  const p = (name: string) => join(dir, name);
  const w = (name: string, data: string | Buffer) => {
    writeFileSync(p(name), data);
    return p(name);
  };
  const ok = [0, 1, 3];
  const cases: HostileCase[] = [];
  const add = (name: string, args: string[], extra: Partial<HostileCase> = {}) => cases.push({ name, args, exits: ok, ...extra });

  for (const d of [1000, 2500, 100_000]) add(`html: ${d} nested divs`, ['brief', w(`nested-${d}.html`, nested(d))]);
  add('sgml: unclosed <TEXT>, 1.9 MB', ['brief', w('unclosed-2mb', sgmlUnclosed(1_900_000, r))]);
  add('sgml: unclosed <TEXT>, 8 MB', ['brief', w('unclosed-8mb', sgmlUnclosed(8_000_000, r))]);
  {
    // Many documents, none closed: every field search must start from its own opening, not rescan the rest.
    const docs: string[] = [];
    for (let n = 0, size = 0; size < 8_000_000; n++) {
      const d = `<DOC>\n<DOCNO> XYZ20000101.${n} </DOCNO>\n<HEADLINE> ${sentence(r)}\n<TEXT>\n${sentence(r)} ${sentence(r)}\n`;
      docs.push(d);
      size += d.length;
    }
    add('sgml: 8 MB of documents, no tag closed', ['brief', w('unclosed-many', docs.join(''))]);
  }
  const body = article(r, 3);
  add('txt: 300,000 spaces', ['brief', w('spaces.txt', `${TXT_HEAD}${body}\n\nSo ${' '.repeat(300_000)} it goes.\n`)]);
  add('txt: 1,000,000 hyphens', ['brief', w('hyphens.txt', `${TXT_HEAD}${body}\n\n${'-'.repeat(1_000_000)}\n`)]);
  add('txt: 400,000-character URL', ['brief', w('url.txt', `${TXT_HEAD}${body} See https://example.org/${'a/b?c=d&'.repeat(50_000)} for more.\n`)]);
  add('txt: 100 KB word', ['brief', w('word.txt', `${TXT_HEAD}${body} ${'x'.repeat(100_000)} ends.\n`)]);
  add('txt: 100 KB e-mail-like word', ['brief', w('email.txt', `${TXT_HEAD}${body} ${'a.'.repeat(50_000)}@b.c ends.\n`)]);
  add('txt: 1 MB of "Dr." (abbreviations)', ['brief', w('abbr.txt', `${TXT_HEAD}${'Dr.'.repeat(330_000)}\n`)]);
  {
    let page = '<!doctype html><html><head><title>One line</title></head><body><article>';
    while (page.length < 10_000_000) page += `<p>${sentence(r)} ${sentence(r)}</p>`;
    add('html: 10 MB one-line page', ['brief', w('oneline.html', `${page}</article></body></html>`)]);
    let text = 'One line\n\n';
    while (text.length < 10_000_000) text += `${sentence(r)} `;
    add('txt: 10 MB one-line text', ['brief', w('oneline.txt', text)]);
  }
  add('txt: run-on dates, 200 KB', ['brief', w('dates-200k.txt', runOn('dates', 200_000, r))]);
  add('txt: run-on dates, 1 MB', ['brief', w('dates-1m.txt', runOn('dates', 1_000_000, r))]);
  add('txt: run-on figures, 200 KB', ['brief', w('figures-200k.txt', runOn('figures', 200_000, r))]);
  add('txt: run-on figures, 1 MB', ['brief', w('figures-1m.txt', runOn('figures', 1_000_000, r))]);
  {
    let soup = 'Capitals\n\n';
    while (soup.length < 1_000_000) soup += `${word(r, true)} `;
    add('txt: 1 MB soup of capitalised words', ['brief', w('capitals.txt', `${soup}.\n`)]);
  }
  for (const n of [2_000, 10_000, 20_000, 50_000]) add(`jsonl: ${n} articles`, ['brief', w(`articles-${n}.jsonl`, jsonl(n, r))]);
  add('jsonl: 2,000 articles of capitalised place names and words', ['brief', w('capitals-2000.jsonl', capitalSoups(2_000, r))]);
  // The time budget (src/budget.ts): a 100,000-character article past a 50 ms budget is left out, the others briefed.
  {
    mkdirSync(p('budget'));
    writeFileSync(join(dir, 'budget', 'long.txt'), `Long\n\n${Array.from({ length: 800 }, () => article(r, 1)).join('\n\n')}`.slice(0, 100_000));
    writeFileSync(join(dir, 'budget', 'stories.jsonl'), jsonl(20, r));
    add('time budget: a 100,000-character article past --budget-ms 50', ['brief', '--budget-ms', '50', p('budget')], { exits: [3] });
  }
  const one = article(r, 3);
  const chunkOf = (text: string) => () => Buffer.from(`${text}\n`);
  add('stdin: 300 MB', ['brief', '-'], { stdin: { bytes: 300 * 1024 * 1024, chunk: chunkOf(one) } });
  // Ids with terminal controls: file names, JSON ids, DOCNOs.
  {
    const esc = '\u001b';
    mkdirSync(p('controls'));
    writeFileSync(join(dir, 'controls', `clear${esc}[2J${esc}]0;title\u0007\nchorus: forged.txt`), `Title\n\n${one}\n`);
    writeFileSync(join(dir, 'controls', 'ids.jsonl'), [
      JSON.stringify({ id: `${esc}[2J${esc}]8;;http://x${esc}\\link${esc}]8;;${esc}\\`, title: `${esc}]0;owned\u0007`, source: `<script>alert(1)</script>${esc}[31m`, text: one }),
      JSON.stringify({ id: 'two\nchorus: forged line', text: one }),
      `{"id": "${esc}[2J", broken`,
    ].join('\n'));
    writeFileSync(join(dir, 'controls', 'docs.sgml'), `<DOC>\n<DOCNO> ${esc}[2J\u0007 </DOCNO>\n<TEXT>\n${one}\n</TEXT>\n</DOC>\n`);
    add('ids with ESC, OSC, newlines, <script>', ['brief', p('controls')]);
  }
  add('locale da_DK.UTF-8', ['brief', w('locale.jsonl', jsonl(30, r))], { env: { LC_ALL: 'da_DK.UTF-8', LANG: 'da_DK.UTF-8', TZ: 'Pacific/Kiritimati' } });
  add('locale C', ['brief', p('locale.jsonl')], { env: { LC_ALL: 'C', LANG: 'C', TZ: 'America/Adak' } });
  // Special files.
  try {
    execFileSync('mkfifo', [p('fifo')]);
    mkdirSync(p('with-fifo'));
    writeFileSync(join(dir, 'with-fifo', 'a.txt'), `Title\n\n${one}\n`);
    execFileSync('mkfifo', [join(dir, 'with-fifo', 'b.txt')]);
    add('a FIFO as PATH', ['brief', p('fifo')]);
    add('a FIFO in a folder', ['brief', p('with-fifo')]);
  } catch {
    /* no mkfifo: the cases are left out */
  }
  add('/dev/zero as PATH', ['brief', '/dev/zero']);
  add('process substitution <(...)', [], { shell: `CHORUS brief <(cat ${JSON.stringify(join(dir, 'with-fifo', 'a.txt'))})` });
  mkdirSync(p('linked'));
  writeFileSync(join(dir, 'linked', 'x.txt'), `Title\n\n${one}\n`);
  mkdirSync(p('with-link'));
  writeFileSync(join(dir, 'with-link', 'y.txt'), `Title two\n\n${article(r, 2)}\n`);
  symlinkSync(p('linked'), join(dir, 'with-link', 'sub'));
  symlinkSync(p('with-link'), join(dir, 'with-link', 'loop'));
  add('a symlinked subfolder (and a loop)', ['brief', p('with-link')]);
  add('--json piped into head -c 10', [], { shell: `CHORUS brief --json ${JSON.stringify(p('locale.jsonl'))} | head -c 10 >/dev/null`, exits: [0] });
  add('--html into a missing folder', ['brief', '--html', p('no/such/folder/out.html'), p('locale.jsonl')], { exits: [1] });
  // Encodings.
  add('UTF-16 LE with BOM', ['brief', w('utf16le.txt', Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(`Title\n\n${one}\n`, 'utf16le')]))]);
  {
    const le = Buffer.from(`Title\n\n${one}\n`, 'utf16le');
    const be = Buffer.alloc(le.length);
    for (let i = 0; i + 1 < le.length; i += 2) [be[i], be[i + 1]] = [le[i + 1], le[i]];
    add('UTF-16 BE with BOM', ['brief', w('utf16be.txt', Buffer.concat([Buffer.from([0xfe, 0xff]), be]))]);
  }
  // Windows-1252 bytes: curly quotes 0x93/0x94, en dash 0x96, and Latin-1 letters.
  const cp1252 = (t: string) => Buffer.from(t.replace(/[\u201c\u201d\u2013]/g, (c) => String.fromCharCode({ '\u201c': 0x93, '\u201d': 0x94, '\u2013': 0x96 }[c] ?? 0x3f)), 'latin1');
  add('Windows-1252 text', ['brief', w('cp1252.txt', cp1252(`Title\n\n${one.replace(/ on /g, ' \u201con\u201d ')} caf\u00e9 \u2013 na\u00efve.\n`))]);
  add('JSON nested 100,000 deep', ['brief', w('deep.json', `${'['.repeat(100_000)}${']'.repeat(100_000)}`)]);
  add('NUL byte after 64 KiB', ['brief', w('nul.txt', `Title\n\n${article(r, 400).slice(0, 70_000)}\u0000 tail.\n`)]);
  return cases;
}

export function corpusDir(): string {
  return process.env.CHORUS_HOSTILE ?? join(tmpdir(), 'chorus-hostile');
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const dir = resolve(process.argv[2] ?? corpusDir());
  const cases = makeCorpus(dir);
  process.stdout.write(`${cases.length} hostile cases written to ${dir}${existsSync(dir) ? '' : ' (missing!)'}\n`);
}
