/**
 * The Node adapter reads bodies before the app runs: the app must see exactly the bytes it would
 * have streamed (JSON, text, forms, empty, chunked), the body limit must still answer 413 for
 * announced and chunked bodies alike, and a client that hangs up mid-body must cost nothing.
 */
import { Hono } from 'hono';
import { request as httpRequest, Agent, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';
import { connect } from 'node:net';
import type { Server } from 'node:http';
import { afterEach, describe, expect, it } from 'vitest';
import { serveNode } from '../../server/runtime/node-server.ts';
import { makeTestApp } from '../helpers/app.ts';

let server: Server | undefined;
afterEach(async () => {
  await new Promise((resolve) => (server ? server.close(resolve) : resolve(null)));
  server = undefined;
});

async function start(
  fetch: (req: Request) => Response | Promise<Response>,
  preReadBytes = 1024,
): Promise<number> {
  return new Promise((resolve) => {
    server = serveNode({ fetch, port: 0, hostname: '127.0.0.1', preReadBytes }, (a: AddressInfo) =>
      resolve(a.port),
    );
  });
}

interface Sent {
  method?: string;
  path?: string;
  headers?: Record<string, string>;
  /** Written as separate chunks; without a content-length header they go chunked. */
  chunks?: (string | Buffer)[];
  agent?: Agent;
}

function send(port: number, { method = 'POST', path = '/', headers = {}, chunks = [], agent }: Sent) {
  return new Promise<{ status: number; headers: IncomingHttpHeaders; text: string }>((resolve, reject) => {
    const req = httpRequest({ host: '127.0.0.1', port, method, path, headers, agent }, (res) => {
      let text = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => (text += c));
      res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, text }));
    });
    req.on('error', reject);
    for (const c of chunks) req.write(c);
    req.end();
  });
}

/** Echoes what the app saw of the body, through each way of reading it. */
function echoApp() {
  const seen: string[] = [];
  const app = new Hono();
  app.post('/text', async (c) => c.json({ text: await c.req.text(), used: c.req.raw.bodyUsed }));
  app.post('/json', async (c) => c.json(await c.req.json()));
  app.post('/bytes', async (c) => c.json({ length: (await c.req.arrayBuffer()).byteLength }));
  app.post('/form', async (c) => c.json(await c.req.parseBody()));
  app.post('/stream', async (c) => c.json({ text: await new Response(c.req.raw.body).text() }));
  app.post('/stream-then-text', async (c) => {
    // Once the standard Request has the body, reads go through it: still one body, read once.
    const stream = c.req.raw.body;
    return c.json({ text: await c.req.raw.text(), hadStream: stream !== null, used: c.req.raw.bodyUsed });
  });
  app.post('/twice', async (c) => {
    const first = await c.req.raw.text();
    const second = await c.req.raw.text().then(
      () => 'read again',
      (e: Error) => e.name,
    );
    return c.json({ first, second });
  });
  app.post('/seen', async (c) => {
    seen.push(await c.req.text());
    return c.json({ ok: true });
  });
  app.get('/get', (c) => c.json({ q: c.req.query('q') }));
  app.post('/ignore', (c) => c.json({ ok: true }));
  return { app, seen };
}

describe('node adapter: bodies read before the app runs', () => {
  it('gives the app the body as text, JSON and bytes', async () => {
    const port = await start(echoApp().app.fetch);
    const json = { answers: { q1: 'yes', q2: ['a', 'ü'] } };
    const headers = { 'content-type': 'application/json' };
    const text = await send(port, { path: '/text', headers, chunks: [JSON.stringify(json)] });
    expect(JSON.parse(text.text)).toEqual({ text: JSON.stringify(json), used: true });
    expect(
      JSON.parse((await send(port, { path: '/json', headers, chunks: [JSON.stringify(json)] })).text),
    ).toEqual(json);
    const bytes = await send(port, { path: '/bytes', chunks: [Buffer.alloc(700, 1)] });
    expect(JSON.parse(bytes.text)).toEqual({ length: 700 });
  });

  it('reads a body once, like a stream', async () => {
    const port = await start(echoApp().app.fetch);
    const res = await send(port, { path: '/twice', chunks: ['once'] });
    expect(JSON.parse(res.text)).toEqual({ first: 'once', second: 'TypeError' });
  });

  it('lets the standard Request own the body once the app asked for it', async () => {
    const port = await start(echoApp().app.fetch);
    const res = await send(port, { path: '/stream-then-text', chunks: ['abc'] });
    expect(JSON.parse(res.text)).toEqual({ text: 'abc', hadStream: true, used: true });
  });

  it('decodes UTF-8 without its byte order mark, as fetch does', async () => {
    const port = await start(echoApp().app.fetch);
    const res = await send(port, { path: '/text', chunks: [Buffer.from('\ufeffhé', 'utf8')] });
    expect(JSON.parse(res.text).text).toBe('hé');
  });

  it('serves the standard body stream and form parsing from the same bytes', async () => {
    const port = await start(echoApp().app.fetch);
    expect(JSON.parse((await send(port, { path: '/stream', chunks: ['a', 'b', 'c'] })).text)).toEqual({
      text: 'abc',
    });
    const form = await send(port, {
      path: '/form',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      chunks: ['name=Ana&lang=es'],
    });
    expect(JSON.parse(form.text)).toEqual({ name: 'Ana', lang: 'es' });
  });

  it('handles empty bodies, chunked bodies and GET requests', async () => {
    const port = await start(echoApp().app.fetch);
    expect(JSON.parse((await send(port, { path: '/text' })).text)).toEqual({ text: '', used: true });
    // No content-length: node sends these chunked.
    const chunked = await send(port, { path: '/text', chunks: ['x'.repeat(300), 'y'.repeat(300)] });
    expect(JSON.parse(chunked.text).text).toBe('x'.repeat(300) + 'y'.repeat(300));
    expect(JSON.parse((await send(port, { method: 'GET', path: '/get?q=1' })).text)).toEqual({ q: '1' });
  });

  it('keeps a keep-alive connection usable across bodies the app read and bodies it ignored', async () => {
    const port = await start(echoApp().app.fetch);
    const agent = new Agent({ keepAlive: true, maxSockets: 1 });
    const sockets = new Set();
    server!.on('connection', (s) => sockets.add(s));
    for (let i = 0; i < 4; i++) {
      expect(
        (await send(port, { path: i % 2 ? '/ignore' : '/text', chunks: [`body ${i}`], agent })).status,
      ).toBe(200);
    }
    // node-server drops a socket whose request body is still unread 500 ms after the response.
    await new Promise((r) => setTimeout(r, 700));
    expect((await send(port, { path: '/text', chunks: ['later'], agent })).status).toBe(200);
    expect(sockets.size).toBe(1);
    agent.destroy();
  });

  it('hands a body longer than the pre-read to the app as a stream, every byte included', async () => {
    const port = await start(echoApp().app.fetch, 100);
    const body = Array.from({ length: 40 }, (_, i) => `chunk ${i};`);
    const res = await send(port, { path: '/text', chunks: body });
    expect(JSON.parse(res.text).text).toBe(body.join(''));
    const announced = await send(port, {
      path: '/text',
      chunks: [body.join('')],
      headers: { 'content-length': String(body.join('').length) },
    });
    expect(JSON.parse(announced.text).text).toBe(body.join(''));
  });

  it('never calls the app for a client that hangs up mid-body', async () => {
    const { app, seen } = echoApp();
    const port = await start(app.fetch);
    await new Promise<void>((resolve) => {
      const socket = connect(port, '127.0.0.1', () => {
        socket.write('POST /seen HTTP/1.1\r\nHost: x\r\nContent-Length: 500\r\n\r\n' + 'a'.repeat(100));
        setTimeout(() => {
          socket.destroy();
          resolve();
        }, 50);
      });
    });
    await new Promise((r) => setTimeout(r, 50));
    expect(seen).toEqual([]);
    expect((await send(port, { path: '/seen', chunks: ['after'] })).status).toBe(200);
    expect(seen).toEqual(['after']);
  });
});

describe('node adapter: the body limit', () => {
  it('answers 413 BODY_TOO_LARGE for an announced body and for a chunked one, and stores nothing', async () => {
    const ctx = makeTestApp({ maxBodyBytes: 2048 });
    const port = await start(ctx.app.fetch, 2048);
    const big = JSON.stringify({
      email: 'a@b.org',
      name: 'x'.repeat(5000),
      password: 'long enough password',
    });
    const headers = { 'content-type': 'application/json' };
    const announced = await send(port, {
      path: '/api/setup',
      headers: { ...headers, 'content-length': String(big.length) },
      chunks: [big],
    });
    expect(announced.status).toBe(413);
    expect(JSON.parse(announced.text).error.code).toBe('BODY_TOO_LARGE');
    const chunked = await send(port, {
      path: '/api/setup',
      headers,
      chunks: [big.slice(0, 1500), big.slice(1500)],
    });
    expect(chunked.status).toBe(413);
    expect(JSON.parse(chunked.text).error.code).toBe('BODY_TOO_LARGE');
    expect(ctx.raw.prepare('SELECT count(*) AS n FROM users').get()).toEqual({ n: 0 });
  });

  it('still accepts a chunked body within the limit', async () => {
    const ctx = makeTestApp({ maxBodyBytes: 2048 });
    const port = await start(ctx.app.fetch, 2048);
    const body = JSON.stringify({ email: 'a@b.org', name: 'Ana', password: 'long enough password' });
    const res = await send(port, {
      path: '/api/setup',
      headers: { 'content-type': 'application/json' },
      chunks: [body.slice(0, 20), body.slice(20)],
    });
    expect(res.status).toBe(201);
  });
});
