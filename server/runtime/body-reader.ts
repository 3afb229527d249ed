/**
 * Reads a request body off the socket before the app sees it. @hono/node-server hands Hono a body as
 * `Readable.toWeb(incoming)` behind a full undici Request, built the first time the app touches the
 * body; for a small JSON body that costs several times more than everything else in a bare request.
 * Collecting the chunks from plain 'data' events and answering `text()`/`json()`/`arrayBuffer()` from
 * the buffer skips both. Anything that still asks for the standard Request (`body`, `formData()`,
 * `clone()`, `signal`) gets one built from the same bytes (node-server's `rawBody` path).
 *
 * The pre-read stops at `maxBytes`: a longer body is handed on as a stream, bytes already read put
 * back first, so the app's own body limit sees all of it and answers 413 exactly as before.
 */
import { IncomingMessage } from 'node:http';

export type PreRead =
  /** The whole body is in memory (empty for a request without one). */
  | { kind: 'buffered'; body: Buffer }
  /** Longer than the pre-read allows, or announced so: left on the stream, unread. */
  | { kind: 'stream' }
  /** The client went away before the body ended; nobody is left to answer. */
  | { kind: 'aborted' };

const stream: PreRead = { kind: 'stream' };
const aborted: PreRead = { kind: 'aborted' };

export function preReadBody(incoming: IncomingMessage, maxBytes: number): Promise<PreRead> {
  const announced = incoming.headers['content-length'];
  if (announced !== undefined && !incoming.headers['transfer-encoding'] && Number(announced) > maxBytes) {
    return Promise.resolve(stream);
  }
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const done = (result: PreRead) => {
      incoming.off('data', onData);
      incoming.off('end', onEnd);
      incoming.off('error', onAbort);
      incoming.off('close', onAbort);
      resolve(result);
    };
    const onData = (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) {
        chunks.push(chunk);
        return;
      }
      // Over the limit: stop reading and put back what was read, so whoever reads the stream next
      // (the app's body limit) counts every byte from the first.
      incoming.pause();
      done(stream);
      incoming.unshift(chunk);
      for (let i = chunks.length - 1; i >= 0; i--) incoming.unshift(chunks[i]!);
    };
    const onEnd = () =>
      done({ kind: 'buffered', body: chunks.length === 1 ? chunks[0]! : Buffer.concat(chunks, size) });
    // 'close' before 'end' means the connection dropped mid-body ('error' comes first, if at all).
    const onAbort = () => done(aborted);
    incoming.on('data', onData);
    incoming.on('end', onEnd);
    incoming.on('error', onAbort);
    incoming.on('close', onAbort);
  });
}

const bodyKey = Symbol('preReadBody');

interface BodyState {
  bytes: Buffer;
  /** Read through one of the fast methods below. */
  used: boolean;
  /** Handed to a standard Request, which from then on owns the body. */
  handedOn: boolean;
}

type Carrier = Request & { [bodyKey]: BodyState };

const unusable = () => Promise.reject(new TypeError('Body is unusable: Body has already been read'));

/**
 * The server's requests (`createServer({ IncomingMessage })`): a pre-read body sits where node-server
 * looks for one, `rawBody`, which it reads once, when it builds the standard Request; from then on
 * that Request owns the body. A getter on the class, not a property added to each request, so
 * node's own code keeps working with requests of one shape.
 */
export class PreReadIncoming extends IncomingMessage {
  [bodyKey]: BodyState | undefined = undefined;

  get rawBody(): Buffer | undefined {
    const state = this[bodyKey];
    if (state) state.handedOn = true;
    return state?.bytes;
  }
}

/** Gives node-server's lightweight request fast `text()`, `json()` and `arrayBuffer()` over `bytes`. */
export function attachBody(request: Request, incoming: PreReadIncoming, bytes: Buffer): void {
  const state: BodyState = { bytes, used: false, handedOn: false };
  incoming[bodyKey] = state;
  (request as Carrier)[bodyKey] = state;
  Object.setPrototypeOf(request, fastBodyPrototype(Object.getPrototypeOf(request) as Request));
}

// One derived prototype per base prototype (there is one: node-server's), not one per request.
const derived = new WeakMap<object, object>();

function fastBodyPrototype(base: Request): object {
  let proto = derived.get(base);
  if (proto) return proto;
  // Each method reads the buffer once, like a stream; once a standard Request owns the body, it answers.
  const take = <T>(
    req: Carrier,
    name: 'text' | 'json' | 'arrayBuffer',
    convert: (b: Buffer) => T,
  ): Promise<T> => {
    const state = req[bodyKey];
    if (state.handedOn) return (base[name] as () => Promise<T>).call(req);
    if (state.used) return unusable();
    state.used = true;
    try {
      return Promise.resolve(convert(state.bytes));
    } catch (error) {
      return Promise.reject(error);
    }
  };
  // UTF-8 without a leading byte order mark, as the Fetch standard's text() decodes.
  const text = (b: Buffer) =>
    b[0] === 0xef && b[1] === 0xbb && b[2] === 0xbf ? b.toString('utf8', 3) : b.toString('utf8');
  proto = Object.create(base, {
    text: {
      value(this: Carrier) {
        return take(this, 'text', text);
      },
    },
    json: {
      value(this: Carrier) {
        return take(this, 'json', (b) => JSON.parse(text(b)) as unknown);
      },
    },
    arrayBuffer: {
      value(this: Carrier) {
        return take(this, 'arrayBuffer', (b) => b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength));
      },
    },
    bodyUsed: {
      get(this: Carrier) {
        return this[bodyKey].used || (Reflect.get(base, 'bodyUsed', this) as boolean);
      },
    },
  }) as object;
  derived.set(base, proto);
  return proto;
}
