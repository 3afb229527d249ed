/**
 * Environment variables as one zod schema, read the same way by `npm start`, the CLI and the Worker:
 * the shapes are declared beside what they configure (runtime/config.ts, distribution/config.ts) out
 * of the small readers here, and parsed once at start. A value that cannot be used stops the start
 * with one line naming the variable, what it wants and what it got, instead of becoming NaN (which
 * once turned the body limit off) or an error on the first request that needs it.
 */
import { z } from 'zod';

export type Env = Record<string, string | undefined>;

/** Settings that cannot be used; the message is one line a person can act on. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}

interface Options {
  /** Never repeated in a message (a password, a key): only its length is. */
  secret?: boolean;
}

/**
 * One variable: unset or blank takes `fallback`; otherwise `read` turns the trimmed text into the
 * value, or returns undefined and the message says the variable `must be <want>`.
 */
export function setting<T, F = T>(
  want: string,
  read: (text: string) => T | undefined,
  fallback: F,
  { secret = false }: Options = {},
) {
  return z
    .unknown()
    .optional()
    .transform((raw, ctx): T | F => {
      const text = typeof raw === 'string' ? raw.trim() : raw;
      if (text === undefined || text === null || text === '') return fallback;
      const value = typeof text === 'string' ? read(text) : undefined;
      if (value === undefined) {
        const got = secret ? `${String(text).length} characters` : JSON.stringify(raw);
        ctx.addIssue({ code: 'custom', message: `must be ${want} (got ${got})` });
        return z.NEVER;
      }
      return value;
    });
}

const inRange = (value: number, min: number, max: number) =>
  Number.isFinite(value) && value >= min && value <= max ? value : undefined;

/** Digits only: "1e3", "0x10", "-1" and "5 " typos are refused rather than read the way Number() would. */
export const wholeNumber = (want: string, fallback: number, min: number, max: number) =>
  setting(want, (t) => (/^\d+$/.test(t) ? inRange(Number(t), min, max) : undefined), fallback);

/** Digits with an optional fraction ("0.5"). */
export const decimal = (want: string, fallback: number, min: number, max: number) =>
  setting(want, (t) => (/^\d+(\.\d+)?$/.test(t) ? inRange(Number(t), min, max) : undefined), fallback);

const units: Record<string, number> = {
  '': 1,
  b: 1,
  k: 1024,
  kb: 1024,
  kib: 1024,
  m: 1 << 20,
  mb: 1 << 20,
  mib: 1 << 20,
};

/** A size in bytes, or with a unit as people write it: "262144", "256kb", "1mb" (binary: 1kb = 1024). */
export const byteSize = (want: string, fallback: number, min: number, max: number) =>
  setting(
    want,
    (t) => {
      const m = /^(\d+(?:\.\d+)?)\s*([a-z]*)$/i.exec(t);
      const unit = m ? units[m[2]!.toLowerCase()] : undefined;
      return m && unit ? inRange(Math.round(Number(m[1]) * unit), min, max) : undefined;
    },
    fallback,
  );

const yes = ['1', 'true', 'yes', 'on'];
const no = ['0', 'false', 'no', 'off'];
export const flag = (want: string) =>
  setting(
    want,
    (t) => (yes.includes(t.toLowerCase()) ? true : no.includes(t.toLowerCase()) ? false : undefined),
    false,
  );

/** An absolute URL with one of these schemes (a trailing slash dropped). */
export const url = <F>(want: string, schemes: string[], fallback: F, options?: Options) =>
  setting(
    want,
    (t) => {
      try {
        const u = new URL(t);
        return schemes.includes(u.protocol) && u.hostname !== '' ? t.replace(/\/+$/, '') : undefined;
      } catch {
        return undefined;
      }
    },
    fallback,
    options,
  );

export const matching = <F>(want: string, pattern: RegExp, fallback: F, options?: Options) =>
  setting(want, (t) => (pattern.test(t) ? t : undefined), fallback, options);

export const text = <F>(fallback: F, options?: Options) => setting('text', (t) => t, fallback, options);

/** Parses `env` with the schema; every variable that cannot be used is named in one line. */
export function parseSettings<S extends z.ZodType>(schema: S, env: Env): z.infer<S> {
  const result = schema.safeParse(env);
  if (result.success) return result.data;
  const problems = result.error.issues.map((i) => `${i.path.join('.')} ${i.message}`);
  throw new SettingsError(problems.join('; '));
}

/**
 * The one line that says why settings stopped a start: a SettingsError, or one of our own refusals
 * (a half Twilio or SES configuration) which are plain Errors with a sentence. Null for anything
 * else, which is a bug and keeps its stack.
 */
export function settingsProblem(err: unknown): string | null {
  if (err instanceof SettingsError) return err.message;
  if (err instanceof Error && err.constructor === Error) return err.message.split('\n')[0]!;
  return null;
}
