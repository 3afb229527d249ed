// Launching, including a launch too large for one request: on D1 the server writes it in chunks and
// answers with how far it got (server/distribution/launch.ts); launching again resumes it. This keeps
// asking while it advances and shows the progress.
import { useState } from 'preact/hooks';
import { ApiError, read, server } from '../api.ts';

export type LaunchState =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number | null }
  | { kind: 'done'; invited: number; queued: number }
  | { kind: 'failed'; error: ApiError };

export function useLaunch(campaignId: string, onLaunched: () => void) {
  const [state, setState] = useState<LaunchState>({ kind: 'idle' });

  async function launch() {
    setState({ kind: 'running', done: 0, total: null });
    let last = -1;
    try {
      for (;;) {
        const out = await read(server.api.campaigns[':id'].launch.$post({ param: { id: campaignId } }));
        if (!out.launch || out.launch.finished) {
          setState({ kind: 'done', invited: out.invited, queued: out.queued });
          break;
        }
        setState({ kind: 'running', done: out.launch.done, total: out.launch.total });
        // The server's scheduled job finishes a launch too; stop asking if a request adds nothing.
        if (out.launch.done === last) {
          setState({ kind: 'done', invited: out.invited, queued: out.queued });
          break;
        }
        last = out.launch.done;
      }
    } catch (err) {
      setState({ kind: 'failed', error: err as ApiError });
    }
    onLaunched();
  }

  return { state, launch };
}
