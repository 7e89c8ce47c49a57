// The brief as Markdown for the terminal: headline, summary with outlet credits, then per article what was removed.
import type { Brief, BriefItem } from '../brief.js';
import { markdownInline } from './escape.js';
import { eventLine } from './event-line.js';

/** Article ids, outlets and other names from the input, as one escaped line each. */
const list = (xs: readonly string[]) => xs.map(markdownInline).join(', ');

function credit(item: BriefItem): string {
  const names = item.outlets.length ? list(item.outlets) : null;
  const who = list(item.sources);
  const support = `${item.support.outlets} outlet${item.support.outlets === 1 ? '' : 's'}, ${item.support.articles} article${item.support.articles === 1 ? '' : 's'}`;
  const also = item.corroboratedBy?.length ? `; also in other words: ${item.corroboratedBy.join(', ')}` : '';
  return `[${who}${names ? `; ${names}` : ''}; ${support}${also ? markdownInline(also) : ''}]`;
}

const oneLine = markdownInline;

/** Most-mentioned names first; ties by name, so the order does not depend on how they were found. */
function byMentions(entities: Brief['entities']): Brief['entities'] {
  return [...entities].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

export function renderMarkdown(b: Brief): string {
  const out: string[] = [];
  out.push(`# ${b.headline ? oneLine(b.headline.text) : '(no headline: no story text was kept)'}`);
  if (b.headline) out.push('', `_${credit(b.headline)}_`);
  out.push('', '## Summary', '');
  for (const s of b.summary) out.push(`- ${oneLine(s.text)} ${credit(s)}`);
  if (b.summary.length === 0) out.push('(empty)');
  out.push('', '## Digest', '');
  for (const s of b.digest) out.push(`- ${oneLine(s.text)} ${credit(s)}`);
  if (b.disagreements.length) {
    out.push('', '## Where outlets disagree', '');
    for (const d of b.disagreements) {
      out.push(`- ${oneLine(d.subject)}: conservative figure ${oneLine(String(d.conservative))}`);
      for (const c of d.claims) out.push(`  - ${oneLine(c.value)} [${list(c.sources)}]${c.attribution ? ` according to ${oneLine(c.attribution)}` : ''}`);
    }
  }
  if (b.timeline.length) {
    out.push('', '## Timeline', '');
    for (const t of b.timeline) {
      const when = oneLine(t.endDate ? `${t.date} to ${t.endDate}` : t.date);
      out.push(`- **${when}** (${t.precision}, ${t.certainty}): ${oneLine(t.text)} [${list(t.sources)}]`, `  - how it is known: ${oneLine(t.basis)}`);
    }
  }
  if (b.places.length) {
    out.push('', '## Places', '');
    for (const p of b.places) {
      const where = p.resolved && p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)}, ${oneLine(p.kind)}${p.country ? `, ${oneLine(p.country)}` : ''}` : 'not resolved';
      out.push(`- ${oneLine(p.name)} (${where}) ${p.mentions} mention(s) [${list(p.sources)}]`);
    }
  }
  if (b.entities.length) {
    out.push('', '## Names', '');
    for (const n of byMentions(b.entities)) {
      const about = n.title ? `${oneLine(n.type)}; ${oneLine(n.title)}` : oneLine(n.type);
      const aliases = n.aliases.length ? ` aliases: ${n.aliases.map(oneLine).join(', ')};` : '';
      out.push(`- ${oneLine(n.name)} (${about})${aliases} ${n.mentions} mention(s) [${list(n.sources)}]`);
    }
  }
  if (b.events.length) {
    out.push('', '## What happened', '');
    for (const ev of b.events) out.push(`- ${oneLine(eventLine(ev))} [${list(ev.sources)}]`);
  }
  out.push('', '## Articles', '');
  for (const a of b.articles) {
    const meta = [a.outlet ?? 'outlet unknown', a.published ?? 'date unknown'].join(', ');
    out.push(`### ${oneLine(a.id)}: ${a.title ? oneLine(a.title) : '(untitled)'}`, '', `${oneLine(a.path)} (${oneLine(meta)}); ${a.kept} sentences kept, ${a.removed.length} removed`);
    if (a.removed.length) {
      out.push('');
      for (const r of a.removed) out.push(`- removed (${oneLine(r.reason)}): ${oneLine(r.text.length > 160 ? `${r.text.slice(0, 157)}...` : r.text)}`);
    }
    out.push('');
  }
  if (b.warnings.length) {
    out.push('## Warnings', '');
    for (const w of b.warnings) out.push(`- ${oneLine(w.file ?? w.article ?? '')}: ${oneLine(w.reason)} (${oneLine(w.rule)})`);
    out.push('');
  }
  return `${out.join('\n').trimEnd()}\n`;
}
