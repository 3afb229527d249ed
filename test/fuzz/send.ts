/**
 * Sends one fuzzed request byte for byte with node:http rather than fetch: fetch would normalise the
 * path (`..`, `%2e%2e`), refuse some headers and always set its own framing, and the fuzzer wants the
 * server to see what an attacker can send.
 */
import { request } from 'node:http';
import { brotliDecompressSync, gunzipSync, inflateSync } from 'node:zlib';

export interface RawRequest {
  method: string;
  /** Sent as written; the generators keep it within what HTTP/1.1 can carry. */
  path: string;
  headers: Record<string, string>;
  body?: Buffer;
  /** Send the body in chunks with no Content-Length (Transfer-Encoding: chunked). */
  chunked?: boolean;
}

export interface RawResponse {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  /** The body as text, decompressed when the server compressed it. */
  text: string;
}

const timeoutMs = 15_000;

function decode(body: Buffer, encoding: string | undefined): Buffer {
  if (encoding === 'gzip') return gunzipSync(body);
  if (encoding === 'deflate') return inflateSync(body);
  if (encoding === 'br') return brotliDecompressSync(body);
  return body;
}

/** The answer, or an Error saying how the exchange failed (reset, timeout: a failure in itself). */
export function send(base: string, req: RawRequest): Promise<RawResponse | Error> {
  const url = new URL(base);
  return new Promise((resolve) => {
    let settled = false;
    const done = (v: RawResponse | Error) => {
      if (settled) return;
      settled = true;
      resolve(v);
    };
    const headers: Record<string, string> = { ...req.headers };
    if (req.body && !req.chunked) headers['content-length'] = String(req.body.length);
    // Said outright: node:http frames a GET's or DELETE's body only when told to.
    if (req.body && req.chunked) headers['transfer-encoding'] = 'chunked';
    const r = request(
      { host: url.hostname, port: url.port, method: req.method, path: req.path, headers, agent: false },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (b: Buffer) => chunks.push(b));
        res.on('error', (e) => done(e));
        res.on('end', () => {
          try {
            const body = decode(Buffer.concat(chunks), res.headers['content-encoding']);
            done({ status: res.statusCode ?? 0, headers: res.headers, text: body.toString('utf8') });
          } catch (e) {
            done(new Error(`undecodable ${res.headers['content-encoding']} body: ${String(e)}`));
          }
        });
      },
    );
    r.setTimeout(timeoutMs, () => {
      done(new Error(`no answer in ${timeoutMs} ms`));
      r.destroy();
    });
    // A server may answer 413 and close before the whole body is written; the answer is what counts.
    r.on('error', (e) => setTimeout(() => done(e), 50));
    if (!req.body) return void r.end();
    if (!req.chunked) return void r.end(req.body);
    for (let at = 0; at < req.body.length; at += 16 * 1024) r.write(req.body.subarray(at, at + 16 * 1024));
    r.end();
  });
}

/** The request as a line a person can paste into a report (or turn into curl). */
export function describe(req: RawRequest): string {
  const body = req.body
    ? req.body.length > 300
      ? `<${req.body.length} bytes: ${JSON.stringify(req.body.subarray(0, 120).toString('latin1'))}...>`
      : JSON.stringify(req.body.toString('latin1'))
    : '(none)';
  const headers = Object.entries(req.headers)
    .map(([k, v]) => `${k}: ${v.length > 200 ? `${v.slice(0, 120)}...<${v.length} chars>` : v}`)
    .join(' | ');
  const path = req.path.length > 300 ? `${req.path.slice(0, 200)}...<${req.path.length} chars>` : req.path;
  return `${req.method} ${path}${req.chunked ? ' (chunked)' : ''}\n    headers: ${headers || '(none)'}\n    body: ${body}`;
}
