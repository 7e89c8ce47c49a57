// Types of ./load-bundle.js (plain JavaScript: bin/ runs without a build step), for the tests.
export declare const V8_FLAGS: readonly string[];
export declare function applyV8Flags(): void;
export declare function loadBundle(file: string, cacheFile: string): {
  exports: Record<string, unknown>;
  cache: 'used' | 'none' | 'stale' | 'rejected';
  save: () => void;
};
