// The file-system side of reading: which paths are sources, and their bytes, bounded. A path is stat'ed before it
// is opened, so a named pipe, a socket or a device is refused with its reason and never waited on; a pipe the
// shell hands over (`<(...)`, /dev/fd/N) and standard input are read as streams with the size cap and refused
// past it; folders are walked with symlinked subfolders followed once (a loop is named, not followed).
import { createReadStream, type Stats } from 'node:fs';
import { readdir, realpath, stat, open } from 'node:fs/promises';
import { join } from 'node:path';
import type { Warning } from '../types.js';
import { READ_LIMITS } from './limits.js';

export type Bytes = { ok: true; bytes: Buffer } | { ok: false; warning: Warning };

/** What kind of special file a stat says, or null for a regular file or folder. */
export function specialKind(st: Stats): string | null {
  if (st.isFIFO()) return 'a named pipe (FIFO)';
  if (st.isSocket()) return 'a socket';
  if (st.isCharacterDevice()) return 'a character device';
  if (st.isBlockDevice()) return 'a block device';
  return null;
}

/** A pipe the shell opened for us: process substitution `<(...)` names it /dev/fd/N. */
function isShellPipe(path: string): boolean {
  return /^\/(?:dev|proc\/self)\/fd\/\d+$/.test(path);
}

function tooLarge(file: string, size: number | string): Warning {
  return { file, reason: `too large: ${size} bytes, the limit is ${READ_LIMITS.maxSourceBytes} bytes (READ_LIMITS.maxSourceBytes); split the input`, rule: 'read/too-large', skipped: true };
}

/** Up to `max` + 1 bytes of a stream: one byte past the cap is enough to know it is too large. */
export async function readCapped(stream: AsyncIterable<Buffer | string>, max: number): Promise<{ bytes: Buffer; over: boolean }> {
  const chunks: Buffer[] = [];
  let total = 0;
  for await (const c of stream) {
    const b = typeof c === 'string' ? Buffer.from(c) : c;
    chunks.push(b);
    total += b.length;
    if (total > max) return { bytes: Buffer.concat(chunks).subarray(0, max + 1), over: true };
  }
  return { bytes: Buffer.concat(chunks), over: false };
}

/** The bytes of one path, after its stat: a regular file read whole (within the cap), a shell pipe read as a
 *  stream with the cap, anything else refused with its reason. */
export async function sourceBytes(path: string, st: Stats): Promise<Bytes> {
  const special = specialKind(st);
  if (special && !(st.isFIFO() && isShellPipe(path))) {
    return { ok: false, warning: { file: path, reason: `${special}, not a file: refused without reading (pass its content on standard input)`, rule: 'read/special-file', skipped: true } };
  }
  if (special) {
    const stream = createReadStream(path);
    try {
      const r = await readCapped(stream, READ_LIMITS.maxSourceBytes);
      if (r.over) return { ok: false, warning: tooLarge(path, `more than ${READ_LIMITS.maxSourceBytes}`) };
      return { ok: true, bytes: r.bytes };
    } finally {
      stream.destroy();
    }
  }
  if (st.size > READ_LIMITS.maxSourceBytes) return { ok: false, warning: tooLarge(path, st.size) };
  const fh = await open(path, 'r');
  try {
    // Read at most one byte past the cap, whatever the file grew to since the stat.
    const buf = Buffer.alloc(Math.min(st.size, READ_LIMITS.maxSourceBytes) + 1);
    let n = 0;
    for (;;) {
      const { bytesRead } = await fh.read(buf, n, buf.length - n, null);
      if (bytesRead === 0) break;
      n += bytesRead;
      if (n === buf.length) break;
    }
    if (n > READ_LIMITS.maxSourceBytes) return { ok: false, warning: tooLarge(path, `more than ${READ_LIMITS.maxSourceBytes}`) };
    return { ok: true, bytes: buf.subarray(0, n) };
  } finally {
    await fh.close();
  }
}

export interface Listing {
  files: { path: string; st: Stats }[];
  warnings: Warning[];
}

/**
 * The files under a folder, in name order (byte order, the same under any locale), recursively. Symlinked
 * subfolders are followed unless they lead back to a folder already on the walk (a loop: named and not followed);
 * special files are refused by name; the walk is bounded in depth and in files.
 */
export async function listFolder(dir: string): Promise<Listing> {
  const out: Listing = { files: [], warnings: [] };
  const seen = new Set<string>([await realpath(dir)]);
  const walk = async (d: string, depth: number): Promise<void> => {
    let entries;
    try {
      entries = await readdir(d, { withFileTypes: true });
    } catch (err) {
      out.warnings.push({ file: d, reason: `cannot list the folder (${(err as NodeJS.ErrnoException).code ?? (err as Error).message})`, rule: 'read/io', skipped: true });
      return;
    }
    entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
    for (const e of entries) {
      const p = join(d, e.name);
      if (out.files.length >= READ_LIMITS.maxFolderFiles) {
        out.warnings.push({ file: dir, reason: `more than ${READ_LIMITS.maxFolderFiles} files (READ_LIMITS.maxFolderFiles): the rest are not read`, rule: 'read/too-many-files', skipped: true });
        return;
      }
      let st: Stats;
      try {
        st = await stat(p); // follows a symlink; never opens, so a FIFO is not waited on
      } catch (err) {
        const code = (err as NodeJS.ErrnoException).code;
        const reason = code === 'ELOOP' ? 'symlink loop' : code === 'ENOENT' ? 'broken symlink' : `cannot read (${code ?? (err as Error).message})`;
        out.warnings.push({ file: p, reason, rule: 'read/io', skipped: true });
        continue;
      }
      if (st.isDirectory()) {
        const real = await realpath(p);
        if (seen.has(real)) {
          out.warnings.push({ file: p, reason: 'folder already read (a symlink back into the walk): not read twice', rule: 'read/folder-loop', skipped: true });
          continue;
        }
        if (depth >= READ_LIMITS.maxFolderDepth) {
          out.warnings.push({ file: p, reason: `folder nested deeper than ${READ_LIMITS.maxFolderDepth} (READ_LIMITS.maxFolderDepth): not read`, rule: 'read/too-deep', skipped: true });
          continue;
        }
        seen.add(real);
        await walk(p, depth + 1);
      } else if (st.isFile()) out.files.push({ path: p, st });
      else out.warnings.push({ file: p, reason: `${specialKind(st) ?? 'not a regular file'}, not a file: refused without reading`, rule: 'read/special-file', skipped: true });
    }
  };
  await walk(dir, 0);
  return out;
}
