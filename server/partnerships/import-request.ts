/**
 * The HTTP side of a CSV import: the body, taken as bytes so the import can refuse a file that is not
 * UTF-8 instead of reading it with replacement characters. Its query (dry run, default kind, column
 * mapping, preview size) is importQuery in contract.ts.
 */
import type { Context } from 'hono';
import { AppError } from '../errors.ts';

export async function readCsvBody(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? '';
  if (!/^text\/csv\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
  const charset = /;\s*charset="?([^";\s]+)/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as UTF-8 (text/csv; charset=utf-8).');
  }
  return new Uint8Array(await c.req.arrayBuffer());
}
