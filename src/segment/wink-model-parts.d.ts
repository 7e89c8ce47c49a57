// The parts of wink-eng-lite-web-model that ./nlp.ts imports by path (the package types only its index). wink-nlp
// takes them as they are; their shapes are wink's business.
declare module 'wink-eng-lite-web-model/dist/*.js' {
  const part: unknown;
  export default part;
}
