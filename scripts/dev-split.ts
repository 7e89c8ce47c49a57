// The split of a held-out benchmark into a dev half and a held-out half, by document: files sorted by name, even
// positions are the dev half (A), odd positions the held-out half (B). A set that was held out whole becomes half
// dev this way; its B half stays blind (its errors are never listed) and is what is reported as held out.
// goldFiles lists a facts-dev folder's documents, in the order the split and the scorers use.
import { mkdirSync, readdirSync, symlinkSync } from 'node:fs';
import path from 'node:path';

export type Half = 'A' | 'B';

/** The documents of a facts-dev folder: its JSON files by name (files starting with "_" are the folder's notes). */
export function goldFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.json') && !f.startsWith('_')).sort();
}

/** The files of one half (`files` sorted by name first, so the split does not depend on the directory order). */
export function halfOf(files: readonly string[], half: Half): string[] {
  return [...files].sort().filter((_, i) => (i % 2 === 0) === (half === 'A'));
}

/** A directory holding links to `files` of `dir` only, for a scorer that scores every file of the directory it is given. */
export function linkedSubset(dir: string, files: readonly string[], into: string): string {
  mkdirSync(into, { recursive: true });
  for (const f of files) symlinkSync(path.join(dir, f), path.join(into, f));
  return into;
}
