/**
 * The server side of the submission benchmarks, in its own process so the load generator does not
 * share its event loop: the real app over a SQLite file in WAL mode, a bare Hono endpoint, and the
 * same submission on plain node:http (bench/raw-submit.ts) on the same connection.
 * It seeds one campaign with enough invitations, prints the tokens file path, then serves.
 */
import { Hono } from 'hono';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import type { ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp } from '../server/app.ts';
import { createNodeServer, nodeListener } from '../server/runtime/node-server.ts';
import { TestClient } from '../test/helpers/app.ts';
import { rawSubmit } from './raw-submit.ts';
import { benchAudience, benchDeps } from './seed.ts';

const invitations = Number(process.argv[2] ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), 'sv-bench-'));
const { config, deps } = benchDeps(dir);
const app = createApp(() => deps);

const client = new TestClient({ app });
const { tokens } = await (await benchAudience(client, deps, invitations))('Bench');

const root = new Hono();
root.post('/bare', (c) => c.json({ ok: true }));
root.route('/', app);
const tokensFile = join(dir, 'tokens.json');
writeFileSync(tokensFile, JSON.stringify(tokens));
// The app and the bare endpoint go through the Node adapter that `npm start` uses (serveNode's own
// listener); /raw/:token/submit is answered by plain node:http code beside them, and so is /cpu.
const listener = nodeListener({ fetch: root.fetch, preReadBytes: config.maxBodyBytes });
const raw = rawSubmit(deps.sqlite.raw, config.answerSecret, config.maxBodyBytes);
// GET /cpu: the process's CPU time so far (every thread: the event loop, WebCrypto's thread pool, the
// checkpointer), so the load generator can charge each slice of load its own CPU.
const cpu = (res: ServerResponse) => {
  const { user, system } = process.cpuUsage();
  res.writeHead(200, { 'content-type': 'application/json' }).end(JSON.stringify({ us: user + system }));
};
const server = createNodeServer((req, res) =>
  req.url!.startsWith('/raw/') ? raw(req, res) : req.url === '/cpu' ? cpu(res) : listener(req, res),
);
server.listen(0, '127.0.0.1', () => {
  const info = server.address() as AddressInfo;
  console.log(JSON.stringify({ port: info.port, tokensFile, dbFile: config.databasePath }));
});
// Each run seeds tens of megabytes; leave nothing behind in the temp directory.
process.once('SIGTERM', () => {
  server.close();
  deps.sqlite.raw.close();
  rmSync(dir, { recursive: true, force: true });
  process.exit(0);
});
