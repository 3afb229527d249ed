/**
 * How a conversation by text is kept out of reach of a copy of the database. Its row is found by a
 * keyed hash of the phone and the campaign (HMAC under ANSWER_SECRET, never in the database), and its
 * state and queued replies are sealed under keys derived from the same secret, padded to one size:
 * without the secret no row can be joined to a phone or a contact, nor read, nor told apart by length.
 */
import type { Deps } from '../../deps.ts';
import { mac } from '../../mac.ts';
import { deriveKey } from '../../seal.ts';
import { allQuestions, typeOf, type Answers, type SurveyDefinition } from '../../../surveys/index.ts';
import type { ConversationState } from '../../../surveys/sms/index.ts';

type SecretDeps = Pick<Deps, 'config'>;

/** The row key of one phone's conversation in one campaign: 32 bytes, base64url. */
export function conversationKey(deps: SecretDeps, phone: string, campaignId: string): Promise<string> {
  return mac(deps.config.answerSecret, 'sms-conversation', `${phone}\n${campaignId}`, 32);
}

const keys = new Map<string, Promise<CryptoKey>>();
function keyFor(secret: string, purpose: 'sms-conversation-state'): Promise<CryptoKey> {
  const id = `${purpose}\n${secret}`;
  let key = keys.get(id);
  if (!key) keys.set(id, (key = deriveKey(secret, purpose)));
  return key;
}

export const stateKey = (deps: SecretDeps) => keyFor(deps.config.answerSecret, 'sms-conversation-state');

const sizes = new WeakMap<SurveyDefinition, number>();
/**
 * One sealed size per survey version: the longest state it can reach (every question's longest
 * answer, the longest language tag, the largest position), rounded up to a whole KiB, as drafts are.
 */
export function stateSize(def: SurveyDefinition): number {
  let size = sizes.get(def);
  if (size) return size;
  const worst: Answers = {};
  for (const q of allQuestions(def)) if (q.sms) worst[q.id] = typeOf(q).longest(q);
  const state: ConversationState = {
    survey: def.id,
    version: def.version,
    lang: 'zh-Hans',
    at: allQuestions(def).length,
    retried: false,
    answers: worst,
  };
  // A poster conversation also seals its ticket's hash: 64 hex digits.
  const longest = { state, ticket: 'f'.repeat(64) };
  const bytes = new TextEncoder().encode(JSON.stringify(longest)).length + 4;
  size = Math.ceil(bytes / 1024) * 1024;
  sizes.set(def, size);
  return size;
}
