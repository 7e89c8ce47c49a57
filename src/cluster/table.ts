// The stories as a table for a person on a terminal. Article text is hostile: every field is cleaned of control
// characters (no escape sequence from an input reaches the terminal) and cut to its column.
import type { StorySummary } from './clusterer.js';
import { stripControls } from '../render/escape.js';

/** Columns' widths in characters. */
const WIDTH = { headline: 60, outlets: 30 };

/** One table cell from input: terminal controls out (render/escape.ts), whitespace runs folded to one space. */
export function terminalSafe(s: string): string {
  return stripControls(s, ' ').replace(/[\u200e\u200f]/g, '').replace(/\s+/g, ' ').trim();
}

function cut(s: string, n: number): string {
  const chars = [...s];
  return chars.length <= n ? s : `${chars.slice(0, n - 1).join('')}…`;
}

function pad(s: string, n: number): string {
  const len = [...s].length;
  return len >= n ? s : s + ' '.repeat(n - len);
}

export function renderStoryTable(stories: readonly StorySummary[]): string {
  const rows = stories.map((s) => {
    const outlets = s.outlets.map(terminalSafe).filter(Boolean);
    const shown = outlets.slice(0, 3).join(', ') + (outlets.length > 3 ? ` +${outlets.length - 3}` : '');
    return [terminalSafe(s.id), String(s.size), s.first ?? '-', s.last ?? '-', cut(shown || '-', WIDTH.outlets), cut(terminalSafe(s.headline) || '-', WIDTH.headline)];
  });
  const head = ['story', 'size', 'first', 'last', 'outlets', 'headline'];
  const widths = head.map((h, c) => Math.max([...h].length, ...rows.map((r) => [...r[c]].length)));
  const line = (r: string[]) => r.map((x, c) => (c === r.length - 1 ? x : pad(x, widths[c]))).join('  ').trimEnd();
  return [line(head), ...rows.map(line)].join('\n') + '\n';
}
