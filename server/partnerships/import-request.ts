/**
 * The HTTP side of a CSV import: the query (dry run, default kind, column mapping, preview size) and
 * the body, taken as bytes so the import can refuse a file that is not UTF-8 instead of reading it
 * with replacement characters.
 */
import type { Context } from 'hono';
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { contactKinds } from './contacts.ts';
import { columnMapping } from './import-columns.ts';

const flag = z
  .enum(['1', '0', 'true', 'false'])
  .optional()
  .transform((v) => v === '1' || v === 'true');

export const importQuery = z.object({
  dryRun: flag,
  kind: z.enum(contactKinds).optional(),
  /** JSON object, header as written in the file → field, `attributes.<name>` or `ignore`. */
  mapping: z
    .string()
    .max(20_000)
    .transform((text, ctx) => {
      try {
        return JSON.parse(text) as unknown;
      } catch {
        ctx.addIssue({ code: 'custom', message: 'mapping must be a JSON object such as {"Cell":"phone"}.' });
        return z.NEVER;
      }
    })
    .pipe(columnMapping)
    .optional(),
  preview: z.coerce.number().int().min(0).max(100).default(20),
});
export type ImportQuery = z.infer<typeof importQuery>;

export async function readCsvBody(c: Context): Promise<Uint8Array> {
  const type = c.req.header('content-type') ?? '';
  if (!/^text\/csv\b/i.test(type)) throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as text/csv.');
  const charset = /;\s*charset="?([^";\s]+)/i.exec(type)?.[1];
  if (charset && !/^utf-?8$/i.test(charset)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the file as UTF-8 (text/csv; charset=utf-8).');
  }
  return new Uint8Array(await c.req.arrayBuffer());
}
