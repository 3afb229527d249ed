/**
 * Answers for requests refused before the app runs, so they read like every other answer: the JSON
 * envelope and the app's security headers instead of a bare status line. node-server refuses a target
 * it cannot make a URL of (a backslash in the path, a Host that is no host name); Node's HTTP parser
 * refuses headers past its limit and lines that are not HTTP.
 */
import { RequestError } from '@hono/node-server';
import type { Socket } from 'node:net';
import { errorBody, errorStatus, type ErrorCode } from '../errors.ts';
import { securityHeaders } from '../security.ts';

const headers = () => ({ 'content-type': 'application/json', ...securityHeaders() });

const messages = {
  BAD_REQUEST: 'The request line or its Host header is malformed.',
  REQUEST_TIMEOUT: 'The request took too long to arrive.',
  HEADERS_TOO_LARGE: 'The request headers are too large.',
  INTERNAL_ERROR: 'Something went wrong on our side.',
} satisfies Partial<Record<ErrorCode, string>>;

/**
 * node-server's `errorHandler`: its RequestError is the client's fault; anything else (the app's fetch
 * failing outside its own error handler) is ours, logged and shown without internals.
 */
export function refusedRequest(err: unknown): Response {
  const code = err instanceof RequestError ? 'BAD_REQUEST' : 'INTERNAL_ERROR';
  if (code === 'INTERNAL_ERROR') console.error('request failed before the app ran', err);
  return new Response(JSON.stringify(errorBody(code, messages[code])), {
    status: errorStatus[code],
    headers: headers(),
  });
}

/** The server's `clientError` listener, in place of Node's default that writes a bare status line. */
export function refuseClientError(err: Error & { code?: string }, socket: Socket): void {
  // Nothing can be said on a connection that is gone or has started an answer already.
  if (!socket.writable || socket.bytesWritten > 0) return void socket.destroy();
  const code =
    err.code === 'HPE_HEADER_OVERFLOW'
      ? 'HEADERS_TOO_LARGE'
      : err.code === 'ERR_HTTP_REQUEST_TIMEOUT'
        ? 'REQUEST_TIMEOUT'
        : 'BAD_REQUEST';
  const body = JSON.stringify(errorBody(code, messages[code]));
  const lines = Object.entries({ ...headers(), 'content-length': String(Buffer.byteLength(body)) });
  socket.end(
    `HTTP/1.1 ${errorStatus[code]} ${code}\r\n${lines.map(([k, v]) => `${k}: ${v}`).join('\r\n')}\r\n` +
      `connection: close\r\n\r\n${body}`,
  );
}
