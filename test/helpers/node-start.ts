/**
 * `npm start`'s entry (server/runtime/node.ts) run to see it refuse to start: what it printed and its
 * exit status. For starts that succeed, use startNodeServer (node-server.ts).
 */
import { spawn } from 'node:child_process';
import { root } from './cli.ts';

export interface FailedStart {
  /** null when the process was still running after `timeoutMs` (then it was stopped). */
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNodeEntry(
  env: Record<string, string>,
  options: { uid?: number; gid?: number; timeoutMs?: number } = {},
): Promise<FailedStart> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--import', 'tsx', 'server/runtime/node.ts'], {
      cwd: root,
      env: { ...process.env, PORT: '0', DISPATCH_INTERVAL_SECONDS: '0', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
      ...(options.uid !== undefined && { uid: options.uid, gid: options.gid ?? options.uid }),
    });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (b: Buffer) => void (stdout += b.toString()));
    child.stderr.on('data', (b: Buffer) => void (stderr += b.toString()));
    // A start that works never exits by itself: stop it once it says it is running.
    const timer = setTimeout(() => child.kill('SIGTERM'), options.timeoutMs ?? 20_000);
    child.stdout.on('data', () => {
      if (stdout.includes('Sector Voice is running')) child.kill('SIGTERM');
    });
    child.once('error', reject);
    child.once('exit', (code) => {
      clearTimeout(timer);
      resolve({ code: stdout.includes('Sector Voice is running') ? null : code, stdout, stderr });
    });
  });
}
