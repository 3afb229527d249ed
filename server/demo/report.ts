/** What a person reads after loading the demo: how to sign in and links to answer as a worker or employer. */
import type { DemoAdmin } from './admin.ts';
import type { DemoResult } from './demo.ts';

export function demoReport(demo: DemoResult, admin: DemoAdmin, publicUrl: string, seconds: number): string[] {
  const lines = [
    `Loaded "${demo.partnership.name}" in ${seconds.toFixed(1)} s:`,
    `  ${demo.organizations} organizations, ${demo.contacts} contacts, ${demo.campaigns.length} campaigns, ` +
      `${demo.responses} responses.`,
    '',
  ];
  if (admin.created) {
    lines.push('Admin login (created now; the password is shown only this once):');
    lines.push(`  email:    ${admin.email}`, `  password: ${admin.password}`);
  } else {
    lines.push(`Sign in with your existing admin account (${admin.emails.join(', ')}).`);
    lines.push('Admins see every partnership, so the demo is already there for you.');
  }
  lines.push(`  ${publicUrl}`);

  const open = demo.campaigns.filter((c) => c.status === 'open');
  const samples = [
    { campaign: open.find((c) => c.templateId === 'worker-voice'), links: demo.workerLinks },
    {
      campaign: open.find((c) => c.templateId === 'employer-satisfaction'),
      links: demo.employerLink ? [demo.employerLink] : [],
    },
  ];
  for (const { campaign, links } of samples) {
    if (!campaign || links.length === 0) continue;
    lines.push(
      '',
      `"${campaign.name}" is open (${campaign.responses} of ${campaign.invited} answered). Links to try:`,
    );
    for (const l of links)
      lines.push(`  ${l.language}  ${`${l.name}, ${l.organization}`.padEnd(48)} ${l.url}`);
  }
  const worker = open.find((c) => c.templateId === 'worker-voice');
  if (worker) {
    lines.push(
      '',
      `"${worker.name}" can be answered by text too: its text invitations say "reply 1". With no Twilio`,
      '  account set, open Outbox in the dashboard once npm start has sent them (within texting hours),',
      `  choose a text to a worker, "Conversation by text", and type the worker's replies.`,
    );
    if (demo.waiting > 0)
      lines.push(
        `  ${demo.waiting} of its answers wait for release (a review moves by at least ${demo.partnership.minGroupSize}):`,
        '  after the next one is completed, on the web or by text, "Release" on the campaign page moves them',
        '  all into the review.',
      );
  }
  lines.push('', 'Each link works once. For fresh links to everyone still pending (these stop working):');
  for (const c of open) lines.push(`  npm run cli -- links ${c.id}    # ${c.name}`);
  // Reviews of the completed quarters (the first three final), once signed in.
  const past = [...new Set(demo.campaigns.filter((c) => c.status === 'closed').map((c) => c.period))];
  if (past.length > 0) {
    lines.push('', 'Quarterly reviews (sign in first; the first three are final):');
    for (const period of past) lines.push(`  ${publicUrl}/reviews/${demo.partnership.id}/${period}`);
    lines.push(
      `  JSON: ${publicUrl}/api/partnerships/${demo.partnership.id}/reviews/${past[past.length - 1]}  (add ?format=csv for CSV)`,
    );
  }
  return lines;
}
