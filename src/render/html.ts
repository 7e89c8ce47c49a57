// The brief as one self-contained HTML page: inline CSS, no script, no external resource; every piece of
// article text escaped.
import type { Brief, BriefItem } from '../brief.js';
import { escapeHtml as e } from './escape.js';
import { BRIEF_GENERATOR } from '../read/limits.js';
import { eventLine } from './event-line.js';
import { renderMap } from './map.js';

const STYLE = `
body{font:16px/1.5 system-ui,sans-serif;max-width:52rem;margin:2rem auto;padding:0 1rem;color:#1b1b1b}
h1{font-size:1.6rem;line-height:1.25}h2{margin-top:2rem;border-bottom:1px solid #ddd}
.credit{color:#555;font-size:.85em}.removed{color:#666;font-size:.9em}.reason{font-family:monospace;background:#f2f2f2;padding:0 .3em}
table{border-collapse:collapse}td,th{border:1px solid #ddd;padding:.2rem .5rem;text-align:left;vertical-align:top}
figure{margin:1rem 0}#map{display:block;max-width:100%;height:auto;border:1px solid #ddd}figcaption{color:#555;font-size:.85em}
.aliases{color:#555;font-size:.85em}.num{text-align:right}
`;

// Said under the map, so a reader knows what is and is not drawn, and where the borders come from.
const MAP_CAPTION =
  'Cities (filled dots) and provinces or districts (rings), sized by mentions; shaded: countries the story names. ' +
  'Rivers, regions and places the gazetteer could not resolve are not drawn. Borders: Natural Earth (public domain), via world-atlas.';

/** Most-mentioned names first; ties by name, so the order does not depend on how they were found. */
function byMentions(entities: Brief['entities']): Brief['entities'] {
  return [...entities].sort((a, b) => b.mentions - a.mentions || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

function credit(item: BriefItem): string {
  const names = item.outlets.length ? `; ${e(item.outlets.join(', '))}` : '';
  const also = item.corroboratedBy?.length ? `; also in other words: ${e(item.corroboratedBy.join(', '))}` : '';
  return `<span class="credit">[${e(item.sources.join(', '))}${names}; ${item.support.outlets} outlet(s), ${item.support.articles} article(s)${also}]</span>`;
}

function list(items: BriefItem[]): string {
  if (items.length === 0) return '<p>(empty)</p>';
  return `<ul>${items.map((s) => `<li>${e(s.text)} ${credit(s)}</li>`).join('\n')}</ul>`;
}

export function renderHtml(b: Brief): string {
  const title = b.headline ? b.headline.text : 'Chorus brief';
  const parts: string[] = [];
  parts.push(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">`);
  parts.push(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
  // Marks the page as Chorus's own output, so a later run over the same folder does not read it as an article.
  parts.push(`<meta name="generator" content="${BRIEF_GENERATOR}">`);
  parts.push(`<title>${e(title)}</title><style>${STYLE}</style></head><body>`);
  parts.push(`<h1 id="headline">${b.headline ? `${e(b.headline.text)}</h1><p>${credit(b.headline)}</p>` : '(no headline)</h1>'}`);
  parts.push(`<h2>Summary</h2><section id="summary">${list(b.summary)}</section>`);
  parts.push(`<h2>Digest</h2><section id="digest">${list(b.digest)}</section>`);
  if (b.disagreements.length) {
    parts.push(`<h2>Where outlets disagree</h2><section id="disagreements"><ul>${b.disagreements
      .map((d) => `<li>${e(d.subject)}: conservative figure ${e(String(d.conservative))}<ul>${d.claims.map((c) => `<li>${e(c.value)} [${e(c.sources.join(', '))}]${c.attribution ? ` according to ${e(c.attribution)}` : ''}</li>`).join('')}</ul></li>`)
      .join('\n')}</ul></section>`);
  }
  if (b.timeline.length) {
    parts.push(`<h2>Timeline</h2><table id="timeline"><tr><th>date</th><th>how sure</th><th>what</th><th>from</th></tr>${b.timeline
      .map((t) => `<tr><td>${e(t.date)}</td><td>${e(t.certainty)}: ${e(t.basis)}</td><td>${e(t.text)}</td><td>${e(t.sources.join(', '))}</td></tr>`)
      .join('\n')}</table>`);
  }
  if (b.places.length) {
    const map = renderMap(b.places);
    parts.push(`<h2>Places</h2>`);
    if (map) parts.push(`<figure id="place-map">${map}<figcaption>${e(MAP_CAPTION)}</figcaption></figure>`);
    parts.push(`<ul id="places">${b.places
      .map((p) => `<li>${e(p.name)}: ${p.resolved && p.lat !== null && p.lon !== null ? `${p.lat.toFixed(2)}, ${p.lon.toFixed(2)} (${e(p.kind)}${p.country ? `, ${e(p.country)}` : ''})` : 'not resolved'}</li>`)
      .join('\n')}</ul>`);
  }
  if (b.entities.length) {
    parts.push(`<h2>Names</h2><section id="entities"><table><thead><tr><th>name</th><th>type</th><th>mentions</th><th>from</th></tr></thead><tbody>${byMentions(b.entities)
      .map((n) => {
        const title = n.title ? ` <span class="aliases">(${e(n.title)})</span>` : '';
        const aliases = n.aliases.length ? ` <span class="aliases">also ${e(n.aliases.join(', '))}</span>` : '';
        return `<tr><td>${e(n.name)}${title}${aliases}</td><td>${e(n.type)}</td><td class="num">${n.mentions}</td><td>${e(n.sources.join(', '))}</td></tr>`;
      })
      .join('\n')}</tbody></table></section>`);
  }
  if (b.events.length) {
    parts.push(`<h2>What happened</h2><section id="events"><ul>${b.events
      .map((ev) => `<li>${e(eventLine(ev))} <span class="credit">[${e(ev.sources.join(', '))}]</span></li>`)
      .join('\n')}</ul></section>`);
  }
  parts.push(`<h2>Articles</h2><section id="articles">`);
  for (const a of b.articles) {
    parts.push(`<h3>${e(a.id)}: ${e(a.title ?? '(untitled)')}</h3>`);
    parts.push(`<p>${e(a.path)}; outlet ${e(a.outlet ?? 'unknown')}; published ${e(a.published ?? 'unknown')}; ${a.kept} sentences kept, ${a.removed.length} removed</p>`);
    if (a.removed.length) {
      parts.push(`<ul class="removed">${a.removed.map((r) => `<li><span class="reason">${e(r.reason)}</span> ${e(r.text)}</li>`).join('\n')}</ul>`);
    }
  }
  parts.push(`</section>`);
  if (b.warnings.length) {
    parts.push(`<h2>Warnings</h2><ul id="warnings">${b.warnings.map((w) => `<li>${e(w.file ?? w.article ?? '')}: ${e(w.reason)} <span class="reason">${e(w.rule)}</span></li>`).join('\n')}</ul>`);
  }
  parts.push(`</body></html>\n`);
  return parts.join('\n');
}
