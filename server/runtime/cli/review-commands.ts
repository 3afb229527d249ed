/** CLI commands for reviews: releasing waiting answers, rebuilding the aggregates from the responses. */
import { getPartnership } from '../../partnerships/partnerships.ts';
import { rebuildRollups } from '../../reviews/rollups.ts';
import { runUpkeep } from '../../upkeep.ts';
import { deps, out, type Command } from './shell.ts';

export const reviewCommands: Record<string, Command> = {
  release: {
    summary: 'Release waiting answers into the reviews now (the server does it every few seconds)',
    usage: 'release',
    details:
      'Answers wait, sealed, until at least the minimum group size of them can go together without\n' +
      'moving any published group by fewer; a closed campaign releases what is left under the same\n' +
      "rule. This runs the same release (and draft sweep) as the server's background loop, once.",
    async run() {
      const report = await runUpkeep(deps(), { actor: { kind: 'cli' } });
      for (const r of report.releases) {
        const left = r.final ? 'held back for good' : 'still waiting';
        out(`  ${r.campaignId}  ${r.released} released, ${r.held} ${left}${r.final ? ' (closed)' : ''}`);
      }
      const released = report.releases.reduce((a, r) => a + r.released, 0);
      out(`Released ${released} answers; deleted ${report.draftsDeleted} expired drafts.`);
      const erased = report.retention.reduce((a, r) => a + r.erased, 0);
      if (erased > 0) out(`Erased ${erased} contact(s) past their partnership's retention period.`);
    },
  },
  'rebuild-rollups': {
    summary: 'Recompute the review aggregates from the stored responses',
    usage: 'rebuild-rollups [--partnership <id>]',
    details:
      'Reviews read aggregates kept up to date with every response; this recomputes them from the\n' +
      'responses, one campaign at a time, each swapped in atomically (safe while answers arrive).',
    options: { partnership: { type: 'string' } },
    async run(values) {
      const d = deps();
      const partnershipId = typeof values.partnership === 'string' ? values.partnership : undefined;
      if (partnershipId) await getPartnership(d, partnershipId);
      const done = await rebuildRollups(d, partnershipId, (c) =>
        out(`  ${c.campaignId}  ${c.responses} responses, ${c.rows} aggregate rows`),
      );
      out(`Rebuilt the aggregates of ${done.campaigns} campaigns from ${done.responses} responses.`);
    },
  },
};
