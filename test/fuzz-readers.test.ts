// A short, seeded slice of the fuzzers (`npm run fuzz` runs the same properties for a million inputs): readers,
// segmenter and Markdown renderer on hostile input. FUZZ_RUNS and FUZZ_SEED widen or move the slice.
import { test } from 'node:test';
import fc from 'fast-check';
import { briefInput, hostileInput, hostileText, markdownProperty, readerProperty, segmentProperty } from './helpers/fuzz-props.js';

const seed = Number(process.env.FUZZ_SEED ?? 12);
const runs = (n: number) => Number(process.env.FUZZ_RUNS ?? n);

test('fuzz: the readers never throw and keep regions inside the text', () => {
  fc.assert(fc.property(hostileInput, readerProperty), { seed, numRuns: runs(300) });
});

test('fuzz: the segmenter keeps sentences inside the text and within the cap', () => {
  fc.assert(fc.property(hostileText, segmentProperty), { seed, numRuns: runs(150) });
});

test('fuzz: no terminal control reaches the Markdown from ids, titles, outlets, paths or text', () => {
  fc.assert(fc.property(briefInput, markdownProperty), { seed, numRuns: runs(15) });
});
