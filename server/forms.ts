/**
 * Form bodies (plain HTML form posts, JavaScript off), read strictly: a body no browser would send is
 * an AppError (415 when it is not a form at all, 400 BAD_FORM when it is a broken one), never a parse
 * exception that reaches the error handler as a 500. Every route that takes a form reads it here.
 */
import type { Context } from 'hono';
import { AppError } from './errors.ts';

/** Fields as strings; a field given more than once (a multi question's boxes) becomes a list. */
export type FormFields = Record<string, string | string[]>;

const badForm = () => new AppError('BAD_FORM', 'The form in the request body could not be read.');

// fatal: bytes that are not UTF-8 are refused rather than read as replacement characters, which
// would otherwise be stored as if the person had typed them.
const utf8 = new TextDecoder('utf-8', { fatal: true });

function add(form: FormFields, name: string, value: string) {
  const held = form[name];
  if (held === undefined) form[name] = value;
  else if (Array.isArray(held)) held.push(value);
  else form[name] = [held, value];
}

/** No prototype, so a field named `__proto__` or `constructor` is just a field. */
const emptyForm = (): FormFields => Object.create(null) as FormFields;

/** application/x-www-form-urlencoded as the URL standard writes it, refusing what it cannot decode. */
export function parseUrlencoded(bytes: Uint8Array): FormFields {
  const form = emptyForm();
  try {
    const text = utf8.decode(bytes);
    // decodeURIComponent throws on a stray % or an escape that is not UTF-8 (URLSearchParams would
    // keep "%zz" and turn %FF into U+FFFD without a word).
    const decode = (s: string) => decodeURIComponent(s.replace(/\+/g, ' '));
    for (const pair of text.split('&')) {
      if (pair === '') continue;
      const eq = pair.indexOf('=');
      add(form, decode(eq < 0 ? pair : pair.slice(0, eq)), eq < 0 ? '' : decode(pair.slice(eq + 1)));
    }
  } catch {
    throw badForm();
  }
  return form;
}

/** The posted form; uploads in a multipart body are not answers and are left out. */
export async function readForm(c: Context): Promise<FormFields> {
  const type = c.req.header('content-type') ?? '';
  if (/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
    return parseUrlencoded(new Uint8Array(await c.req.arrayBuffer()));
  }
  if (!/^multipart\/form-data\s*(;|$)/i.test(type)) {
    throw new AppError('UNSUPPORTED_MEDIA_TYPE', 'Send the form as a browser does (a form post).');
  }
  let body: Record<string, unknown>;
  try {
    body = await c.req.parseBody({ all: true });
  } catch {
    // No boundary, a truncated part, an empty body: the runtime's FormData parser throws a TypeError.
    throw badForm();
  }
  const form = emptyForm();
  for (const [name, value] of Object.entries(body)) {
    for (const v of Array.isArray(value) ? value : [value]) if (typeof v === 'string') add(form, name, v);
  }
  return form;
}
