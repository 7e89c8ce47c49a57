// The API's description, served at /openapi.json (OpenAPI 3.1).
const error = { $ref: '#/components/schemas/Error' };
const errorResponse = (description: string) => ({ description, content: { 'application/json': { schema: error } } });
const idParam = { name: 'id', in: 'path', required: true, schema: { type: 'string' } };

export const OPENAPI = {
  openapi: '3.1.0',
  info: {
    title: 'Chorus',
    version: '0.1.0',
    description: 'Many outlets, one story: post articles, group them into stories, read each story\'s cited brief. Writes need `Authorization: Bearer TOKEN` when the server was started with a token (always, when it listens beyond loopback).',
  },
  components: {
    schemas: {
      Error: {
        type: 'object', required: ['error'],
        properties: { error: { type: 'object', required: ['status', 'code', 'message'], properties: { status: { type: 'integer' }, code: { type: 'string' }, message: { type: 'string' } } } },
      },
      ArticleInput: {
        type: 'object', required: ['text'],
        description: 'Field names as the JSON reader takes them: text|body|content, title|headline, source|outlet|publisher, date|published|publishedAt, author, url, id.',
        properties: { id: { type: 'string' }, text: { type: 'string' }, title: { type: 'string' }, outlet: { type: 'string' }, published: { type: 'string' }, author: { type: 'string' }, url: { type: 'string' } },
      },
      Ingest: { type: 'object', properties: { ids: { type: 'array', items: { type: 'string' } }, added: { type: 'integer' }, warnings: { type: 'array', items: { type: 'object' } } } },
      Story: {
        type: 'object',
        description: 'A story of the API (source "api") or one `chorus cluster --db` / `chorus worker` made (source "cluster": no article ids in the list, outlets and first/last days instead).',
        properties: {
          id: { type: 'string' }, title: { type: ['string', 'null'] }, source: { enum: ['api', 'cluster'] }, size: { type: 'integer' },
          articles: { type: 'array', items: { type: 'string' } }, created: { type: ['string', 'null'], format: 'date-time' },
          outlets: { type: 'array', items: { type: 'string' } }, first: { type: ['string', 'null'] }, last: { type: ['string', 'null'] },
        },
      },
      Brief: { type: 'object', description: 'The JSON contract of docs/brief.md, exactly as `chorus brief --json` prints it.' },
    },
    securitySchemes: { token: { type: 'http', scheme: 'bearer' } },
  },
  paths: {
    '/api/articles': {
      post: {
        summary: 'Store articles (idempotent by content: the same article posted twice is stored once)',
        security: [{ token: [] }],
        requestBody: {
          content: {
            'application/json': { schema: { oneOf: [{ $ref: '#/components/schemas/ArticleInput' }, { type: 'array', items: { $ref: '#/components/schemas/ArticleInput' } }] } },
            'application/x-ndjson': { schema: { type: 'string', description: 'JSON lines: one article (or one cluster {id, documents}) per line' } },
            'text/plain': { schema: { type: 'string', description: 'one plain-text article: a title line, a blank line, the text' } },
            'multipart/form-data': { schema: { type: 'object', properties: { files: { type: 'array', items: { type: 'string', format: 'binary' }, description: '.txt, .html, .json, .jsonl' } } } },
          },
        },
        responses: { 201: { description: 'stored', content: { 'application/json': { schema: { $ref: '#/components/schemas/Ingest' } } } }, 400: errorResponse('nothing readable'), 401: errorResponse('token missing or wrong'), 413: errorResponse('too large'), 415: errorResponse('unsupported type') },
      },
      get: { summary: 'List stored articles', parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer' } }, { name: 'offset', in: 'query', schema: { type: 'integer' } }], responses: { 200: { description: 'articles (without text)' } } },
    },
    '/api/articles/{id}': {
      get: { summary: 'One stored article, text included', parameters: [idParam], responses: { 200: { description: 'the article' }, 404: errorResponse('unknown id') } },
      delete: { summary: 'Delete an article (it leaves every story)', security: [{ token: [] }], parameters: [idParam], responses: { 204: { description: 'deleted' }, 404: errorResponse('unknown id') } },
    },
    '/api/stories': {
      post: {
        summary: 'Make a story of stored article ids and/or new articles',
        security: [{ token: [] }],
        requestBody: { content: { 'application/json': { schema: { type: 'object', required: ['articles'], properties: { title: { type: 'string' }, articles: { type: 'array', items: { oneOf: [{ type: 'string', description: 'a stored article id' }, { $ref: '#/components/schemas/ArticleInput' }] } } } } } } },
        responses: { 201: { description: 'created', content: { 'application/json': { schema: { type: 'object', properties: { id: { type: 'string' } } } } } }, 400: errorResponse('bad body'), 404: errorResponse('unknown article id') },
      },
      get: { summary: 'List stories: the API\'s, newest first, then the clusterer\'s, largest first, each with its size', responses: { 200: { description: 'stories', content: { 'application/json': { schema: { type: 'array', items: { $ref: '#/components/schemas/Story' } } } } } } },
    },
    '/api/stories/{id}': {
      get: { summary: 'One story', parameters: [idParam], responses: { 200: { description: 'the story' }, 404: errorResponse('unknown id') } },
      delete: { summary: 'Delete a story (its articles stay)', security: [{ token: [] }], parameters: [idParam], responses: { 204: { description: 'deleted' }, 404: errorResponse('unknown id') } },
    },
    '/api/stories/{id}/brief': { get: { summary: 'The story\'s brief, cached by content', parameters: [idParam], responses: { 200: { description: 'the brief', content: { 'application/json': { schema: { $ref: '#/components/schemas/Brief' } } } }, 404: errorResponse('unknown id') } } },
    '/api/stories/{id}/facts': { get: { summary: 'The story\'s facts: figures, disagreements, timeline, places, names, events', parameters: [idParam], responses: { 200: { description: 'the facts' }, 404: errorResponse('unknown id') } } },
    '/api/stories/{id}/map.svg': { get: { summary: 'The offline map of the story\'s places (SVG)', parameters: [idParam], responses: { 200: { description: 'SVG' }, 404: errorResponse('unknown id') } } },
  },
} as const;
