/**
 * Shared by the Twilio, webhook and opt-out tests: partnerships and contacts made through the API,
 * their outbox rows written directly (the tests exercise what happens to rows, not how launch makes
 * them), and a dump of the whole database to compare before and after a request.
 */
import type { Deps } from '../../server/deps.ts';
import type { OutboxStatus } from '../../server/distribution/contract.ts';
import { newId } from '../../server/ids.ts';
import { adminClient, type TestClient, type TestContext } from '../helpers/app.ts';

export interface ContactSpec {
  phone?: string;
  email?: string;
  /** A tag of surveys/language-list.ts (default 'en'). */
  language?: string;
  /** The invitation's page language, when the campaign gave the fallback (default: `language`). */
  invitationLanguage?: string;
  /** Index of the partnership it belongs to (default 0). */
  partnership?: number;
}

export interface SmsFixture {
  client: TestClient;
  partnershipIds: string[];
  partnershipNames: string[];
  contactIds: string[];
  /** One queued invitation per contact and channel it has, in contact order. */
  outbox: { id: string; contactId: string; channel: 'sms' | 'email' }[];
}

export const partnershipNames = ['River Valley Advanced Manufacturing', 'Lakeshore Health Careers'];

export async function smsFixture(ctx: TestContext, contacts: ContactSpec[]): Promise<SmsFixture> {
  const client = await adminClient(ctx);
  const count = Math.max(...contacts.map((c) => c.partnership ?? 0)) + 1;
  const partnershipIds: string[] = [];
  const campaignIds: string[] = [];
  for (const name of partnershipNames.slice(0, count)) {
    const p = await client.post('/api/partnerships', {
      name,
      sector: 'Manufacturing',
      region: 'River Valley',
      timeZone: 'America/Chicago',
    });
    if (p.status !== 201) throw new Error(p.text);
    partnershipIds.push(p.json.partnership.id);
    const camp = await client.post(`/api/partnerships/${p.json.partnership.id}/campaigns`, {
      name: 'Worker voice 2026-Q3',
      templateId: 'worker-voice',
      period: 'PY2026-Q1',
      opensOn: '2026-08-01',
      closesOn: '2026-09-30',
    });
    if (camp.status !== 201) throw new Error(camp.text);
    campaignIds.push(camp.json.campaign.id);
  }
  const contactIds: string[] = [];
  const outbox: SmsFixture['outbox'] = [];
  for (const [i, spec] of contacts.entries()) {
    const p = spec.partnership ?? 0;
    const added = await client.post(`/api/partnerships/${partnershipIds[p]}/contacts`, [
      {
        firstName: `Worker${i}`,
        phone: spec.phone,
        email: spec.email,
        language: spec.language ?? 'en',
        kind: 'worker',
        smsConsent: true,
      },
    ]);
    if (added.status !== 201 || added.json.created.length !== 1) throw new Error(added.text);
    const contactId = added.json.created[0].id as string;
    contactIds.push(contactId);
    const invitationId = newId(ctx.deps.random);
    await ctx.deps.db
      .insertInto('invitations')
      .values({
        id: invitationId,
        campaign_id: campaignIds[p]!,
        contact_id: contactId,
        token_hash: newId(ctx.deps.random),
        language: spec.invitationLanguage ?? spec.language ?? 'en',
      })
      .execute();
    const channels = [spec.phone && ('sms' as const), spec.email && ('email' as const)].filter((x) => !!x);
    for (const [sequence, channel] of channels.entries()) {
      const id = newId(ctx.deps.random);
      await ctx.deps.db
        .insertInto('outbox')
        .values({
          id,
          campaign_id: campaignIds[p]!,
          invitation_id: invitationId,
          contact_id: contactId,
          channel,
          purpose: sequence === 0 ? 'invitation' : 'reminder',
          sequence,
          due_at: '2026-08-15T15:00:00.000Z',
        })
        .execute();
      outbox.push({ id, contactId, channel });
    }
  }
  return { client, partnershipIds, partnershipNames: partnershipNames.slice(0, count), contactIds, outbox };
}

export async function outboxRow(deps: Pick<Deps, 'db'>, id: string) {
  return deps.db.selectFrom('outbox').selectAll().where('id', '=', id).executeTakeFirstOrThrow();
}

export async function setOutboxStatus(
  deps: Pick<Deps, 'db'>,
  id: string,
  status: OutboxStatus,
  providerId: string | null = null,
) {
  await deps.db.updateTable('outbox').set({ status, provider_id: providerId }).where('id', '=', id).execute();
}

export async function optedOutAt(deps: Pick<Deps, 'db'>, contactId: string) {
  const row = await deps.db
    .selectFrom('contacts')
    .select(['sms_opted_out_at', 'email_opted_out_at'])
    .where('id', '=', contactId)
    .executeTakeFirstOrThrow();
  return { sms: row.sms_opted_out_at, email: row.email_opted_out_at };
}

/** Every row of every table, as text: equal dumps mean the request changed nothing. */
export function dumpDatabase(raw: TestContext['raw']): string {
  const tables = raw.prepare("SELECT name FROM sqlite_master WHERE type = 'table' ORDER BY name").all() as {
    name: string;
  }[];
  return tables
    .map(({ name }) => `${name}\n${JSON.stringify(raw.prepare(`SELECT * FROM "${name}"`).all())}`)
    .join('\n');
}
