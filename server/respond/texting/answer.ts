/**
 * A reply by text, stepped through the worker's conversation (surveys/sms/conversation.ts). It lives
 * with the web's answering (respond/) because a finished conversation submits as a page does, into
 * the review's pending pool; the app hands it to the inbound webhook (distribution/inbound.ts
 * `Texting`). The webhook's reader has already taken STOP, HELP, START and the wider opt-out wording (they win over
 * answers); what reaches here is any other text from a phone that holds a pending invitation of an
 * open campaign answering by text, whose SMS invitation went out.
 *
 * One atomic write per reply: the sealed state moves on (or is created, or deleted with the answers
 * entering the pending pool as a web response's do), the step's texts are queued, and the message's
 * sid is recorded. Every statement after the first is written only while the first one's change
 * holds, so a reply racing another from the same phone is stepped again from the state that won, and
 * a retried webhook (the same sid) changes nothing.
 */
import { CompiledQuery } from 'kysely';
import type { Deps } from '../../deps.ts';
import type { InboundText } from '../../distribution/inbound.ts';
import { campaignWindow, keywordCampaigns, recentCampaign } from '../../campaigns/campaigns.ts';
import { findInvitation } from '../../campaigns/invitations/store.ts';
import { currentOpenLink, mintTicket } from '../../campaigns/open-link.ts';

import { AppError } from '../../errors.ts';
import { sha256Hex } from '../../ids.ts';
import { normalizeKeyword } from '../../../surveys/sms/keywords.ts';
import { localDay } from '../../dates.ts';
import { recentPartnership } from '../../partnerships/partnerships.ts';
import { campaignTemplate } from '../../surveys/versions.ts';
import type { Lang, SurveyDefinition } from '../../../surveys/index.ts';
import { normalizeReply, smsForm, start, step, type SmsForm, type Step } from '../../../surveys/sms/index.ts';
import { textedInvitations } from '../../distribution/outbox/reads.ts';
import { startReply } from '../../distribution/text-answers.ts';
import { recordSeenWhere, seenBefore } from '../../distribution/webhook-events.ts';
import { replyInsert, type Guard } from '../../distribution/conversations/reply-queue.ts';
import { finishStatements } from './finish.ts';
import { conversationKey } from './sealing.ts';
import {
  conversationDelete,
  conversationInsert,
  conversationUpdate,
  conversationsAt,
  gone,
  holds,
  openState,
  sealState,
} from './store.ts';

type AnswerDeps = Pick<Deps, 'db' | 'atomic' | 'clock' | 'random' | 'config'>;

type Candidate = Awaited<ReturnType<typeof textedInvitations>>[number];

const forms = new WeakMap<SurveyDefinition, SmsForm | null>();
function formOf(def: SurveyDefinition): SmsForm | null {
  if (!forms.has(def)) forms.set(def, smsForm(def));
  return forms.get(def)!;
}

/** The campaign's SMS form and its partnership's fallback language, when it is open today there. */
async function openForm(deps: AnswerDeps, campaignId: string) {
  const campaign = await recentCampaign(deps, campaignId);
  const partnership = await recentPartnership(deps, campaign.partnershipId);
  if (campaignWindow(campaign, localDay(deps.clock.now(), partnership.timeZone)) !== 'open') return null;
  const def = await campaignTemplate(deps, campaign.templateId, campaign.templateVersion);
  const form = formOf(def);
  return form && { def, form, fallback: partnership.fallbackLanguage };
}

/** The conversation's language: the one asked for, when the SMS form has it; else English, else its first. */
function languageFor(form: SmsForm, wanted: string): Lang {
  const found = form.languages.find((l) => l === wanted);
  return found ?? (form.languages.includes('en') ? 'en' : form.languages[0]!);
}

/** `q` (a statement ending in its WHERE clause) written only while `guard` also holds. */
function andGuard(q: CompiledQuery, guard: Guard): CompiledQuery {
  return CompiledQuery.raw(`${q.sql} AND ${guard.sql}`, [...q.parameters, ...guard.params]);
}

/**
 * Steps (or starts) this phone's conversation with the reply; false when the text is not one: the
 * phone has no conversation, and the text is neither the start reply to an invitation answering by
 * text nor an open campaign's poster keyword.
 */
export async function answerByText(deps: AnswerDeps, text: InboundText): Promise<boolean> {
  const [found, posters] = await Promise.all([textedInvitations(deps, text.from), keywordCampaigns(deps)]);
  if (found.length === 0 && posters.length === 0) return false;
  // Tried again from a fresh read when another reply from the same phone changed the state first.
  for (let attempt = 0; attempt < 5; attempt++) {
    if (await seenBefore(deps, text.sidHash)) return true;
    const outcome = await tryOnce(deps, text, found, posters);
    if (outcome !== 'raced') return outcome === 'stepped';
  }
  throw new Error('A conversation by text kept changing under its reply');
}

type Outcome = 'stepped' | 'not_ours' | 'raced';

async function tryOnce(
  deps: AnswerDeps,
  text: InboundText,
  found: Candidate[],
  posters: { id: string; keyword: string }[],
): Promise<Outcome> {
  const campaignIds = [...new Set([...found.map((c) => c.campaignId), ...posters.map((p) => p.id)])];
  const keys = await Promise.all(campaignIds.map((id) => conversationKey(deps, text.from, id)));
  const stored = await conversationsAt(deps, keys);
  // The conversation under way, in the campaign whose invitation was texted last, else a poster's.
  const at = campaignIds.findIndex((_, i) => stored.some((s) => s.key === keys[i]));
  if (at >= 0) {
    const row = stored.find((s) => s.key === keys[at])!;
    const open = await openForm(deps, row.campaignId);
    const value = open && (await openState(deps, row.sealed));
    if (!open || !value || value.state.survey !== open.def.id || value.state.version !== open.def.version)
      return 'not_ours';
    const candidate = value.ticket
      ? await ticketCandidate(deps, value.ticket)
      : found.find((c) => c.campaignId === row.campaignId);
    if (!candidate) return 'not_ours';
    const next = step(open.form, value.state, text.body);
    return write(
      deps,
      text,
      { candidate, def: open.def, key: row.key, from: row.sealed, ticket: value.ticket },
      next,
    );
  }
  const word = normalizeKeyword(text.body);
  const poster = posters.find((p) => p.keyword === word);
  if (poster) return startFromPoster(deps, text, found, poster.id);
  if (normalizeReply(text.body) !== startReply || found.length === 0) return 'not_ours';
  const candidate = found[0]!;
  const open = await openForm(deps, candidate.campaignId);
  if (!open) return 'not_ours';
  const first = start(open.form, languageFor(open.form, candidate.language));
  const key = keys[campaignIds.indexOf(candidate.campaignId)]!;
  return write(deps, text, { candidate, def: open.def, key, from: null }, first);
}

/**
 * A poster's keyword: the conversation answers the phone's own invitation to that campaign when it
 * has one, and otherwise a ticket minted as the open link mints one for a visitor, under the same
 * caps (per client, here the phone, per hour and in all): a text is one more way in, not a way round.
 */
async function startFromPoster(
  deps: AnswerDeps,
  text: InboundText,
  found: Candidate[],
  campaignId: string,
): Promise<Outcome> {
  const open = await openForm(deps, campaignId);
  if (!open) return 'not_ours';
  const key = await conversationKey(deps, text.from, campaignId);
  const invited = found.find((c) => c.campaignId === campaignId);
  if (invited) {
    const first = start(open.form, languageFor(open.form, invited.language));
    return write(deps, text, { candidate: invited, def: open.def, key, from: null }, first);
  }
  const link = await currentOpenLink(deps, campaignId);
  if (link.state !== 'on') return 'not_ours';
  let minted: { token: string };
  try {
    minted = await mintTicket(deps, link.token, `sms:${text.from}`);
  } catch (error) {
    // Over the open link's caps, or closed since: the text is not answered, as a visitor is refused.
    if (error instanceof AppError) return 'not_ours';
    throw error;
  }
  const ticket = await sha256Hex(minted.token);
  const candidate = await ticketCandidate(deps, ticket);
  if (!candidate) return 'not_ours';
  const first = start(open.form, languageFor(open.form, open.fallback));
  return write(deps, text, { candidate, def: open.def, key, from: null, ticket }, first);
}

/** A poster conversation's ticket as a candidate, while it is pending. */
async function ticketCandidate(deps: AnswerDeps, tokenHash: string): Promise<Candidate | undefined> {
  const invitation = await findInvitation(deps, tokenHash);
  if (!invitation || invitation.completed) return undefined;
  return {
    invitationId: invitation.id,
    campaignId: invitation.campaignId,
    tokenHash,
    language: invitation.language,
    segment: invitation.segment,
  };
}

interface Place {
  candidate: Candidate;
  def: SurveyDefinition;
  key: string;
  /** The sealed state the step was read from; null for a start. */
  from: string | null;
  ticket?: string;
}

/** The step's one atomic write; 'raced' when the state it was read from had changed. */
async function write(deps: AnswerDeps, text: InboundText, place: Place, next: Step): Promise<Outcome> {
  const { candidate, def, key, from } = place;
  const texts = next.messages.map((m) => m.text);
  const statements: (CompiledQuery | { compile(): CompiledQuery })[] = [];
  let guard: Guard;
  if (next.done && next.answers) {
    // Finished: the row goes, and the answers enter the pool with the invitation's "completed" mark,
    // exactly as a web submission's do (respond/submit.ts), all only once the row is gone.
    guard = gone(key);
    if (from !== null) statements.push(conversationDelete(deps, key, from));
    const finished = { ...candidate, ticket: place.ticket !== undefined };
    const [pooled, completed] = await finishStatements(deps, finished, def, next.answers);
    statements.push(andGuard(pooled, guard), andGuard(completed, guard));
  } else {
    const sealed = await sealState(deps, def, {
      state: next.state,
      ...(place.ticket && { ticket: place.ticket }),
    });
    statements.push(
      from === null
        ? conversationInsert(deps, { key, campaignId: candidate.campaignId, sealed })
        : conversationUpdate(deps, key, from, sealed),
    );
    guard = holds(key, sealed);
  }
  if (texts.length > 0) statements.push(await replyInsert(deps, text.from, texts, guard));
  statements.push(recordSeenWhere(deps, text.sidHash, guard));
  let results;
  try {
    results = await deps.atomic(statements);
  } catch (error) {
    // Two first replies at once: the other one's insert took the key. Read again and step from it.
    if (from === null) return 'raced';
    throw error;
  }
  return (results.at(-1)?.numChangedRows ?? 0) > 0 ? 'stepped' : 'raced';
}
