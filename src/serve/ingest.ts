// Uploaded bytes to articles, through the same readers as the command: each upload is written to a private
// temporary folder under its own (sanitized) name, so the format is chosen by extension and content as for a
// file on disk, then read with readInputs. Paths in the articles name the upload, not the temporary file.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { readInputs } from '../read/index.js';
import type { Article, Warning } from '../types.js';

export interface Upload {
  /** The name the client gave (a file name, or `body.json` for a request body). */
  name: string;
  bytes: Buffer;
}

export interface Ingested {
  articles: Article[];
  warnings: Warning[];
}

export const UPLOAD_EXTENSIONS: ReadonlySet<string> = new Set(['.txt', '.html', '.htm', '.json', '.jsonl']);

/** A client's file name as a safe local one: letters, digits, dot, dash, underscore; the extension kept. */
export function safeName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  return base.replace(/[^A-Za-z0-9._-]/g, '_').replace(/^\.+/, '').slice(-100) || 'upload';
}

export async function readUploads(uploads: readonly Upload[]): Promise<Ingested> {
  const dir = await mkdtemp(join(tmpdir(), 'chorus-upload-'));
  try {
    const local = new Map<string, string>();
    const paths: string[] = [];
    for (const [i, u] of uploads.entries()) {
      // One folder per upload, so two uploads of one name stay apart and the reader sees the client's name.
      await mkdir(join(dir, String(i)));
      const path = join(dir, String(i), safeName(u.name));
      await writeFile(path, u.bytes);
      local.set(path, u.name);
      paths.push(path);
    }
    const r = await readInputs(paths);
    // Paths as the client named them ("upload.jsonl:3"), never the temporary folder's.
    const rename = (p: string): string => {
      for (const [path, name] of local) if (p === path || p.startsWith(`${path}:`) || p.startsWith(`${path} `)) return `${name}${p.slice(path.length)}`;
      return p.startsWith(dir) ? p.slice(dir.length + 1) : p;
    };
    const articles = r.articles.map((a) => ({ ...a, path: rename(a.path) }));
    const warnings = r.warnings.map((w) => (w.file ? { ...w, file: rename(w.file) } : w));
    return { articles, warnings };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export function isUploadName(name: string): boolean {
  return UPLOAD_EXTENSIONS.has(extname(name).toLowerCase());
}
