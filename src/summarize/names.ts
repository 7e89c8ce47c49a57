// The names `--method` accepts, without loading the methods (the CLI's help and argument checks need only these;
// summarize/index.ts holds the table and its type check keeps the two in step).
export const METHOD_NAMES = ['chorus', 'lead', 'centroid', 'lexrank', 'textrank', 'coverage'] as const;
export type MethodName = (typeof METHOD_NAMES)[number];
export const DEFAULT_METHOD: MethodName = 'chorus';
