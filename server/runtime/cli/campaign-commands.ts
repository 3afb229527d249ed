/** CLI commands for campaigns: links, the open link, sending, progress and the list. */
import { readFile, writeFile } from 'node:fs/promises';
import { getCampaign, listCampaigns } from '../../campaigns/campaigns.ts';
import { invitationCounts } from '../../campaigns/invitations/store.ts';
import { enableOpenLink } from '../../campaigns/open-link.ts';
import { recordAudit } from '../../audit/record.ts';
import { issueLinks, unreachedContactIds } from '../../distribution/printed-links.ts';
import { campaignProgress } from '../../reviews/campaign-progress.ts';
import { listPartnerships } from '../../partnerships/partnerships.ts';
import { formatCsv } from '../csv.ts';
import { dispatchOnce, printProgress } from '../dispatch-cli.ts';
import { CliError, deps, out, systemAdmin, warn, type Command } from './shell.ts';

/** Contact ids separated by commas, spaces or lines; `#` starts a comment line. */
function idsIn(text: string): string[] {
  const lines = text.split(/\r?\n/).filter((l) => !l.trimStart().startsWith('#'));
  return [
    ...new Set(
      lines
        .join(',')
        .split(/[\s,]+/)
        .filter(Boolean),
    ),
  ];
}

async function readIds(path: string): Promise<string> {
  try {
    return await readFile(path, 'utf8');
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    throw new CliError(
      code === 'ENOENT' ? `No such file: ${path}` : `Cannot read ${path} (${code ?? 'error'}).`,
    );
  }
}

export const campaignCommands: Record<string, Command> = {
  links: {
    summary: 'Print personal links for printed cards, for the contacts you name, as CSV',
    usage:
      'links <campaignId> (--contacts <id,id,...> | --contacts-file <file> | --all-unreached) [--out <file.csv>]',
    details:
      'Name who gets a card: --contacts takes contact ids separated by commas; --contacts-file reads\n' +
      'ids from a file, one per line or separated by commas or spaces (lines starting with # are skipped);\n' +
      '--all-unreached picks every invitee of the campaign who has not answered and whom no text or email\n' +
      'carried (the people the dashboard lists under "Printed links").\n' +
      'Each named person gets a fresh link: a card printed earlier for them stops working, and the new\n' +
      'link cannot open what they saved with the old one. People who answered already, or whose link a\n' +
      'text or email carried (queued, sending, sent or delivered), keep their link and are listed on\n' +
      'stderr as skipped, with the reason (completed, delivered_by_sms, delivered_by_email, not_invited).',
    options: {
      out: { type: 'string' },
      contacts: { type: 'string' },
      'contacts-file': { type: 'string' },
      'all-unreached': { type: 'boolean' },
    },
    positionals: ['campaignId'],
    async run(values, [campaignId]) {
      const given = ['contacts', 'contacts-file', 'all-unreached'].filter((k) => values[k] !== undefined);
      if (given.length !== 1)
        throw new CliError(
          'Name who gets a printed link: --contacts <id,id,...>, --contacts-file <file> or --all-unreached (one of them).',
        );
      const d = deps();
      const campaign = await getCampaign(d, campaignId!);
      if (campaign.status === 'closed') warn('Note: this campaign is closed; its links only say so.');
      const picked =
        values['all-unreached'] === true
          ? await unreachedContactIds(d, campaign.id)
          : idsIn(
              typeof values.contacts === 'string'
                ? values.contacts
                : await readIds(values['contacts-file'] as string),
            );
      if (picked.length === 0 && values['all-unreached'] !== true)
        throw new CliError('No contact ids given.');
      const { issued, skipped } = await issueLinks(d, campaign, picked);
      // How many, never which links.
      await recordAudit(d, {
        actor: { kind: 'cli' },
        action: 'links.issue',
        object: { kind: 'campaign', id: campaign.id },
        partnershipId: campaign.partnershipId,
        detail: { requested: picked.length, issued: issued.length, skipped: skipped.length },
      });
      const rows = issued.map((l) => [
        l.firstName,
        l.lastName,
        l.email ?? '',
        l.phone ?? '',
        l.language,
        `${d.config.publicUrl}/s/${l.token}`,
        `${d.config.publicUrl}/c`,
        l.code,
      ]);
      rows.sort((a, b) => a[1]!.localeCompare(b[1]!) || a[0]!.localeCompare(b[0]!));
      // A byte order mark in a file, so spreadsheets read accented names; none on a pipe.
      const csv = formatCsv(
        [['first_name', 'last_name', 'email', 'phone', 'language', 'link', 'short_url', 'code'], ...rows],
        {
          bom: typeof values.out === 'string',
        },
      );
      if (typeof values.out === 'string') {
        await writeFile(values.out, csv, 'utf8');
        warn(`Wrote ${rows.length} links to ${values.out}.`);
      } else process.stdout.write(csv);
      for (const s of skipped)
        warn(
          `skipped ${s.contactId}${s.firstName ? ` (${`${s.firstName} ${s.lastName}`.trim()})` : ''}: ${s.reason}`,
        );
      if (rows.length > 0)
        warn(`Issued ${rows.length} fresh links; cards printed earlier for these people no longer work.`);
      else if (skipped.length === 0) warn('Nobody is waiting for a printed link in this campaign.');
      else warn('No link issued.');
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
