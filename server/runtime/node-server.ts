/**
 * The Node HTTP adapter: @hono/node-server's listener (lightweight requests, cached responses) with
 * the request body read natively first (see body-reader.ts). Every Node entry serves through here,
 * so tests and benchmarks measure the same path as `npm start`.
 */
import { getRequestListener } from '@hono/node-server';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';
import { attachBody, preReadBody, PreReadIncoming } from './body-reader.ts';
import { refuseClientError, refusedRequest } from './refusals.ts';

type Fetch = (
  request: Request,
  env: { incoming: IncomingMessage; outgoing: ServerResponse },
) => Response | Promise<Response>;

export interface ListenerOptions {
  fetch: Fetch;
  /** Bodies up to this size are read before the app runs; longer ones reach it as a stream. */
  preReadBytes: number;
}

const pendingBody = Symbol('pendingBody');
const overLimit = Symbol('overLimit');
type Incoming = IncomingMessage & { [pendingBody]?: Buffer; [overLimit]?: true };

/** The request listener; bodies are pre-read on a server from `createNodeServer` (others stream). */
export function nodeListener({ fetch, preReadBytes }: ListenerOptions) {
  const withBody = (request: Request, env: { incoming: Incoming; outgoing: ServerResponse }) => {
    const bytes = env.incoming[pendingBody];
    if (bytes) attachBody(request, env.incoming as PreReadIncoming, bytes);
    // A body past the pre-read was partly read and put back: node-server's direct read refuses a
    // stream that has been read from, while the standard Request it builds on demand reads it whole.
    else if (env.incoming[overLimit]) void request.body;
    return fetch(request, env);
  };
  // Streamed bodies keep node-server's clean-up (draining what the app left unread); a pre-read body
  // has ended already, so its listeners would only cost time.
  const streamed = getRequestListener(withBody as never, { errorHandler: refusedRequest });
  const preRead = getRequestListener(withBody as never, {
    autoCleanupIncoming: false,
    errorHandler: refusedRequest,
  });

  return (incoming: Incoming, outgoing: ServerResponse): void => {
    if (incoming.method === 'GET' || incoming.method === 'HEAD' || !(incoming instanceof PreReadIncoming)) {
      void streamed(incoming, outgoing);
      return;
    }
    void preReadBody(incoming, preReadBytes).then((read) => {
      if (read.kind === 'aborted') {
        // Nobody is left to answer; make sure the half-read request lets go of its socket.
        incoming.destroy();
        return;
      }
      if (read.kind === 'stream') {
        (incoming as Incoming)[overLimit] = true;
        return streamed(incoming, outgoing);
      }
      (incoming as Incoming)[pendingBody] = read.body;
      return preRead(incoming, outgoing);
    });
  };
}

/** An HTTP server whose requests can carry a pre-read body (see PreReadIncoming). */
export function createNodeServer(
  handler: (incoming: IncomingMessage, outgoing: ServerResponse) => void,
): Server {
  const server = createServer({ IncomingMessage: PreReadIncoming }, handler);
  server.on('clientError', refuseClientError);
  return server as unknown as Server;
}

export interface ServeOptions extends ListenerOptions {
  port: number;
  hostname?: string;
}

/** Listens on `port` (0 for any free one) and calls `onListen` with the address once it does. */
export function serveNode(options: ServeOptions, onListen?: (address: AddressInfo) => void): Server {
  const server = createNodeServer(nodeListener(options));
  server.listen(options.port, options.hostname, () => onListen?.(server.address() as AddressInfo));
  return server;
}
