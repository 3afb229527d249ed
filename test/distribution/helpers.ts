/** A partnership with reachable contacts and a draft campaign, for the distribution tests. */
import type { EmailMessage, SendResult, SmsMessage } from '../../server/deps.ts';
import type { TestClient, TestContext } from '../helpers/app.ts';

export interface Recorded {
  sms: SmsMessage[];
  email: EmailMessage[];
  /** Answers to give, by recipient, before falling back to success. */
  script: Map<string, SendResult[]>;
}

/** Senders that keep what they were given and answer from a script (success by default). */
export function recordingSenders(ctx: TestContext): Recorded {
  const rec: Recorded = { sms: [], email: [], script: new Map() };
  let n = 0;
  const answer = (to: string): SendResult =>
    rec.script.get(to)?.shift() ?? { ok: true, providerId: `P${++n}` };
  ctx.deps.sms = {
    send: async (m) => {
      const result = answer(m.to);
      if (result.ok) rec.sms.push(m);
      return result;
    },
  };
  ctx.deps.mailer = {
    send: async (m) => {
      const result = answer(m.to);
      if (result.ok) rec.email.push(m);
      return result;
    },
  };
  return rec;
}

export interface Audience {
  partnershipId: string;
  campaignId: string;
  contacts: { id: string; firstName: string; phone: string | null; email: string | null }[];
}

/**
 * `sms` workers with a phone and consent, `email` employers-style contacts with an address, and
 * `unreachable` ones with a phone but no consent (a printed link is all they get).
 */
export async function draftCampaign(
  client: TestClient,
  options: {
    sms?: number;
    email?: number;
    unreachable?: number;
    reminderDays?: number[];
    closesOn?: string;
    opensOn?: string;
  } = {},
): Promise<Audience> {
  const p = await client.post('/api/partnerships', {
    name: 'River Valley Partnership',
    sector: 'Advanced manufacturing',
    region: 'River Valley',
    timeZone: 'America/Chicago',
  });
  if (p.status !== 201) throw new Error(p.text);
  const partnershipId = p.json.partnership.id as string;
  const items = [
    ...Array.from({ length: options.sms ?? 3 }, (_, i) => ({
      firstName: `Sam${i}`,
      phone: `+1312555${String(2000 + i)}`,
      smsConsent: true,
      language: i % 2 ? 'es' : 'en',
      kind: 'worker',
    })),
    ...Array.from({ length: options.email ?? 2 }, (_, i) => ({
      firstName: `Em${i}`,
      email: `em${i}@work.example`,
      kind: 'worker',
    })),
    ...Array.from({ length: options.unreachable ?? 1 }, (_, i) => ({
      firstName: `Un${i}`,
      phone: `+1312555${String(3000 + i)}`,
      kind: 'worker',
    })),
  ];
  const added = await client.post(`/api/partnerships/${partnershipId}/contacts`, items);
  if (added.status !== 201) throw new Error(added.text);
  const camp = await client.post(`/api/partnerships/${partnershipId}/campaigns`, {
    name: 'Worker voice',
    templateId: 'worker-voice',
    period: 'PY2026-Q1',
    opensOn: options.opensOn ?? '2026-08-01',
    closesOn: options.closesOn ?? '2026-09-30',
    reminderDays: options.reminderDays ?? [3, 7],
  });
  if (camp.status !== 201) throw new Error(camp.text);
  return { partnershipId, campaignId: camp.json.campaign.id, contacts: added.json.created };
}

export function outbox(ctx: TestContext) {
  return ctx.raw.prepare('SELECT * FROM outbox ORDER BY contact_id, sequence').all() as {
    id: string;
    contact_id: string;
    channel: string;
    purpose: string;
    sequence: number;
    status: string;
    due_at: string;
    attempts: number;
    error_code: string | null;
    provider_id: string | null;
  }[];
}
