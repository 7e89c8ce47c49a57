// Article text is hostile: it is escaped wherever it is rendered.

const HTML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(s: string): string {
  return s.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]);
}

/** Markdown: neutralise characters that would turn article text into links, HTML, emphasis or headings. */
export function escapeMarkdown(s: string): string {
  return s
    .replace(/[\\`*_[\]<>|]/g, (c) => `\\${c}`)
    .replace(/^(\s*)([#>+-]|\d+\.)(\s)/, '$1\\$2$3')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\u001b]/g, '');
}
