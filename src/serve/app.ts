// The HTTP service: a JSON API over a Store (src/store), described at /openapi.json, and the web page at /.
// Article text is hostile: the API returns it as JSON data only, the page builds its DOM with textContent, and
// every response carries a strict Content-Security-Policy (no inline script, nothing from elsewhere).
import Fastify, { type FastifyInstance, type FastifyRequest } from 'fastify';
import multipart from '@fastify/multipart';
import { timingSafeEqual, createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Store, StoredArticle, StoryRecord } from '../store/types.js';
import { contentKey } from '../store/hash.js';
import { briefOf } from '../pipeline.js';
import { facts } from '../index.js';
import { renderMap } from '../render/map.js';
import type { Brief } from '../contract.js';
import { ApiError, errorBody } from './errors.js';
import { isUploadName, readUploads, type Upload } from './ingest.js';
import { OPENAPI } from './openapi.js';
import { RecentRenderings } from './renderings.js';

export const SERVE_LIMITS = {
  /** A request body (JSON, JSON lines, text): 32 MiB, about 5,000 long articles. */
  bodyBytes: 32 * 1024 * 1024,
  /** One uploaded file, as the readers' own file limit. */
  fileBytes: 16 * 1024 * 1024,
  /** Files in one multipart upload. */
  files: 1000,
  /** Articles in one story. */
  storyArticles: 2000,
  /** Articles listed per page of GET /api/articles. */
  listPage: 500,
  /**
   * Renderings (brief JSON) kept in memory by content key, besides the store's cache, up to this many bytes in all;
   * the least recent go first. A brief is 30 to 150 kB, so 4 MiB holds the few dozen to hundred most read; a miss
   * costs one row read from the store's cache (STORE.maxCached renderings), not a recomputation. (64 MiB let every
   * new story's brief add to the resident memory for minutes: +12 MB in 60 s of the benchmark's mixed load.)
   */
  memoryCachedBytes: 4 * 1024 * 1024,
  /** Stories whose last brief's content key is remembered while the database is unchanged (a key each, ~80 bytes). */
  memoStories: 10_000,
} as const;

/** The headers every response carries. */
const SECURITY_HEADERS: Record<string, string> = {
  'content-security-policy': "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; base-uri 'none'; form-action 'none'; frame-ancestors 'none'",
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'x-frame-options': 'DENY',
  'cross-origin-opener-policy': 'same-origin',
};

const STATIC: Record<string, string> = { '/': 'index.html', '/app.js': 'app.js', '/app.css': 'app.css' };
const TYPES: Record<string, string> = { html: 'text/html; charset=utf-8', js: 'text/javascript; charset=utf-8', css: 'text/css; charset=utf-8' };

export interface AppOptions {
  store: Store;
  /** Required on writes (POST, DELETE) when set: `Authorization: Bearer TOKEN`. */
  token?: string | null;
  /** The folder of the page's static files. */
  publicDir: string;
}

/** The brief JSON exactly as `chorus brief --json` prints it. */
export const briefText = (b: Brief): string => `${JSON.stringify(b, null, 2)}\n`;
const BRIEF_KEY = 'brief-v1';

function sameToken(given: string, expected: string): boolean {
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

export async function buildApp(opts: AppOptions): Promise<FastifyInstance> {
  const { store } = opts;
  const app = Fastify({ bodyLimit: SERVE_LIMITS.bodyBytes, logger: false });
  const files = new Map(Object.entries(STATIC).map(([route, file]) => [route, { body: readFileSync(join(opts.publicDir, file)), type: TYPES[file.split('.').pop() ?? ''] }]));

  // Bodies as bytes: the readers decide what they hold.
  app.removeContentTypeParser(['application/json', 'text/plain']);
  app.addContentTypeParser(['application/json', 'text/plain', 'application/x-ndjson', 'application/jsonl', 'application/x-jsonlines', 'text/html'], { parseAs: 'buffer' }, (_req, body, done) => done(null, body));
  await app.register(multipart, { limits: { fileSize: SERVE_LIMITS.fileBytes, files: SERVE_LIMITS.files, fields: 10, parts: SERVE_LIMITS.files + 10 } });

  app.addHook('onRequest', async (req) => {
    if (!opts.token || req.method === 'GET' || req.method === 'HEAD' || req.method === 'OPTIONS') return;
    const auth = req.headers.authorization ?? '';
    const m = /^Bearer (.+)$/.exec(auth);
    if (!m || !sameToken(m[1], opts.token)) throw new ApiError(401, 'unauthorized', 'writes need the header "Authorization: Bearer TOKEN" with the token the server was started with');
  });
  app.addHook('onSend', async (_req, reply, payload) => {
    for (const [k, v] of Object.entries(SECURITY_HEADERS)) if (!reply.hasHeader(k)) reply.header(k, v);
    return payload;
  });
  app.setErrorHandler((err: Error & { statusCode?: number; code?: string }, _req, reply) => {
    if (err instanceof ApiError) return reply.status(err.status).send(errorBody(err.status, err.code, err.message));
    const status = err.statusCode && err.statusCode >= 400 && err.statusCode < 500 ? err.statusCode : 500;
    const code = status === 413 ? 'too-large' : status === 415 ? 'unsupported-media-type' : status === 500 ? 'internal' : 'bad-request';
    const message = status === 500 ? 'internal error' : err.message;
    if (status === 500) process.stderr.write(`chorus serve: ${err.stack ?? err.message}\n`);
    return reply.status(status).send(errorBody(status, code, message));
  });
  app.setNotFoundHandler((req, reply) => reply.status(404).send(errorBody(404, 'not-found', `no route ${req.method} ${req.url.split('?')[0]}`)));

  for (const [route, f] of files) app.get(route, (_req, reply) => reply.type(f.type).send(f.body));
  app.get('/openapi.json', async () => OPENAPI);

  const storyOr404 = async (id: string): Promise<StoryRecord> => {
    const s = await store.getStory(id);
    if (!s) throw new ApiError(404, 'not-found', `no story "${id}"`);
    return s;
  };
  const articlesOf = async (s: StoryRecord): Promise<StoredArticle[]> => (await store.getArticles(s.articles)).filter((a): a is StoredArticle => a !== null);
  // Recent renderings in memory, by content key, within SERVE_LIMITS.memoryCachedBytes.
  const hot = new RecentRenderings(SERVE_LIMITS.memoryCachedBytes);
  // Per story, the content key of the answer last given, while the database is unchanged (its change mark is the
  // same): a cached brief then costs one PRAGMA, not the story's join and content key. Cleared whenever the mark
  // moves, so it holds at most the stories asked for since the last write. It keeps keys, not bodies: the bodies are
  // the renderings' alone, so their bound is the only one on the memory briefs take.
  let memoMark: string | null = null;
  const memo = new Map<string, string>();
  /** The story's brief JSON, from the caches when its articles (ids and content) are unchanged. */
  const briefJson = async (storyId: string): Promise<{ key: string; body: Buffer }> => {
    const mark = await store.db.changeMark();
    if (mark === null || mark !== memoMark) {
      memo.clear();
      memoMark = mark;
    }
    const known = memo.get(storyId);
    const body = known === undefined ? undefined : hot.get(known);
    if (known !== undefined && body) return { key: known, body };
    const answer = await briefOfStory(storyId);
    // Memoized under the mark read before the work: a write meanwhile moves the mark, and the next request reads afresh.
    if (mark !== null && memoMark === mark && memo.size < SERVE_LIMITS.memoStories) memo.set(storyId, answer.key);
    return answer;
  };
  const briefOfStory = async (storyId: string): Promise<{ key: string; body: Buffer }> => {
    const content = await store.storyContent(storyId);
    if (!content) throw new ApiError(404, 'not-found', `no story "${storyId}"`);
    const key = contentKey(BRIEF_KEY, {}, content);
    const mem = hot.get(key);
    if (mem) return { key, body: mem };
    const stored = await store.cached(key);
    if (stored !== null) return { key, body: hot.put(key, Buffer.from(stored)) };
    if (content.length === 0) throw new ApiError(409, 'empty-story', `story "${storyId}" has no articles left`);
    const arts = (await store.getArticles(content.map((c) => c.id))).filter((a): a is StoredArticle => a !== null);
    const text = briefText(briefOf(arts.map((a) => a.article)));
    await store.putCached(key, text);
    return { key, body: hot.put(key, Buffer.from(text)) };
  };

  /** Uploads of one request: the multipart files, or the body under a name that says its format. */
  async function uploadsOf(req: FastifyRequest): Promise<Upload[]> {
    if (req.isMultipart()) {
      const out: Upload[] = [];
      for await (const part of req.files()) {
        if (!isUploadName(part.filename)) throw new ApiError(415, 'unsupported-media-type', `file "${part.filename}": expected .txt, .html, .json or .jsonl`);
        const bytes = await part.toBuffer();
        out.push({ name: part.filename, bytes });
      }
      return out;
    }
    const type = (req.headers['content-type'] ?? '').split(';')[0].trim().toLowerCase();
    const name = type === 'application/json' ? 'body.json' : type.includes('json') ? 'body.jsonl' : type === 'text/html' ? 'body.html' : 'body.txt';
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) throw new ApiError(400, 'empty-body', 'expected articles in the request body');
    return [{ name, bytes: req.body }];
  }

  app.post('/api/articles', async (req, reply) => {
    const r = await readUploads(await uploadsOf(req));
    if (r.articles.length === 0) {
      throw new ApiError(400, 'no-article', `no readable article: ${r.warnings.map((w) => `${w.file ?? ''}: ${w.reason}`).join('; ') || 'empty input'}`);
    }
    const res = await store.addArticles(r.articles);
    return reply.status(201).send({ ids: res.ids, added: res.added, warnings: r.warnings });
  });
  app.get('/api/articles', async (req) => {
    const q = req.query as Record<string, string | undefined>;
    const limit = Math.min(SERVE_LIMITS.listPage, Math.max(1, Number(q.limit) || 100));
    const offset = Math.max(0, Number(q.offset) || 0);
    const rows = (await store.listArticles(limit, offset)).map(({ article: a, hash }) => ({ id: a.id, title: a.title, outlet: a.outlet, published: a.published, path: a.path, hash }));
    return { total: await store.countArticles(), offset, articles: rows };
  });
  app.get('/api/articles/:id', async (req) => {
    const { id } = req.params as { id: string };
    const [a] = await store.getArticles([id]);
    if (!a) throw new ApiError(404, 'not-found', `no article "${id}"`);
    return a.article;
  });
  app.delete('/api/articles/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!(await store.deleteArticle(id))) throw new ApiError(404, 'not-found', `no article "${id}"`);
    return reply.status(204).send();
  });

  app.post('/api/stories', async (req, reply) => {
    let body: unknown;
    try {
      body = JSON.parse(Buffer.isBuffer(req.body) ? req.body.toString('utf8') : '');
    } catch {
      throw new ApiError(400, 'bad-json', 'expected a JSON body {"articles": [...]} (ids of stored articles, or articles)');
    }
    const list = (body as { articles?: unknown })?.articles;
    if (!Array.isArray(list) || list.length === 0) throw new ApiError(400, 'no-articles', 'expected "articles": a non-empty array of article ids or articles');
    if (list.length > SERVE_LIMITS.storyArticles) throw new ApiError(413, 'too-large', `a story holds at most ${SERVE_LIMITS.storyArticles} articles, found ${list.length}`);
    const titleIn = (body as { title?: unknown }).title;
    if (titleIn !== undefined && typeof titleIn !== 'string') throw new ApiError(400, 'bad-title', '"title" must be a string');
    const objects = list.filter((x) => typeof x === 'object' && x !== null);
    if (objects.length + list.filter((x) => typeof x === 'string').length !== list.length) throw new ApiError(400, 'bad-articles', 'each of "articles" must be an article id (string) or an article (object)');
    // New articles go through the JSON reader, as POST /api/articles would read them.
    let newIds: string[] = [];
    if (objects.length) {
      const r = await readUploads([{ name: 'story.json', bytes: Buffer.from(JSON.stringify(objects)) }]);
      if (r.articles.length !== objects.length) throw new ApiError(400, 'unreadable-article', `an article could not be read: ${r.warnings.map((w) => w.reason).join('; ')}`);
      newIds = (await store.addArticles(r.articles)).ids;
    }
    let k = 0;
    const ids = list.map((x) => (typeof x === 'string' ? x : newIds[k++]));
    const known = await store.getArticles(ids);
    const missing = ids.filter((_, i) => !known[i]);
    if (missing.length) throw new ApiError(404, 'unknown-article', `no stored article ${missing.map((m) => `"${m}"`).join(', ')}`);
    const unique = [...new Set(ids)];
    const title = (titleIn as string | undefined)?.trim() || (known.find((a) => a?.article.title)?.article.title ?? null);
    const s = await store.createStory(unique, title);
    return reply.status(201).send({ id: s.id });
  });
  // The API's stories (newest first), then the clusterer's (`chorus cluster --db`, `chorus worker`: largest first),
  // each with its size; a clusterer's story lists no article ids here (GET /api/stories/:id does).
  app.get('/api/stories', async () => [
    ...(await store.listStories()).map((s) => ({ id: s.id, title: s.title, source: 'api', size: s.articles.length, articles: s.articles, created: new Date(s.created).toISOString() })),
    ...(await store.listClusterStories()).map((c) => ({ id: c.id, title: c.headline, source: 'cluster', size: c.size, outlets: c.outlets, first: c.first, last: c.last })),
  ]);
  app.get('/api/stories/:id', async (req) => {
    const s = await storyOr404((req.params as { id: string }).id);
    return { id: s.id, title: s.title, articles: s.articles, created: s.created ? new Date(s.created).toISOString() : null };
  });
  app.delete('/api/stories/:id', async (req, reply) => {
    const { id } = req.params as { id: string };
    if (!(await store.deleteStory(id))) throw new ApiError(404, 'not-found', `no story "${id}"`);
    return reply.status(204).send();
  });
  app.get('/api/stories/:id/brief', async (req, reply) => {
    const { key, body } = await briefJson((req.params as { id: string }).id);
    // The content key is the brief's identity: a client holding it gets 304 without the body.
    const etag = `"${key.slice(key.indexOf(':') + 1, key.indexOf(':') + 33)}"`;
    reply.header('etag', etag).header('cache-control', 'no-cache');
    if (req.headers['if-none-match'] === etag) return reply.status(304).send();
    return reply.type('application/json; charset=utf-8').send(body);
  });
  app.get('/api/stories/:id/facts', async (req, reply) => {
    const s = await storyOr404((req.params as { id: string }).id);
    const arts = await articlesOf(s);
    const key = contentKey('facts-v1', {}, arts.map((a) => ({ id: a.article.id, hash: a.hash })));
    let text = await store.cached(key);
    if (text === null) {
      text = `${JSON.stringify(facts(arts.map((a) => a.article)), null, 2)}\n`;
      await store.putCached(key, text);
    }
    return reply.type('application/json; charset=utf-8').send(text);
  });
  app.get('/api/stories/:id/map.svg', async (req, reply) => {
    const b = JSON.parse((await briefJson((req.params as { id: string }).id)).body.toString('utf8')) as Brief;
    // The map's own styles are inline; it is shown as an image, where no script runs, and allows nothing else.
    reply.header('content-security-policy', "default-src 'none'; style-src 'unsafe-inline'");
    return reply.type('image/svg+xml; charset=utf-8').send(renderMap(b.places));
  });
  return app;
}

