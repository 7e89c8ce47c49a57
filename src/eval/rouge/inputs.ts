/**
 * Reading ROUGE inputs from disk: summary files in the Perl's formats (SEE html, SPL one
 * sentence per line, ISI <S> lines), ROUGE XML configuration files, the -z file lists, and
 * Chorus's folder layout (--system DIR --references DIR).
 */
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { ROUGE } from './constants.js';
import type { RougeSummary, RougeTopic } from './types.js';

export type InputFormat = 'SEE' | 'SPL' | 'ISI';

/** The sentences of a summary text, as the Perl's readText extracts them (Perl byte string). */
export function sentencesOf(text: string, format: InputFormat): string[] {
  const out: string[] = [];
  const lines = text.split(/(?<=\n)/); // Perl lines keep their newline
  for (const line of lines) {
    if (format === 'SPL') {
      const l = line.endsWith('\n') ? line.slice(0, -1) : line; // chomp
      if (l.length > 0) out.push(l);
    } else if (format === 'SEE') {
      for (const re of ROUGE.seeLine) {
        const m = re.exec(line);
        if (m) {
          out.push(m[2]);
          break;
        }
      }
    } else {
      const m = ROUGE.isiLine.exec(line);
      if (m) out.push(m[1]);
    }
  }
  return out;
}

export function parseFormat(s: string, where: string): InputFormat {
  const f = s.toUpperCase();
  if (f === 'SEE' || f === 'SPL' || f === 'ISI') return f;
  throw new Error(`${where}: expected input format SEE, SPL or ISI, found "${s}"`);
}

/** Reads files once per path (a model is often shared by several peers). */
export class SummaryReader {
  private cache = new Map<string, string[]>();

  read(file: string, format: InputFormat, id: string): RougeSummary {
    const key = `${format}\u0000${file}`;
    let sentences = this.cache.get(key);
    if (!sentences) {
      if (!existsSync(file)) throw new Error(`Cannot find summary: expected a file at ${file}, found nothing`);
      sentences = sentencesOf(readFileSync(file, 'latin1'), format);
      this.cache.set(key, sentences);
    }
    return { id, sentences, bytes: true };
  }
}

function decodeXml(s: string): string {
  return s
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function attr(attrs: string, name: string): string | undefined {
  const m = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i').exec(attrs);
  return m ? decodeXml(m[1] ?? m[2]) : undefined;
}

function trimText(s: string): string {
  return decodeXml(s).replace(/^[\n\s]+/, '').replace(/[\n\s]+$/, '');
}

/**
 * A ROUGE XML configuration (<EVAL ID><PEER-ROOT><MODEL-ROOT><INPUT-FORMAT TYPE><PEERS><P ID>
 * <MODELS><M ID>), roots resolved against cwd as the Perl does.
 */
export function readXmlConfig(xml: string, cwd: string, reader = new SummaryReader()): RougeTopic[] {
  const topics = new Map<string, RougeTopic>();
  const evalRe = /<EVAL\b([^>]*)>([\s\S]*?)<\/EVAL\s*>/gi;
  let m: RegExpExecArray | null;
  while ((m = evalRe.exec(xml))) {
    const id = attr(m[1], 'ID');
    if (id === undefined) throw new Error('ROUGE config: expected an ID attribute on <EVAL>, found none');
    const body = m[2];
    const peerRoot = /<PEER-ROOT\b[^>]*>([\s\S]*?)<\/PEER-ROOT\s*>/i.exec(body);
    const modelRoot = /<MODEL-ROOT\b[^>]*>([\s\S]*?)<\/MODEL-ROOT\s*>/i.exec(body);
    const fmt = /<INPUT-FORMAT\b([^>]*)>/i.exec(body);
    const type = fmt ? attr(fmt[1], 'TYPE') : undefined;
    if (!type) throw new Error(`ROUGE config: expected <INPUT-FORMAT TYPE="..."> in EVAL ${id}, found none`);
    const format = parseFormat(type, `ROUGE config EVAL ${id}`);
    const pr = peerRoot ? trimText(peerRoot[1]) : '';
    const mr = modelRoot ? trimText(modelRoot[1]) : '';
    const topic = topics.get(id) ?? { id, peers: [], models: [] };
    topics.set(id, topic);
    const pRe = /<P\b([^>]*)>([\s\S]*?)<\/P\s*>/gi;
    let p: RegExpExecArray | null;
    while ((p = pRe.exec(body))) {
      const pid = attr(p[1], 'ID') ?? '';
      topic.peers.push(reader.read(path.resolve(cwd, `${pr}/${trimText(p[2])}`), format, pid));
    }
    const mRe = /<M\b([^>]*)>([\s\S]*?)<\/M\s*>/gi;
    while ((p = mRe.exec(body))) {
      const mid = attr(p[1], 'ID') ?? '';
      const file = path.resolve(cwd, `${mr}/${trimText(p[2])}`);
      if (!existsSync(file)) throw new Error(`Cannot find model summary: expected a file at ${file}, found nothing`);
      topic.models.push(reader.read(file, format, mid));
    }
  }
  if (topics.size === 0) throw new Error('ROUGE config: expected at least one <EVAL> element, found none');
  return [...topics.values()];
}

/** The -z file list: "peer model1 model2 ..." per line; evaluations numbered from 1. */
export function readFileList(text: string, format: InputFormat, systemId: string, cwd: string): RougeTopic[] {
  const reader = new SummaryReader();
  const topics: RougeTopic[] = [];
  for (const raw of text.split('\n')) {
    if (/^#/.test(raw) || /^\s*$/.test(raw)) continue;
    const files = raw.trim().split(/\s+/);
    if (files.length < 2) {
      throw new Error(`ROUGE file list: expected "peer model1 ... modelN" per line, found "${raw.trim()}"`);
    }
    const id = String(topics.length + 1);
    topics.push({
      id,
      peers: [reader.read(path.resolve(cwd, files[0]), format, systemId)],
      models: files.slice(1).map((f, i) => reader.read(path.resolve(cwd, f), format, `M.${i + 1}`)),
    });
  }
  return topics;
}

function listFiles(dir: string): string[] {
  return readdirSync(dir)
    .filter((f) => !f.startsWith('.') && statSync(path.join(dir, f)).isFile())
    .sort();
}

/**
 * Chorus's folder layout, one sentence per line (SPL): references are <topic>.<anything>
 * (the part after the first dot is the model id); a system file is <topic> or <topic>.<ext>
 * (the extension is dropped when no reference carries the full name). The system id is "1".
 */
export function readFolders(systemDir: string, referenceDir: string, systemId = '1'): { topics: RougeTopic[]; warnings: string[] } {
  const reader = new SummaryReader();
  const refs = new Map<string, string[]>();
  for (const f of listFiles(referenceDir)) {
    const dot = f.indexOf('.');
    if (dot <= 0) continue;
    const topic = f.slice(0, dot);
    (refs.get(topic) ?? refs.set(topic, []).get(topic)!).push(f);
  }
  const warnings: string[] = [];
  const topics: RougeTopic[] = [];
  const seen = new Set<string>();
  for (const f of listFiles(systemDir)) {
    let topic = f;
    if (!refs.has(topic) && f.includes('.')) topic = f.slice(0, f.lastIndexOf('.'));
    if (!refs.has(topic)) {
      throw new Error(`No references for system file ${path.join(systemDir, f)}: expected ${referenceDir}/${topic}.<id>, found none`);
    }
    if (seen.has(topic)) throw new Error(`Two system files for topic ${topic} in ${systemDir}: expected one`);
    seen.add(topic);
    topics.push({
      id: topic,
      peers: [reader.read(path.join(systemDir, f), 'SPL', systemId)],
      models: refs.get(topic)!.map((r) => reader.read(path.join(referenceDir, r), 'SPL', r.slice(topic.length + 1))),
    });
  }
  for (const topic of [...refs.keys()].sort()) {
    if (!seen.has(topic)) {
      warnings.push(`*ROUGE Warning: test instance for peer ${systemId} does not exist for evaluation ${topic}`);
    }
  }
  if (topics.length === 0) throw new Error(`No system summaries: expected files in ${systemDir}, found none`);
  return { topics, warnings };
}
