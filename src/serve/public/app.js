// The Chorus page. Article text is hostile: every node is built with createElement and textContent, never from
// HTML strings; links are never made from data. Writes send the token kept in sessionStorage, if any.
'use strict';

const $ = (id) => document.getElementById(id);

/** An element with text content and optional class. */
function el(tag, text, cls) {
  const e = document.createElement(tag);
  if (text !== undefined && text !== null) e.textContent = String(text);
  if (cls) e.className = cls;
  return e;
}

function clear(node) {
  while (node.firstChild) node.removeChild(node.firstChild);
}

function headers(extra) {
  const h = Object.assign({}, extra || {});
  const token = sessionStorage.getItem('chorus-token');
  if (token) h.authorization = 'Bearer ' + token;
  return h;
}

async function api(path, init) {
  const res = await fetch(path, init);
  const body = res.status === 204 ? null : await res.json();
  if (!res.ok) throw new Error(body && body.error ? body.error.message : 'HTTP ' + res.status);
  return body;
}

function badge(text, cls) {
  return el('span', text, 'badge' + (cls ? ' ' + cls : ''));
}

function supportBadge(support) {
  const n = support.outlets;
  return badge(n + (n === 1 ? ' outlet' : ' outlets'), n > 1 ? 'strong' : '');
}

// ---- list view

async function showList() {
  $('story-view').hidden = true;
  $('list-view').hidden = false;
  const ul = $('stories');
  clear(ul);
  const stories = await api('/api/stories');
  for (const s of stories) {
    const li = el('li');
    const a = el('a', s.title || 'Story ' + s.id);
    a.href = '#/story/' + encodeURIComponent(s.id);
    li.append(a, badge(s.size + (s.size === 1 ? ' article' : ' articles')));
    if (s.source === 'cluster') li.append(badge('from the clusterer'));
    ul.append(li);
  }
  if (stories.length === 0) ul.append(el('li', 'No stories yet.'));
}

const dropped = [];

function setupForm() {
  const drop = $('drop');
  drop.addEventListener('dragover', (e) => { e.preventDefault(); drop.classList.add('over'); });
  drop.addEventListener('dragleave', () => drop.classList.remove('over'));
  drop.addEventListener('drop', (e) => {
    e.preventDefault();
    drop.classList.remove('over');
    for (const f of e.dataTransfer.files) {
      dropped.push(f);
      $('dropped').append(el('li', f.name + ' (' + f.size + ' bytes)'));
    }
  });
  $('new-story').addEventListener('submit', async (e) => {
    e.preventDefault();
    const status = $('new-status');
    status.textContent = 'Working...';
    try {
      const ids = [];
      const text = $('new-text').value.trim();
      // Pasted articles are separated by a line of three or more dashes.
      const pasted = text ? text.split(/\n-{3,}\n/).map((t) => t.trim()).filter(Boolean) : [];
      for (const t of pasted) {
        const r = await api('/api/articles', { method: 'POST', headers: headers({ 'content-type': 'text/plain' }), body: t });
        ids.push(...r.ids);
      }
      if (dropped.length) {
        const form = new FormData();
        for (const f of dropped) form.append('files', f, f.name);
        const r = await api('/api/articles', { method: 'POST', headers: headers(), body: form });
        ids.push(...r.ids);
      }
      if (ids.length === 0) throw new Error('paste an article or drop files first');
      const body = { articles: ids };
      const title = $('new-title').value.trim();
      if (title) body.title = title;
      const s = await api('/api/stories', { method: 'POST', headers: headers({ 'content-type': 'application/json' }), body: JSON.stringify(body) });
      dropped.length = 0;
      clear($('dropped'));
      $('new-text').value = '';
      status.textContent = '';
      location.hash = '#/story/' + encodeURIComponent(s.id);
    } catch (err) {
      status.textContent = 'Could not make the story: ' + err.message;
    }
  });
}

// ---- story view

const articleCache = new Map();
async function article(id) {
  if (!articleCache.has(id)) articleCache.set(id, await api('/api/articles/' + encodeURIComponent(id)));
  return articleCache.get(id);
}

/** Shows an article with one span highlighted (text split into three text nodes around a <mark>). */
async function showInArticle(span) {
  const a = await article(span.article);
  $('reader').hidden = false;
  $('reader-title').textContent = a.title || a.id;
  $('reader-meta').textContent = [a.outlet, a.published].filter(Boolean).join(' · ');
  const box = $('reader-text');
  clear(box);
  const text = String(a.text);
  const start = Math.max(0, Math.min(text.length, span.start));
  const end = Math.max(start, Math.min(text.length, span.end));
  const mark = el('mark', text.slice(start, end));
  box.append(document.createTextNode(text.slice(0, start)), mark, document.createTextNode(text.slice(end)));
  mark.scrollIntoView({ block: 'center' });
}

/** Credits of one sentence: a button per outlet (or article of unknown outlet) that shows it in that article. */
function credits(item, outletOf) {
  const p = el('span', null, 'credit');
  const seen = new Set();
  for (const sp of item.spans) {
    const name = outletOf.get(sp.article) || sp.article;
    if (seen.has(name)) continue;
    seen.add(name);
    const b = el('button', name, 'outlet');
    b.type = 'button';
    b.addEventListener('click', () => { showInArticle(sp).catch((err) => { $('story-status').textContent = err.message; }); });
    p.append(b);
  }
  return p;
}

async function showStory(id) {
  $('list-view').hidden = true;
  $('story-view').hidden = false;
  $('reader').hidden = true;
  $('story-status').textContent = 'Loading the brief...';
  const b = await api('/api/stories/' + encodeURIComponent(id) + '/brief');
  $('story-status').textContent = '';
  const outletOf = new Map(b.articles.map((a) => [a.id, a.outlet]));
  $('headline').textContent = b.headline ? b.headline.text : '(no headline)';
  const hc = $('headline-credit');
  clear(hc);
  if (b.headline) hc.append(credits(b.headline, outletOf), supportBadge(b.headline.support));

  const sum = $('summary');
  clear(sum);
  for (const s of b.summary) {
    const li = el('li');
    li.append(el('span', s.text), ' ', credits(s, outletOf), supportBadge(s.support));
    if (s.corroboratedBy) li.append(badge('also told by ' + s.corroboratedBy.length));
    sum.append(li);
  }

  const dis = $('disagreements');
  clear(dis);
  for (const d of b.disagreements) {
    const box = el('div');
    box.append(el('h3', d.subject + (d.unit ? ' (' + d.unit + ')' : '') + ': at least ' + d.conservative));
    const row = el('div', null, 'claims');
    for (const c of d.claims) {
      const claim = el('div', null, 'claim');
      claim.append(el('strong', c.value), ' ', credits(c, outletOf), el('p', c.text));
      if (c.attribution) claim.append(el('p', 'according to ' + c.attribution, 'credit'));
      row.append(claim);
    }
    box.append(row);
    dis.append(box);
  }
  if (b.disagreements.length === 0) dis.append(el('p', 'None found.'));

  const tl = $('timeline');
  clear(tl);
  for (const t of b.timeline) {
    const li = el('li');
    li.append(el('strong', t.date + (t.endDate ? ' to ' + t.endDate : '')), badge(t.certainty, t.certainty), ' ', el('span', t.text), ' ', credits(t, outletOf));
    li.title = t.basis;
    tl.append(li);
  }

  $('map').src = '/api/stories/' + encodeURIComponent(id) + '/map.svg';

  const ents = $('entities');
  clear(ents);
  for (const e of b.entities.slice(0, 40)) {
    const li = el('li');
    li.append(el('span', e.name), badge(e.type), supportBadge(e.support));
    if (e.title) li.append(el('span', ' ' + e.title, 'credit'));
    ents.append(li);
  }

  const arts = $('articles');
  clear(arts);
  for (const a of b.articles) {
    const box = el('div');
    box.append(el('h3', a.title || a.id), el('p', [a.outlet, a.published, a.kept + ' sentences kept'].filter(Boolean).join(' · '), 'credit'));
    const ul = el('ul', null, 'removed');
    for (const r of a.removed) {
      const li = el('li');
      li.append(el('span', r.reason, 'reason'), ': ', el('span', r.text));
      ul.append(li);
    }
    if (a.removed.length === 0) ul.append(el('li', 'nothing removed'));
    box.append(ul);
    arts.append(box);
  }
}

function route() {
  const m = /^#\/story\/(.+)$/.exec(location.hash);
  const p = m ? showStory(decodeURIComponent(m[1])) : showList();
  p.catch((err) => {
    const status = m ? $('story-status') : $('new-status');
    status.textContent = 'Error: ' + err.message;
  });
}

window.addEventListener('hashchange', route);
window.addEventListener('DOMContentLoaded', () => {
  setupForm();
  route();
});
