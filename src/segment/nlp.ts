// The shared wink-nlp instance, created on first use with only the steps Chorus reads: the whole pipeline also
// runs negation, sentiment and named-entity patterns, at about twice the cost. Sentence bounds and
// part-of-speech tags are the same as the full pipeline's (checked on duc2003).
//
// The model is loaded here, not through wink-eng-lite-web-model's index, which costs a short command most of its
// start (about 300 ms of CPU of a 1 s `chorus summarize`): the index requires the 3 MB core JSON and 220 KB of
// lemmatizer exceptions, and its readModel() deep-copies the parsed JSON (JSON.parse(JSON.stringify(...))) and
// decodes the base64 lexicon one character at a time in JavaScript. coreModel() below builds the same object
// (same fields, same values, same hash tables) from one JSON.parse of the file and Buffer's native base64
// decoder, and the named-entity, negation and sentiment machines, which the 'sbd'+'pos' pipe never runs, are
// empty: wink builds every machine at load, whatever the pipe. test/cli-start.test.ts checks the tags against the
// package's own loader. Faster still, when `npm run build` has made one, the core comes from a binary copy of the
// JSON (./wink-cache.ts: no JSON parse, no base64, and the 87,593-word hash filled as words are met), about 30 ms
// of a 10-article `chorus summarize`; test/wink-cache.test.ts checks it gives the same tags.
import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import winkNLP from 'wink-nlp';
// The model's small parts (sentence and part-of-speech machines, the feature function), imported by name so that the
// CLI bundle holds them (and its code cache their compiled code) instead of requiring a dozen files at each start.
import loadSbdModel from 'wink-eng-lite-web-model/dist/load-sbd-model.js';
import loadPosModel from 'wink-eng-lite-web-model/dist/load-pos-model.js';
import cerTransformers from 'wink-eng-lite-web-model/dist/cer-transformers.js';
import featureFn from 'wink-eng-lite-web-model/dist/feature.js';
import { builtPath } from '../data-path.js';
import { decodeWinkCore, lexemeHash, sourceOf } from './wink-cache.js';

type Nlp = ReturnType<typeof winkNLP>;
type WinkModel = Parameters<typeof winkNLP>[0];

export const NLP = {
  /**
   * Words wink may add to its lexicon before the shared instance is made afresh. wink keeps every word it has not
   * seen before (about 200 bytes each), so a long-running process (`chorus serve`, `chorus worker`) would grow
   * without end; 100,000 new words are about 20 MB, and a fresh instance costs one model load.
   */
  maxNewWords: 100_000,
} as const;

let taggerInstance: Nlp | null = null;
/** The lexeme table of the instance's model: its length less the model's own size is the words wink added. */
let lexemes: { list: string[]; intrinsicSize?: number } | null = null;

const require = createRequire(import.meta.url);
const MODEL_PKG = 'wink-eng-lite-web-model';
/** The binary copy of the core model that `npm run build` writes (./wink-cache.ts). */
export const WINK_CACHE_FILE = builtPath('wink-core.bin');

/** A machine that accepts nothing (wink's automaton emptyModelJSON()): the models of the steps not in the pipe. */
const EMPTY_MACHINE = JSON.stringify([100, 0, { 0: {} }, {}, {}, {}]);

/** A field of the core model's JSON: the parts coreModel() reads and completes. */
interface FeatureData { list: string[]; hash?: Record<string, number>; intrinsicSize?: number; index?: number; maxIndex?: number }
interface CoreJson {
  packing: { layout: Record<string, number[]>; efList?: string[] };
  features: Record<string, FeatureData> & { lexeme: FeatureData; posClusters: { list: (string | Set<number>)[] } };
  pos: { hash: Record<string, number> };
  lexicon: string | Uint32Array;
  xpansions: string | Uint32Array;
}

/** Base64 to 32-bit words, as the package's bufferFromBase64 (atob, then bytes) does, with Node's native decoder. */
function words(base64: string): Uint32Array {
  const bytes = Buffer.from(base64, 'base64');
  const out = new Uint32Array(bytes.length >>> 2);
  new Uint8Array(out.buffer).set(bytes.subarray(0, out.length * 4));
  return out;
}

function hashOf(list: string[]): Record<string, number> {
  const hash: Record<string, number> = Object.create(null);
  for (let k = 0; k < list.length; k += 1) hash[list[k]!] = k;
  return hash;
}

/** The installed core model's JSON file. */
export function coreModelFile(): string {
  return require.resolve(`${MODEL_PKG}/dist/languages/cur/models/eng-core-web-model.json`);
}

/** The installed model package's version (part of the binary copy's key). */
export function modelVersion(): string {
  return (require(`${MODEL_PKG}/package.json`) as { version: string }).version;
}

/** The core model's JSON with its base64 parts decoded: what the binary copy stores (scripts/build-wink-cache.mjs). */
export function parsedCoreJson(file: string = coreModelFile()): CoreJson & { lexicon: Uint32Array; xpansions: Uint32Array } {
  const model = JSON.parse(readFileSync(file, 'utf8')) as CoreJson;
  model.lexicon = words(model.lexicon as string);
  model.xpansions = words(model.xpansions as string);
  return model as CoreJson & { lexicon: Uint32Array; xpansions: Uint32Array };
}

/** The core model from the binary copy `npm run build` made (./wink-cache.ts), when it matches the installed file. */
function cachedCoreJson(cacheFile: string, file: string): CoreJson | null {
  const parts = decodeWinkCore(cacheFile, sourceOf(file, modelVersion()));
  if (!parts) return null;
  const model = parts.rest as unknown as CoreJson;
  model.lexicon = parts.lexicon;
  model.xpansions = parts.xpansions;
  model.features.lexeme.list = parts.lexemes;
  model.features.lexeme.hash = lexemeHash(parts.lexemes, parts.sorted);
  return model;
}

/**
 * wink-eng-lite-web-model's load-core-model.js (readModel, then the feature sizes), from the binary copy when there
 * is a fresh one (`cacheFile`, null for none), else from one parse of the JSON.
 */
export function coreModel(cacheFile: string | null = WINK_CACHE_FILE): CoreJson {
  const file = coreModelFile();
  const cached = cacheFile === null ? null : cachedCoreJson(cacheFile, file);
  const model = cached ?? parsedCoreJson(file);
  const { packing, features, pos } = model;
  for (const f in packing.layout) if (packing.layout[f]![3] === 0) features[f]!.hash = hashOf(features[f]!.list);
  if (!cached) features.lexeme.hash = hashOf(features.lexeme.list);
  const clusters = features.posClusters.list;
  for (let k = 0; k < clusters.length; k += 1) clusters[k] = new Set((clusters[k] as string).split('_').map((e) => pos.hash[e] || 0));
  packing.efList = [];
  for (const f in packing.layout) {
    const layout = packing.layout[f]!;
    if (layout[3] === 0) {
      const fd = features[f]!;
      fd.intrinsicSize = fd.list.length;
      fd.index = fd.list.length;
      fd.maxIndex = layout[1]! >>> layout[2]!;
    }
    if (layout[4] === 1) packing.efList.push(f);
  }
  features.lexeme.intrinsicSize = features.lexeme.list.length;
  features.lexeme.index = features.lexeme.list.length;
  lexemes = features.lexeme;
  return model;
}

/** The model object wink-nlp takes: the package's own sentence and part-of-speech parts, the fast core above. */
function sbdPosModel(cacheFile: string | null = WINK_CACHE_FILE): WinkModel {
  const noop = (): void => {};
  return {
    core: () => coreModel(cacheFile),
    sbd: loadSbdModel,
    pos: loadPosModel,
    // Not the package's load-cer-meta-model.js: it stringifies its module's JSON in place, so a second instance
    // would get a string of a string (and each later one a longer one).
    metaCER: () => ({ machines: JSON.stringify(require(`${MODEL_PKG}/dist/languages/cur/models/eng-cer-meta-model.json`)), transformers: cerTransformers }),
    featureFn,
    ner: () => ({ machines: [], transformers: [] }),
    negation: () => ({ machines: [EMPTY_MACHINE], setter: noop }),
    sa: () => ({ machines: [EMPTY_MACHINE], setter: noop }),
    addons: Object.create(null),
  } as unknown as WinkModel;
}

/** Sentences and part-of-speech tags: the segmenter's instance, whose tags the facts finders reuse (./tags.ts).
 *  Made afresh once wink has added NLP.maxNewWords words to its lexicon (the same tags: wink derives a new word's
 *  features from its text). */
export function tagger(): Nlp {
  if (taggerInstance && lexemes && lexemes.list.length - (lexemes.intrinsicSize ?? 0) > NLP.maxNewWords) taggerInstance = null;
  if (!taggerInstance) taggerInstance = winkNLP(sbdPosModel(), ['sbd', 'pos']);
  return taggerInstance;
}

/** A tagger of its own on the core model read from `cacheFile` (null: from the package's JSON), for tests. */
export function taggerFrom(cacheFile: string | null): Nlp {
  return winkNLP(sbdPosModel(cacheFile), ['sbd', 'pos']);
}

/** The same pipe on the package's own loader (wink-eng-lite-web-model's index): the reference tagger() matches. */
export async function referenceTagger(): Promise<Nlp> {
  const model = (await import(MODEL_PKG)).default;
  return winkNLP(model, ['sbd', 'pos']);
}
