import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, it, expect, afterAll } from 'vitest';

/**
 * Only server/runtime/ may touch Node: the rest of server/, surveys/ and client/ also runs on Workers
 * and in browsers. tsconfig.core.json checks that core without Node's types. One tsc run covers both
 * halves: the core as it is must check clean, and a probe file compiled with it (from a temporary
 * directory, so the shared tree is never touched) must fail on each kind of Node use, which proves
 * nothing in the core's dependencies hands Node's globals back in.
 */
const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const dir = mkdtempSync(join(tmpdir(), 'core-typecheck-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

const probe = join(dir, 'probe.ts');
const probeLines = [
  `import { readFileSync } from 'node:fs';`,
  `import Database from 'better-sqlite3';`,
  `export const env = process.env;`,
  `export const bytes = Buffer.from('x');`,
  `export const used = [readFileSync, Database];`,
];

// The dashboard's typed client (issue 13): a changed answer or body shape must fail the dashboard's
// type check. Lines 4 and 5 use the client rightly; 6 reads a field no answer has, 7 sends a wrong
// type in a body, 8 calls a route that does not exist.
const clientProbe = join(dir, 'client-probe.ts');
const clientProbeLines = [
  `import { read, server } from ${JSON.stringify(join(root, 'client/admin/api.ts'))};`,
  `export async function probe() {`,
  `  const id = 'x';`,
  `  const answer = await read(server.api.campaigns[':id'].$get({ param: { id } }));`,
  `  const name: string = answer.campaign.name;`,
  `  const wrong: string = answer.campaign.notAField;`,
  `  await server.api.partnerships.$post({ json: { name: 7 } });`,
  `  await server.api.nowhere.$get();`,
  `  return [name, wrong];`,
  `}`,
];

interface Diagnostic {
  file: string;
  line: number;
  text: string;
}

async function typecheckCoreWithProbe(): Promise<Diagnostic[]> {
  writeFileSync(probe, probeLines.join('\n') + '\n');
  writeFileSync(clientProbe, clientProbeLines.join('\n') + '\n');
  const config = join(dir, 'tsconfig.json');
  writeFileSync(
    config,
    JSON.stringify({
      extends: join(root, 'tsconfig.core.json'),
      include: ['server', 'surveys', 'client'].map((d) => join(root, d)).concat(probe, clientProbe),
      exclude: ['server/runtime', 'client/admin/vite.config.ts'].map((d) => join(root, d)),
    }),
  );
  const tsc = join(root, 'node_modules/typescript/bin/tsc');
  const out = await promisify(execFile)(
    process.execPath,
    [tsc, '--noEmit', '--pretty', 'false', '-p', config],
    {
      cwd: root,
      maxBuffer: 16 * 1024 * 1024,
    },
  ).then(
    (r) => r.stdout,
    (e: { stdout?: string }) => e.stdout ?? String(e),
  );
  return out
    .split('\n')
    .map((l) => /^(.+?)\((\d+),\d+\): error (.*)$/.exec(l))
    .filter((m) => m !== null)
    .map((m) => ({ file: resolve(root, m[1]!), line: Number(m[2]), text: m[3]! }));
}

describe('tsconfig.core.json (server/ outside runtime/, surveys/, client/)', () => {
  it('checks the core clean, and fails a core file on node:*, better-sqlite3, process and Buffer', async () => {
    const errors = await typecheckCoreWithProbe();
    const sentinel = join(root, 'types/core/node-only.ts');
    const inCore = errors.filter((e) => e.file !== probe && e.file !== clientProbe && e.file !== sentinel);
    expect(inCore.map((e) => `${relative(root, e.file)}:${e.line} ${e.text}`)).toEqual([]);

    const probeLinesFailing = new Set(errors.filter((e) => e.file === probe).map((e) => e.line));
    // node:fs has no types, better-sqlite3 resolves to the sentinel, process and Buffer are unknown.
    expect([...probeLinesFailing].sort()).toEqual([1, 2, 3, 4]);
    expect(errors.some((e) => e.file === sentinel)).toBe(true);

    const clientLinesFailing = new Set(errors.filter((e) => e.file === clientProbe).map((e) => e.line));
    expect([...clientLinesFailing].sort()).toEqual([6, 7, 8]);
  }, 120_000);
});
