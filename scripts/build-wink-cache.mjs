// Writes dist/wink-core.bin, the binary copy of wink's English core model that src/segment/nlp.ts loads in place
// of the package's JSON (src/segment/wink-cache.ts says why and what it holds). Source: the installed
// wink-eng-lite-web-model (MIT). Run by `npm run build`, after tsc (it uses dist/).
import { writeFileSync } from 'node:fs';
import { coreModelFile, modelVersion, parsedCoreJson, WINK_CACHE_FILE } from '../dist/segment/nlp.js';
import { encodeWinkCore, sourceOf } from '../dist/segment/wink-cache.js';

const file = coreModelFile();
const bytes = encodeWinkCore(parsedCoreJson(file), sourceOf(file, modelVersion()));
writeFileSync(WINK_CACHE_FILE, bytes);
