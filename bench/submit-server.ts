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
import { readConfig } from '../server/runtime/config.ts';
import { nodeDeps } from '../server/runtime/deps.ts';
import { createNodeServer, nodeListener, serveNode } from '../server/runtime/node-server.ts';
import { TestClient, type TestContext } from '../test/helpers/app.ts';
import { seedCampaign } from '../test/helpers/seed.ts';
import { rawSubmit } from './raw-submit.ts';

const invitations = Number(process.argv[2] ?? 60_000);
const dir = mkdtempSync(join(tmpdir(), 'sv-bench-'));
const config = {
  ...readConfig({
    DATABASE_PATH: join(dir, 'bench.db'),
    PUBLIC_URL: 'http://127.0.0.1',
    LINK_SECRET: 'bench-link-secret-0123456789abcdefghijkl',
  }),
};
const deps = {
  ...nodeDeps(config),
  log: { info() {}, error: (m: string, f?: unknown) => console.error(m, f) },
};
const app = createApp(() => deps);

const client = new TestClient({ app, deps, raw: deps.sqlite.raw } as unknown as TestContext);
await client.post('/api/setup', {
  email: 'bench@example.org',
  name: 'Bench',
  password: 'bench password 123',
});
// Contacts are added through the API in chunks of its 1,000-item limit; the seed helper adds 1 chunk.
const seeded = await seedCampaign(client, { workers: Math.min(invitations, 1000), orgs: 6 });
const tokens = [...seeded.tokens];
for (let start = 1000; start < invitations; start += 1000) {
  const batch = Array.from({ length: Math.min(1000, invitations - start) }, (_, i) => ({
    firstName: `W${start + i}`,
    email: `w${start + i}@bench.example`,
    kind: 'worker',
    organizationId: seeded.orgIds[(start + i) % 6],
    attributes: { occupation: ['machinist', 'welder', 'assembler'][(start + i) % 3]! },
  }));
  const res = await client.post(`/api/partnerships/${seeded.partnershipId}/contacts`, batch);
  if (res.status !== 201) throw new Error(res.text);
}
const camp = await client.post(`/api/partnerships/${seeded.partnershipId}/campaigns`, {
  name: 'Bench',
  templateId: 'worker-voice',
  period: '2026-Q4',
  segmentAttributes: ['occupation'],
  opensOn: '2000-01-01',
  closesOn: '2999-12-31',
});
await client.post(`/api/campaigns/${camp.json.campaign.id}/launch`);
const links = (await client.post(`/api/campaigns/${camp.json.campaign.id}/links`)).json.links as {
  url: string;
}[];
tokens.length = 0;
for (const l of links) tokens.push(l.url.split('/s/')[1]!);

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
