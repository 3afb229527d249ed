/** Runs `npm run cli -- ...` as a person would: Node with tsx's loader, in the project folder. */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const root = fileURLToPath(new URL('../..', import.meta.url));

export function runCli(args: string[], env: Record<string, string>, input = '') {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve, reject) => {
    // Node with tsx's loader, as `npx tsx` runs it, minus the extra process the tsx binary starts.
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/cli.ts', ...args], {
      cwd: root,
      env: { ...process.env, ...env },
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d) => (stdout += d));
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? -1, stdout, stderr }));
    child.stdin.end(input);
  });
}
