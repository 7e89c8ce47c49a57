/** ROUGE-1.5.5 and Google's rouge-score, in TypeScript. */
export type * from './types.js';
export { evaluateRouge, metricsOf, byEvalId } from './evaluate.js';
export { formatPerl, toJson } from './format.js';
export { runRougeCli, ROUGE_HELP, optionsFromFlags, type RougeCliIo } from './cli.js';
export { readXmlConfig, readFolders, readFileList, sentencesOf, SummaryReader, type InputFormat } from './inputs.js';
export { porterStem } from './porter.js';
export { morphStem, tokens, readText, readTextLcs, normalize } from './text.js';
export { markLcs, unionLcs } from './lcs.js';
export { fmt5, perlSplitWs } from './perl.js';
export {
  scoreRougeScore,
  rougeScorePair,
  rougeScoreTokens,
  formatRougeScore,
  rougeScoreJson,
  type RougeScoreResult,
  type RougeScoreTriple,
} from './rouge-score.js';
