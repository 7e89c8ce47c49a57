// A real PostgreSQL for the tests: the server named by CHORUS_TEST_PG (e.g.
// postgres://chorus:chorus@127.0.0.1:5432/chorus_test; .ci/run starts one and sets it). Each test gets a new
// database of its own, dropped after. Without CHORUS_TEST_PG the tests skip, except in CI (CI=1): there a
// missing server fails them.
import type { TestContext } from 'node:test';
import { randomBytes } from 'node:crypto';

export const PG_URL = process.env.CHORUS_TEST_PG ?? '';
const IN_CI = process.env.CI === '1' || process.env.CI === 'true';

/** The URL of a fresh database (dropped by the returned function), or null when the test was skipped. */
export async function freshDatabase(t: TestContext): Promise<{ url: string; drop: () => Promise<void> } | null> {
  if (!PG_URL) {
    if (IN_CI) throw new Error('CHORUS_TEST_PG is not set: CI must run the PostgreSQL tests against a real server');
    t.skip('CHORUS_TEST_PG not set (set it to a postgres:// URL to run the PostgreSQL tests)');
    return null;
  }
  const pg = (await import('pg')).default;
  const admin = new pg.Client({ connectionString: PG_URL });
  await admin.connect();
  const name = `chorus_t_${randomBytes(5).toString('hex')}`;
  try {
    await admin.query(`CREATE DATABASE ${name}`);
  } finally {
    await admin.end();
  }
  const u = new URL(PG_URL);
  u.pathname = `/${name}`;
  return {
    url: u.toString(),
    drop: async () => {
      const c = new pg.Client({ connectionString: PG_URL });
      await c.connect();
      try {
        await c.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      } finally {
        await c.end();
      }
    },
  };
}
