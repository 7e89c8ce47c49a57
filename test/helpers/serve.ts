// A `chorus serve` on loopback, in-process, on a temporary database, for API and page tests.
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '../../src/serve/index.js';

export interface TestServer {
  url: string;
  db: string;
  close: () => Promise<void>;
  /** fetch on the server, JSON body decoded (null for 204). */
  call: (path: string, init?: RequestInit) => Promise<{ status: number; body: unknown; text: string; headers: Headers }>;
}

export async function startServer(opts: { token?: string; seed?: boolean; db?: string } = {}): Promise<TestServer> {
  const db = opts.db ?? join(mkdtempSync(join(tmpdir(), 'chorus-serve-')), 'test.db');
  const s = await serve({ db, port: 0, host: '127.0.0.1', token: opts.token ?? null, seed: opts.seed }, () => {});
  const call = async (path: string, init?: RequestInit) => {
    const res = await fetch(`${s.url}${path}`, init);
    const text = await res.text();
    let body: unknown = null;
    try {
      body = text ? JSON.parse(text) : null;
    } catch {
      body = null;
    }
    return { status: res.status, body, text, headers: res.headers };
  };
  return { url: s.url, db, close: s.close, call };
}
