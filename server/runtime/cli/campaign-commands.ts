/** CLI commands for campaigns: links, the open link, sending, progress and the list. */
import { writeFile } from 'node:fs/promises';
import { getCampaign, listCampaigns } from '../../campaigns/campaigns.ts';
import { invitationCounts, issueLinks } from '../../campaigns/invitations.ts';
import { enableOpenLink } from '../../campaigns/open-link.ts';
import { campaignProgress } from '../../distribution/progress.ts';
import { getContactsByIds } from '../../partnerships/contacts.ts';
import { listPartnerships } from '../../partnerships/partnerships.ts';
import { formatCsv } from '../csv.ts';
import { dispatchOnce, printProgress } from '../dispatch-cli.ts';
import { deps, out, systemAdmin, warn, type Command } from './shell.ts';

export const campaignCommands: Record<string, Command> = {
  links: {
    summary: "Print personal links for a campaign's pending invitations as CSV",
    usage: 'links <campaignId> [--out <file.csv>]',
    details:
      'One row per invitation not yet completed, with fresh links: links handed out earlier for\n' +
      'these people stop working (a half-finished answer moves to the new link).',
    options: { out: { type: 'string' } },
    positionals: ['campaignId'],
    async run(values, [campaignId]) {
      const d = deps();
      const campaign = await getCampaign(d, campaignId!);
      if (campaign.status === 'closed') warn('Note: this campaign is closed; its links only say so.');
      const issued = await issueLinks(d, campaign);
      const contacts = await getContactsByIds(
        d,
        issued.map((l) => l.contactId),
      );
      const rows = issued.flatMap(({ contactId, token }) => {
        const c = contacts.get(contactId);
        if (!c) return [];
        return [
          [
            c.firstName,
            c.lastName,
            c.email ?? '',
            c.phone ?? '',
            c.language,
            `${d.config.publicUrl}/s/${token}`,
          ],
        ];
      });
      rows.sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!));
      const csv = formatCsv([['first_name', 'last_name', 'email', 'phone', 'language', 'link'], ...rows]);
      if (typeof values.out === 'string') {
        await writeFile(values.out, csv, 'utf8');
        warn(`Wrote ${rows.length} links to ${values.out}.`);
      } else process.stdout.write(csv);
      if (rows.length > 0)
        warn(`Issued ${rows.length} fresh links; links printed earlier for these people no longer work.`);
      else warn('Every invitation of this campaign is completed; there is nothing to send.');
    },
  },

  'open-link': {
    summary: "Turn on a campaign's open link (for posters and QR codes) and print it",
    usage: 'open-link <campaignId>',
    details: 'Anyone with the link may answer, within the hourly and total caps of the campaign.',
    positionals: ['campaignId'],
    async run(_values, [campaignId]) {
      const d = deps();
      const campaign = await getCampaign(d, campaignId!);
      const { token } = await enableOpenLink(d, campaign);
      if (campaign.openLink.enabled) warn('The open link printed before for this campaign no longer works.');
      if (campaign.status !== 'open')
        warn(`Note: this campaign is ${campaign.status}; the link answers only while it is open.`);
      out(`${d.config.publicUrl}/o/${token}`);
    },
  },

  dispatch: {
    summary: 'Send the email and SMS due now (invitations, reminders), once',
    usage: 'dispatch',
    details:
      'Runs the same dispatcher as `npm start` does every few seconds. Rate limits, SMS hours and\n' +
      'retries apply; messages not yet due (reminders, SMS outside daytime hours) stay queued.',
    async run() {
      await dispatchOnce(deps(), out);
    },
  },

  progress: {
    summary: "Show a campaign's messages by channel and status, and its response rate",
    usage: 'progress <campaignId>',
    positionals: ['campaignId'],
    async run(_values, [campaignId]) {
      const d = deps();
      await getCampaign(d, campaignId!);
      printProgress(await campaignProgress(d, campaignId!), out);
    },
  },

  list: {
    summary: 'List partnerships and their campaigns with ids, status and progress',
    usage: 'list',
    async run() {
      const d = deps();
      const partnerships = await listPartnerships(d, systemAdmin);
      if (partnerships.length === 0) out('No partnerships yet. Try: npm run cli -- demo');
      for (const p of partnerships) {
        out(`${p.id}  ${p.name} (${p.sector}, ${p.region})`);
        for (const c of await listCampaigns(d, p.id)) {
          const n = await invitationCounts(d, c.id);
          out(
            `  ${c.id}  ${c.status.padEnd(6)}  ${c.period.padEnd(10)} ${c.name.padEnd(36)} ${n.completed}/${n.invited} answered`,
          );
        }
      }
    },
  },
};
