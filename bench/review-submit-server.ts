/**
 * Server side of the aggregates-on/off submission benchmark: one process, one SQLite file in WAL
 * mode, two copies of the real app. /with/ is the app as shipped; /without/ is the same app whose
 * atomic writes drop the one aggregate statement, i.e. the submission as it was before reviews.
 * Two campaigns share the same contacts, one answered through each.
 */
import { serveNode } from '../server/runtime/node-server.ts';
import { Hono } from 'hono';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { CompiledQuery } from 'kysely';
import { createApp } from '../server/app.ts';
import type { Atomic } from '../server/deps.ts';
import { TestClient, type TestContext } from '../test/helpers/app.ts';
import { benchAudience, benchDeps } from './seed.ts';

const invitations = Number(process.argv[2] ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), 'sv-bench-rollups-'));
const { config, deps } = benchDeps(dir);
const withoutRollups: Atomic = (statements) =>
  deps.atomic(
    statements.filter(
      (s) => !('sql' in s && (s as CompiledQuery).sql.startsWith('INSERT INTO rollup_counts')),
    ),
  );
const app = createApp(() => deps);
const bare = createApp(() => ({ ...deps, atomic: withoutRollups }));

const client = new TestClient({ app, deps, raw: deps.sqlite.raw } as unknown as TestContext);
const campaignTokens = await benchAudience(client, invitations);
const tokens = {
  with: await campaignTokens('With aggregates'),
  without: await campaignTokens('Without aggregates'),
};

const root = new Hono();
root.route('/with', app);
root.route('/without', bare);
const tokensFile = join(dir, 'tokens.json');
writeFileSync(tokensFile, JSON.stringify(tokens));
// The adapter `npm start` uses, as in bench/submit-server.ts.
const server = serveNode(
  { fetch: root.fetch, port: 0, hostname: '127.0.0.1', preReadBytes: config.maxBodyBytes },
  (info) => {
    console.log(JSON.stringify({ port: info.port, tokensFile }));
  },
);
process.once('SIGTERM', () => {
  server.close();
  deps.sqlite.raw.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
