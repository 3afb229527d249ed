/**
 * What every CLI command shares: the lazily opened database, output, and the error a person can fix.
 */
import type { ParseArgsConfig } from 'node:util';
import type { z } from 'zod';
import type { Deps } from '../../deps.ts';
import { readConfig } from '../config.ts';
import { nodeDeps } from '../deps.ts';
import { storedSecret } from '../link-secret.ts';

/** A mistake the user can fix; printed as is. */
export class CliError extends Error {}

export type Options = NonNullable<ParseArgsConfig['options']>;
export type Values = Record<string, string | boolean | undefined>;

export interface Command {
  summary: string;
  usage: string;
  details?: string;
  options?: Options;
  positionals?: string[];
  run(values: Values, positionals: string[]): Promise<number | void>;
}

let opened: ReturnType<typeof nodeDeps> | null = null;
/** The database is opened (and migrated) only by commands that need it, so --help works anywhere. */
export function deps(): Deps {
  opened ??= nodeDeps(readConfig(process.env, storedSecret));
  return opened;
}

export async function closeDeps() {
  await opened?.sqlite.close();
}

export const out = (line = '') => process.stdout.write(`${line}\n`);
export const warn = (line: string) => process.stderr.write(`${line}\n`);
export const systemAdmin = { id: 'cli', email: '', name: 'cli', role: 'admin' as const };

export function zodLine(error: z.ZodError): string {
  return error.issues
    .map((i) => (i.path.length ? `${i.path.join('.')}: ${i.message}` : i.message))
    .join('; ');
}
