/**
 * The server side of the submission benchmark, in its own process so the load generator does not
 * share its event loop: the real app over a SQLite file in WAL mode, plus a bare Hono endpoint.
 * It seeds one campaign with enough invitations, prints the tokens file path, then serves.
 */
import { Hono } from 'hono';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { createNodeServer, nodeListener, serveNode } from '../server/runtime/node-server.ts';
import { TestClient, type TestContext } from '../test/helpers/app.ts';
import { rawSubmit } from './raw-submit.ts';
import { benchAudience, benchDeps } from './seed.ts';

const invitations = Number(process.argv[2] ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), 'sv-bench-'));
const { config, deps } = benchDeps(dir);
const app = createApp(() => deps);

const client = new TestClient({ app, deps, raw: deps.sqlite.raw } as unknown as TestContext);
const tokens = await (await benchAudience(client, invitations))('Bench');

const root = new Hono();
root.post('/bare', (c) => c.json({ ok: true }));
root.route('/', app);
const tokensFile = join(dir, 'tokens.json');
writeFileSync(tokensFile, JSON.stringify(tokens));
const ready = (info: AddressInfo) =>
  console.log(JSON.stringify({ port: info.port, tokensFile, dbFile: config.databasePath }));
// Both endpoints go through the Node adapter that `npm start` uses. With `raw` (submit_ceiling),
// /raw/:token/submit is answered by plain node:http code beside them (see raw-submit.ts).
const options = { fetch: root.fetch, port: 0, hostname: '127.0.0.1', preReadBytes: config.maxBodyBytes };
let server: Server;
if (process.argv[3] === 'raw') {
  const listener = nodeListener(options);
  const raw = rawSubmit(deps.sqlite.raw, deps.atomic);
  server = createNodeServer((req, res) =>
    req.url!.startsWith('/raw/') ? raw(req, res) : listener(req, res),
  );
  server.listen(0, '127.0.0.1', () => ready(server.address() as AddressInfo));
} else {
  server = serveNode(options, ready);
}
// Each run seeds tens of megabytes; leave nothing behind in the temp directory.
process.once('SIGTERM', () => {
  server.close();
  deps.sqlite.raw.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
