/**
 * The ceiling for submit_rps: a submission on plain node:http with no Hono, no Kysely and no app
 * code around it, doing the same work against the same database: read the body, parse the JSON, hash
 * the token, read the invitation and the segment counts, validate every answer against the template
 * version, choose the anonymity tag, and store the same guarded statements (response row, segment
 * counters, invitation completed, draft deleted) in one group commit, the app's own from
 * server/runtime. Campaign, partnership and template are read once, as the app's short-lived copies
 * make them almost free too. Only for the benchmark.
 */
import type Database from 'better-sqlite3';
import { CompiledQuery } from 'kysely';
import { createHash, randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { chooseTag, prefixKeys, type Segment } from '../server/campaigns/segments.ts';
import { localDay } from '../server/dates.ts';
import type { Atomic } from '../server/deps.ts';
import { getTemplate, validateAnswers } from '../surveys/index.ts';

const pending = `exists (select "id" from "invitations" where "token_hash" = ? and "completed" = ?)`;
const sql = {
  invitation: `select "id", "campaign_id", "token_hash", "language", "segment", "completed", "minted_at" from "invitations" where "token_hash" = ?`,
  response: `insert into "responses" ("id", "campaign_id", "template_id", "template_version", "submitted_on", "segment", "answers") select ? as "id", ? as "campaign_id", ? as "template_id", ? as "template_version", ? as "submitted_on", ? as "segment", ? as "answers" where ${pending}`,
  count: `insert into "segment_completions" ("campaign_id", "segment_key", "completed") select ? as "campaign_id", ? as "segment_key", ? as "completed" where ${pending} on conflict ("campaign_id", "segment_key") do update set "completed" = completed + 1`,
  complete: `update "invitations" set "completed" = ? where "token_hash" = ? and "completed" = ?`,
  deleteDraft: `delete from "drafts" where "token_hash" = ?`,
};

type Invitation = { campaign_id: string; segment: string; completed: number };

export function rawSubmit(raw: Database.Database, atomic: Atomic) {
  const invitation = raw.prepare(sql.invitation);
  const countsBy = new Map<number, Database.Statement>();
  const counts = (campaignId: string, keys: string[]) => {
    let stmt = countsBy.get(keys.length);
    if (!stmt) {
      const marks = keys.map(() => '?').join(', ');
      stmt = raw.prepare(
        `select "segment_key", "completed" from "segment_completions" where "campaign_id" = ? and "segment_key" in (${marks})`,
      );
      countsBy.set(keys.length, stmt);
    }
    return stmt.all(campaignId, ...keys) as { segment_key: string; completed: number }[];
  };
  const template = getTemplate('worker-voice')!;
  const { time_zone: timeZone, min_group_size: minGroupSize } = raw
    .prepare('select time_zone, min_group_size from partnerships')
    .get() as { time_zone: string; min_group_size: number };

  async function handle(token: string, body: string): Promise<number> {
    const given = (JSON.parse(body) as { answers: Record<string, unknown> }).answers;
    const tokenHash = createHash('sha256').update(token).digest('hex');
    const inv = invitation.get(tokenHash) as Invitation | undefined;
    if (!inv) return 404;
    if (inv.completed) return 200;
    const { ok, values } = validateAnswers(template, given);
    if (!ok) return 422;
    const segment = JSON.parse(inv.segment) as Segment;
    const keys = prefixKeys(segment);
    const before = new Map(counts(inv.campaign_id, keys).map((r) => [r.segment_key, r.completed]));
    const tag = chooseTag(segment, before, minGroupSize);
    const id = randomBytes(12).toString('base64url');
    const day = localDay(new Date(), timeZone);
    await atomic([
      CompiledQuery.raw(sql.response, [
        id,
        inv.campaign_id,
        template.id,
        template.version,
        day,
        JSON.stringify(tag),
        JSON.stringify(values),
        tokenHash,
        0,
      ]),
      ...keys.map((key) => CompiledQuery.raw(sql.count, [inv.campaign_id, key, 1, tokenHash, 0])),
      CompiledQuery.raw(sql.complete, [1, tokenHash, 0]),
      CompiledQuery.raw(sql.deleteDraft, [tokenHash]),
    ]);
    return 200;
  }

  return (incoming: IncomingMessage, outgoing: ServerResponse) => {
    const token = incoming.url!.split('/')[2]!;
    const chunks: Buffer[] = [];
    incoming.on('data', (c: Buffer) => chunks.push(c));
    incoming.on('end', () => {
      handle(token, Buffer.concat(chunks).toString('utf8')).then(
        (status) => {
          outgoing.writeHead(status, { 'content-type': 'application/json' });
          outgoing.end(status === 200 ? '{"ok":true}' : '{"error":true}');
        },
        (error: unknown) => {
          console.error(error);
          outgoing.writeHead(500).end();
        },
      );
    });
  };
}
