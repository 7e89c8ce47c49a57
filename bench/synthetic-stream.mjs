// A news stream made from a set of documents: all of them, then copies as a stream has them (a reprint drops a
// different paragraph each time, so no two articles are the same text), until there are n articles.
/** @param {import('../src/types.js').Article[]} docs @param {number} n @returns {import('../src/types.js').Article[]} */
export function syntheticStream(docs, n) {
  const articles = [];
  for (let i = 0; articles.length < n; i++) {
    const d = docs[i % docs.length];
    const copy = Math.floor(i / docs.length);
    const paras = d.text.split('\n\n');
    const text = copy > 0 && paras.length > 1 ? paras.filter((_, k) => k !== copy % paras.length).join('\n\n') : d.text;
    articles.push({ ...d, id: copy ? `${d.id}#${copy}` : d.id, text, cluster: null });
  }
  return articles;
}
