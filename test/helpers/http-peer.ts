/** What the local provider stand-ins (Twilio, SES, SMTP) share: an HTTP listener, body reading, waiting. */
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

export async function readBody(req: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of req) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/** Listens on a free local port; a handler that throws answers 500 with the error. */
export async function listenLocal(
  handle: (req: IncomingMessage, res: ServerResponse) => Promise<unknown>,
): Promise<{ server: Server; url: string; close(): Promise<void> }> {
  const server = createServer((req, res) => {
    handle(req, res).catch((err: unknown) => {
      res.writeHead(500);
      res.end(String(err));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    server,
    url: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}

/** Resolves once `count()` reaches `n`; fails after `timeoutMs` saying how many came. */
export async function waitForCount(count: () => number, n: number, what: string, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs;
  while (count() < n) {
    if (Date.now() > deadline) throw new Error(`expected ${n} ${what}, got ${count()}`);
    await new Promise((r) => setTimeout(r, 20));
  }
}
