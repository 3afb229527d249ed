/**
 * The ceiling for a submission (submit_vs_raw): the same submission on plain node:http with
 * better-sqlite3, no Hono, no zod, no Kysely and none of the app's runtime code around it. It does
 * the work a submission cannot do without, against the same database on the same connection:
 *  - read the body and parse the JSON; check the token's form, hash it (SHA-256) and read the
 *    invitation by its hash (an unknown link: 404; a used one: the same 200 as the app);
 *  - check the campaign is open today in the partnership's zone, and the open-link "too fast" rule;
 *  - validate every answer against the campaign's template version (`validateAnswers`, as the app);
 *  - read the channel that carried the link (the invitation message in the outbox), or 'open_link';
 *  - derive the draft's id from the token (`draftIdOf`, WebCrypto HKDF, as the app);
 *  - seal `{ segment, channel, answers }` with the app's own `seal`, `poolKey` and `sealedSize`;
 *  - run the app's three statements, SQL text for SQL text: the guarded pool insert, the invitation's
 *    "completed" mark and the draft's deletion, all or none.
 * Campaign, partnership and template are read once per campaign (the app keeps copies up to a second
 * old, so they are almost free there too).
 *
 * "The same durable writes" here means the same rows, the same statements, the same connection
 * (WAL, synchronous = NORMAL, secure_delete) and the same commit policy. The app commits with group
 * commit (server/runtime/group-commit.ts): every call made during one event-loop turn waits for
 * setImmediate and commits in one transaction, each in its own savepoint. Committing each submission
 * alone would make this "ceiling" pay a WAL commit per request that the app does not, so it groups
 * exactly the same way, but with its own dozen lines on prepared statements (no statement cache, no
 * connection lock, no Kysely CompiledQuery): what group commit costs at least on this stack.
 * Only for the benchmark; it runs while the app's endpoint is idle, so they never share a commit.
 */
import type Database from 'better-sqlite3';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { minSecondsToAnswer } from '../server/campaigns/open-link.ts';
import { localDay } from '../server/dates.ts';
import { draftIdOf } from '../server/respond/drafts.ts';
import { poolKey, sealedSize } from '../server/reviews/pool.ts';
import { seal } from '../server/seal.ts';
import { surveyDefinition, validateAnswers, type SurveyDefinition } from '../surveys/index.ts';

// The app's statements, as server/reviews/pool.ts, server/respond/submit.ts and drafts.ts send them.
const sql = {
  invitation: `select "id", "campaign_id", "token_hash", "language", "segment", "completed", "minted_at" from "invitations" where "token_hash" = ?`,
  channel: `select "channel", "status" from "outbox" where "invitation_id" = ? and "purpose" = ? and "sequence" = ?`,
  pool: `INSERT INTO pending_answers (id, campaign_id, sealed) SELECT ?, ?, ?
     WHERE EXISTS (SELECT 1 FROM invitations WHERE token_hash = ? AND completed = 0)`,
  complete: `update "invitations" set "completed" = ? where "token_hash" = ? and "completed" = ?`,
  deleteDraft: `delete from "sealed_drafts" where "id" = ?`,
};
const carrying = new Set(['queued', 'sending', 'sent', 'delivered']);
const tokenPattern = /^[A-Za-z0-9_-]{22,64}$/;
const random = { bytes: (n: number) => new Uint8Array(randomBytes(n)) };

type Invitation = {
  id: string;
  campaign_id: string;
  segment: string;
  completed: number;
  minted_at: string | null;
};
type CampaignInfo = {
  status: string;
  opensOn: string;
  closesOn: string;
  timeZone: string;
  def: SurveyDefinition;
};
interface Write {
  id: string;
  campaignId: string;
  sealed: string;
  tokenHash: string;
  draftId: string;
}

/** Group commit, as the app's: one transaction per event-loop turn, a savepoint per submission. */
function groupCommit(raw: Database.Database) {
  const pool = raw.prepare(sql.pool);
  const complete = raw.prepare(sql.complete);
  const deleteDraft = raw.prepare(sql.deleteDraft);
  const one = raw.transaction((w: Write) => {
    pool.run(w.id, w.campaignId, w.sealed, w.tokenHash);
    const completed = complete.run(1, w.tokenHash, 0).changes;
    deleteDraft.run(w.draftId);
    return completed;
  });
  type Call = { write: Write; resolve(completed: number): void; reject(error: unknown): void };
  const all = raw.transaction((group: Call[]) =>
    group.map((call) => {
      try {
        return { ok: true as const, completed: one(call.write) };
      } catch (error) {
        if (!raw.inTransaction) throw error;
        return { ok: false as const, error };
      }
    }),
  );
  let queue: Call[] = [];
  const flush = () => {
    const group = queue;
    queue = [];
    let outcomes;
    try {
      outcomes = all(group);
    } catch {
      outcomes = group.map((call) => {
        try {
          return { ok: true as const, completed: one(call.write) };
        } catch (error) {
          return { ok: false as const, error };
        }
      });
    }
    outcomes.forEach((o, i) => (o.ok ? group[i]!.resolve(o.completed) : group[i]!.reject(o.error)));
  };
  return (write: Write) =>
    new Promise<number>((resolve, reject) => {
      if (queue.length === 0) setImmediate(flush);
      queue.push({ write, resolve, reject });
    });
}

export function rawSubmit(raw: Database.Database, answerSecret: string, maxBodyBytes: number) {
  const invitation = raw.prepare(sql.invitation);
  const channelOf = raw.prepare(sql.channel);
  const campaignRow = raw.prepare(
    `select c.status, c.opens_on, c.closes_on, c.template_id, c.template_version, p.time_zone
     from campaigns c join partnerships p on p.id = c.partnership_id where c.id = ?`,
  );
  const templateRow = raw.prepare(
    'select definition from template_versions where template_id = ? and version = ?',
  );
  const campaigns = new Map<string, CampaignInfo>();
  type CampaignRow = Record<'status' | 'opens_on' | 'closes_on' | 'template_id' | 'time_zone', string> & {
    template_version: number;
  };
  const campaignOf = (id: string): CampaignInfo => {
    const known = campaigns.get(id);
    if (known) return known;
    const c = campaignRow.get(id) as CampaignRow;
    const t = templateRow.get(c.template_id, c.template_version) as { definition: string };
    const info = {
      status: c.status,
      opensOn: c.opens_on,
      closesOn: c.closes_on,
      timeZone: c.time_zone,
      def: surveyDefinition.parse(JSON.parse(t.definition)),
    };
    campaigns.set(id, info);
    return info;
  };
  const commit = groupCommit(raw);

  async function handle(token: string, body: string): Promise<number> {
    const given = (JSON.parse(body) as { answers?: unknown }).answers;
    if (typeof given !== 'object' || given === null || Array.isArray(given)) return 400;
    if (!tokenPattern.test(token)) return 404;
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const inv = invitation.get(tokenHash) as Invitation | undefined;
    if (!inv) return 404;
    if (inv.completed) return 200;
    const campaign = campaignOf(inv.campaign_id);
    const now = new Date();
    const today = localDay(now, campaign.timeZone);
    if (campaign.status !== 'open' || today < campaign.opensOn || today > campaign.closesOn) return 410;
    const draftId = await draftIdOf(token);
    const { ok, values } = validateAnswers(campaign.def, given as Record<string, unknown>);
    if (!ok) return 422;
    if (inv.minted_at && now.getTime() - Date.parse(inv.minted_at) < minSecondsToAnswer * 1000) return 429;
    let channel = 'open_link';
    if (!inv.minted_at) {
      const row = channelOf.get(inv.id, 'invitation', 0) as { channel: string; status: string } | undefined;
      channel = row && carrying.has(row.status) ? row.channel : 'printed';
    }
    const pooled = JSON.stringify({ segment: JSON.parse(inv.segment), channel, answers: values });
    const sealed = await seal(await poolKey(answerSecret), pooled, sealedSize(campaign.def), random);
    const id = randomBytes(12).toString('base64url');
    await commit({ id, campaignId: inv.campaign_id, sealed, tokenHash, draftId });
    return 200;
  }

  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const token = incoming.url!.split('/')[2]!;
    const chunks: Buffer[] = [];
    let size = 0;
    incoming.on('data', (c: Buffer) => {
      size += c.length;
      chunks.push(c);
    });
    incoming.on('end', () => {
      const reply = (status: number) => {
        outgoing.writeHead(status, { 'content-type': 'application/json' });
        outgoing.end(status === 200 ? '{"ok":true}' : '{"error":true}');
      };
      if (size > maxBodyBytes) return reply(413);
      handle(token, Buffer.concat(chunks).toString('utf8')).then(reply, (error: unknown) => {
        console.error(error);
        reply(500);
      });
    });
  };
}
