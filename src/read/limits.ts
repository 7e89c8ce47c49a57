// Tunable limits of the readers, in one place.
import { LIMITS } from '../limits.js';

/** The readers' caps: see the one documented table in src/limits.ts. */
export const READ_LIMITS = LIMITS.read;

/** Extensions read as plain text. */
export const TEXT_EXTENSIONS = new Set(['.txt', '.text', '.md']);
export const HTML_EXTENSIONS = new Set(['.html', '.htm', '.xhtml']);
export const JSON_EXTENSIONS = new Set(['.json', '.jsonl', '.ndjson']);
export const SGML_EXTENSIONS = new Set(['.sgml', '.sgm', '.xml']);

/** The generator meta of the HTML briefs Chorus writes: such a page is Chorus's output, not an article. */
export const BRIEF_GENERATOR = 'chorus brief';
