/** CLI commands for reviews: rebuilding the aggregates from the responses. */
import { getPartnership } from '../../partnerships/partnerships.ts';
import { rebuildRollups } from '../../reviews/rollups.ts';
import { deps, out, type Command } from './shell.ts';

export const reviewCommands: Record<string, Command> = {
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
