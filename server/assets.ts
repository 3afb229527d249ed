/**
 * Serving built files (the respondent island, the admin app): content-hashed, so cached for good, and
 * brotli-compressed ahead of time where the build wrote a `.br` beside the file. A browser that
 * accepts br gets that copy (about a fifth smaller than gzip for these scripts, and compressed once
 * at the best level rather than on every request); any other gets the file, which the server's
 * compression middleware gzips as before. On Workers the assets layer does the same at the edge.
 */
import type { Context } from 'hono';
import type { AssetReader } from './deps.ts';

/** Whether an Accept-Encoding header takes br (`br;q=0` refuses it). */
export function acceptsBrotli(header: string | undefined): boolean {
  return (header ?? '').split(',').some((part) => {
    const [name, ...params] = part.trim().split(';');
    if (name?.trim().toLowerCase() !== 'br') return false;
    const q = params.map((p) => /^\s*q\s*=\s*([\d.]+)\s*$/i.exec(p)?.[1]).find((v) => v !== undefined);
    return q === undefined || Number(q) > 0;
  });
}

/** Answers a built file, in brotli when the reader has it and the browser takes it; null when there is none. */
export async function sendAsset(
  c: Context,
  read: AssetReader | undefined,
  path: string,
  cacheControl: string,
) {
  const asset = await read?.(path, { brotli: acceptsBrotli(c.req.header('accept-encoding')) });
  if (!asset) return null;
  const headers: Record<string, string> = { 'content-type': asset.type, 'cache-control': cacheControl };
  // The same URL answers two ways, so a cache in between must key on the header.
  if (/\.(js|css)$/.test(path)) headers.vary = 'accept-encoding';
  if (asset.encoding) headers['content-encoding'] = asset.encoding;
  return c.body(asset.body as Uint8Array<ArrayBuffer>, 200, headers);
}
