import type { Kysely, Compilable, CompiledQuery } from 'kysely';
import type { Database } from './db/schema.ts';

/** The clock is a port so tests can move time and so dates come from one place. */
export interface Clock {
  now(): Date;
}

/** Randomness is a port: CSPRNG in production, seeded in tests that need repeatable data. */
export interface Random {
  /** `n` bytes from a cryptographically secure generator. */
  bytes(n: number): Uint8Array;
}

/**
 * Runs statements atomically: all or none. A transaction on better-sqlite3, `batch()` on D1,
 * which has no interactive transactions; so no statement may depend on a value read inside it.
 */
export type Atomic = (statements: (Compilable<unknown> | CompiledQuery)[]) => Promise<{ numChangedRows: number }[]>;

export interface Config {
  /** Public origin used in links, e.g. https://survey.example.org (no trailing slash). */
  publicUrl: string;
  /** Largest JSON or form body accepted, in bytes. */
  maxBodyBytes: number;
  /** Secure cookies when served over https. */
  secureCookies: boolean;
  /** Seconds an admin session lasts. */
  sessionSeconds: number;
  /** Hashed asset file names for pages (the respondent island). */
  assets: { respondJs: string | null };
}

/** Static files (the built client) for runtimes that do not serve them in front of the app. */
export type AssetReader = (path: string) => Promise<{ body: Uint8Array; type: string } | null>;

export interface Logger {
  info(msg: string, fields?: Record<string, unknown>): void;
  error(msg: string, fields?: Record<string, unknown>): void;
}

export interface Deps {
  db: Kysely<Database>;
  atomic: Atomic;
  clock: Clock;
  random: Random;
  config: Config;
  log: Logger;
  assets?: AssetReader;
}
