// Types of synthetic-stream.mjs (plain JavaScript so the built-code benchmark runs without a TypeScript loader).
import type { Article } from '../src/types.js';

export function syntheticStream(docs: Article[], n: number): Article[];
