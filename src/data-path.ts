// Where the data files that ship with Chorus live: `data/` at the package root, from src/ (tsx) or dist/ alike.
import { fileURLToPath } from 'node:url';
import { dirname, join } from 'node:path';

const packageRoot = join(dirname(fileURLToPath(import.meta.url)), '..');

export function dataPath(relative: string): string {
  return join(packageRoot, 'data', relative);
}

/** Files `npm run build` makes (not in git): `dist/` at the package root. */
export function builtPath(relative: string): string {
  return join(packageRoot, 'dist', relative);
}
