// Article text is hostile: it is escaped wherever it is rendered. For a terminal that means more than Markdown:
// an ESC byte starts a control sequence (clear the screen, set the window title, an OSC 8 link), a CR overwrites
// the line, C1 controls are 8-bit escapes, and bidi overrides reorder what the reader sees. None of them reach
// stdout or stderr from input text.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Characters never written to a terminal from input: C0 controls but tab and newline, DEL, C1 controls, and the
 *  bidi embeddings, overrides and isolates; plus the line and paragraph separators that some terminals break on. */
// eslint-disable-next-line no-control-regex
const TERMINAL_UNSAFE = /[\u0000-\u0008\u000b-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Input text with every terminal control removed (tab and newline kept), or replaced by `by` (a table cell keeps
 *  its words apart). */
export function stripControls(s: string, by = ''): string {
  return s.replace(TERMINAL_UNSAFE, by);
}

/** Markdown: neutralise characters that would turn article text into links, HTML, emphasis or headings, and drop
 *  terminal controls. */
export function escapeMarkdown(s: string): string {
  return stripControls(s)
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^([ \t]*)([#>+-]|\d{1,9}\.)([ \t])/, '$1\\$2$3');
}

/** One line of Markdown from input (an id, a title, a credit): whitespace runs, newlines included, become one space. */
export function markdownInline(s: string): string {
  return escapeMarkdown(stripControls(s).replace(/\s+/g, ' ').trim());
}

/** A string from input quoted for a one-line message on stderr: every control character, newline and tab included,
 *  is shown as an escape (`\n`, `\x1b`, `\u202e`), so a file name cannot forge a second `chorus:` line. */
export function escapeMessage(s: string): string {
  // eslint-disable-next-line no-control-regex
  return s.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g, (c) => {
    if (c === '\n') return '\\n';
    if (c === '\t') return '\\t';
    if (c === '\r') return '\\r';
    const code = c.charCodeAt(0);
    return code <= 0xff ? `\\x${code.toString(16).padStart(2, '0')}` : `\\u${code.toString(16).padStart(4, '0')}`;
  });
}

/**
 * JSON as written to stdout: JSON.stringify escapes the C0 controls but passes DEL, the C1 controls (U+0080-U+009F:
 * U+009B is CSI, an escape sequence to many terminals) and the line separators raw. They are written as \\u escapes
 * here: the same JSON value, and nothing from the input acts on a terminal.
 */
export function jsonText(value: unknown, indent?: number): string {
  return JSON.stringify(value, null, indent).replace(/[\u007f-\u009f\u2028\u2029]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
