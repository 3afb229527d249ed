/**
 * The dashboard and the respondent island talk to the server through contracts (issue 13): a client
 * file may import from server/ only an area's contracts, `contract.ts` or `<part>-contract.ts` (pure:
 * zod and surveys/ alone), and the
 * app's route types from server/app.ts as a type-only import, which the bundler erases. Anything else
 * would carry server code (hash tables, row caches, queries) into the browser, and couple a screen to
 * a file that is free to change. The contracts themselves are checked to import nothing else.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { root } from '../helpers/cli.ts';
import { sourceFiles as files } from '../helpers/source-files.ts';

/** Each relative import of a file: the file it names (from the root) and whether it is type-only. */
function importsOf(file: string) {
  const source = readFileSync(join(root, file), 'utf8');
  return [...source.matchAll(/^(?:import|export)\s+(type\s+)?[^;]*?from\s+['"]([^'"]+)['"]/gm)].map((m) => ({
    typeOnly: Boolean(m[1]),
    target: m[2]!.startsWith('.') ? relative(root, resolve(dirname(join(root, file)), m[2]!)) : m[2]!,
  }));
}

const contract = /^server\/[a-z-]+\/([a-z]+-)?contract\.ts$/;

describe('client boundary', () => {
  it('imports from server/ only contracts, and the route types as types', () => {
    const wrong = files('client').flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target.startsWith('server/'))
        .filter(({ target, typeOnly }) => !contract.test(target) && !(typeOnly && target === 'server/app.ts'))
        .map(({ target }) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });

  it('keeps every contract pure: zod, surveys/ and other contracts only', () => {
    const contracts = files('server').filter((f) => contract.test(f));
    expect(contracts.length).toBeGreaterThan(3);
    const wrong = contracts.flatMap((file) =>
      importsOf(file)
        .filter(({ target }) => target !== 'zod' && !target.startsWith('surveys/') && !contract.test(target))
        .map(({ target }) => `${file} -> ${target}`),
    );
    expect(wrong).toEqual([]);
  });
});
