/**
 * `retention`: the contact retention job (server/distribution/retention.ts) run by hand: with
 * --dry-run it only says, per partnership with retention on, how many contacts are due; without, it
 * erases them all, in the same bounded chunks the background job uses, and records each run in the
 * audit trail as the command line's.
 */
import { runRetention, type RetentionOutcome } from '../../distribution/retention.ts';
import { getPartnership } from '../../partnerships/partnerships.ts';
import { deps, out, type Command } from './shell.ts';

const said = (r: RetentionOutcome) => `${r.name} (${r.partnershipId}, ${r.retentionDays} days)`;

export const retentionCommands: Record<string, Command> = {
  retention: {
    summary: "Erase the contacts whose partnership's retention period has passed (--dry-run: only count)",
    usage: 'retention [--dry-run] [--partnership <id>]',
    details:
      'A partnership that sets a retention period keeps contact details that many days after the last\n' +
      'campaign a contact was invited to closes (after they were added, if never invited). Past that,\n' +
      'their name, email, phone, organization and attributes are erased as on request: counts, rates,\n' +
      'responses and reviews stay identical, and a STOP or an unsubscribe is kept as a keyed code. The\n' +
      "server's background job does this on its own; this runs it now. Off by default: a partnership\n" +
      'without a retention period is never touched. With --dry-run, nothing is changed.',
    options: { 'dry-run': { type: 'boolean' }, partnership: { type: 'string' } },
    async run(values) {
      const d = deps();
      const partnershipId = typeof values.partnership === 'string' ? values.partnership : undefined;
      if (partnershipId) await getPartnership(d, partnershipId);
      const dryRun = values['dry-run'] === true;
      const totals = new Map<string, RetentionOutcome>();
      // Chunked runs until nothing is left, so no single write is large (the job's own limits).
      for (;;) {
        const outcomes = await runRetention(d, { actor: { kind: 'cli' }, dryRun, partnershipId });
        for (const o of outcomes) {
          const seen = totals.get(o.partnershipId);
          totals.set(o.partnershipId, { ...o, erased: (seen?.erased ?? 0) + o.erased, due: o.due });
        }
        const left = outcomes.some((o) => o.due > 0);
        if (dryRun || !left || outcomes.every((o) => o.erased === 0)) break;
      }
      if (totals.size === 0) {
        out(
          partnershipId
            ? 'This partnership keeps contact details until they are erased (no retention period is set).'
            : 'No partnership has a retention period set: contact details are kept until erased.',
        );
        return 0;
      }
      for (const r of totals.values()) {
        out(
          dryRun
            ? `${said(r)}: would erase ${r.due} contact(s).`
            : `${said(r)}: erased ${r.erased} contact(s)${r.due > 0 ? `, ${r.due} still due` : ''}.`,
        );
      }
      if (dryRun) out('Nothing was changed. Run again without --dry-run to erase.');
      return 0;
    },
  },
};
