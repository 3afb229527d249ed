/** The CLI's `dispatch` and `progress` commands: the same dispatcher and counts the server uses. */
import { SingleBar, Presets } from 'cli-progress';
import type { Deps } from '../deps.ts';
import { runUpkeep, upkeepFields } from '../upkeep.ts';
import { dispatchDue, type DispatchReport } from '../distribution/dispatcher.ts';
import type { CampaignProgress } from '../distribution/contract.ts';

type Print = (line?: string) => void;

/** Sends everything due once; a progress bar when stderr is a terminal, one summary line always. */
export async function dispatchOnce(deps: Deps, print: Print): Promise<DispatchReport> {
  const bar = process.stderr.isTTY
    ? new SingleBar(
        { format: 'dispatch [{bar}] {value}/{total} messages', hideCursor: true },
        Presets.shades_classic,
      )
    : null;
  let started = false;
  const stop = new AbortController();
  // Ctrl-C: finish the messages in flight and record them, rather than leave them to the lease.
  const onSignal = () => stop.abort();
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  try {
    const report = await dispatchDue(deps, {
      signal: stop.signal,
      onProgress: ({ done, total }) => {
        if (!bar) return;
        if (!started) bar.start(total, 0);
        started = true;
        bar.setTotal(total);
        bar.update(done);
      },
    });
    bar?.stop();
    print(
      `sent ${report.sent}, failed ${report.failed}, retrying later ${report.retried}, ` +
        `held for SMS hours ${report.held}, skipped ${report.skipped}, opted out ${report.optedOut}`,
    );
    // What the server's loop does on each tick after sending, so a cron job running this instead of
    // the loop (DISPATCH_INTERVAL_SECONDS=0) also releases waiting answers and sweeps drafts.
    const upkeep = upkeepFields(await runUpkeep(deps));
    if (upkeep) {
      print(`released ${upkeep.released} answers, deleted ${upkeep.draftsDeleted} expired drafts`);
    }
    return report;
  } finally {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  }
}

const pct = (r: number | null) => (r === null ? '-' : `${(r * 100).toFixed(1)}%`);

export function printProgress(p: CampaignProgress, print: Print) {
  print(`invited ${p.invited}, answered ${p.completed} (${pct(p.responseRate)})`);
  const columns = ['queued', 'sent', 'delivered', 'undelivered', 'failed', 'opted_out', 'skipped'] as const;
  print(`channel  invited  ${columns.map((c) => c.padStart(11)).join('')}  answered  rate`);
  for (const name of ['sms', 'email'] as const) {
    const c = p.channels[name];
    const queued = c.queued + c.sending;
    const cells = columns.map((col) => String(col === 'queued' ? queued : c[col]).padStart(11)).join('');
    print(
      `${name.padEnd(7)}  ${String(c.invited).padStart(7)}  ${cells}  ${String(c.completed).padStart(8)}  ${pct(c.responseRate)}`,
    );
  }
  print(
    `link only ${p.channels.none.invited} invited, ${p.channels.none.completed} answered (printed links and QR handouts)`,
  );
  const r = p.reminders;
  print(
    `reminders: ${r.queued + r.sending} queued, ${r.sent + r.delivered} sent, ${r.skipped} not needed, ${r.failed + r.undelivered} failed, ${r.opted_out} opted out`,
  );
  const a = p.answers;
  print(
    `answers: ${a.released} in the reviews${a.lastReleasedOn ? ` (last released ${a.lastReleasedOn})` : ''}, ${a.waiting} waiting for release${a.heldBack ? `, ${a.heldBack} held back for good` : ''}`,
  );
  if (p.launch && !p.launch.finished)
    print(`launch: ${p.launch.done} of ${p.launch.total} invitations written so far`);
  for (const f of p.failures) {
    print(
      `${f.status} ${f.channel} x${f.count}: ${[f.code, f.message].filter(Boolean).join(' ') || 'no reason given'}`,
    );
  }
}
