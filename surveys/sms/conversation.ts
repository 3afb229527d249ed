// A survey answered by text, as a pure state machine: `start` gives the first messages and a state,
// `step` takes that state and one reply and gives the next. One question at a time, in survey order,
// only the questions with an SMS text, the survey's own skip logic deciding which are shown.
//
// The server runs it after its own reading of every inbound: STOP and the other opt-out words, HELP
// and START are honoured there at every step and win over answers, so they never arrive here. The
// state is what the server seals and stores between replies: position and answers so far, never a
// message body or a time, and small enough to seal on every reply.
//
// Rules, beside the issue's: an unclear reply is asked again once with the answers allowed; a second
// unclear reply skips an optional question. A required one is asked again, with its answers, for as
// long as it takes (a texted response without it would fail the survey's own validation, and the
// worker can always stop and carry on later). SKIP leaves an optional question unanswered and says a
// required one cannot be skipped. BACK asks the previous question shown again (the first one again at
// the start), its earlier answer kept until replaced or skipped.
import { z } from 'zod';
import { format } from '../format.js';
import { isVisible, validateAnswers } from '../logic.js';
import { answers as answersSchema, langs, type Answers, type Lang } from '../schema.js';
import { words } from '../words/index.js';
import { smsSurvey, type SmsForm, type SmsItem } from './form.js';
import { readReply } from './reply.js';

/** What the server seals between replies. */
export const conversationState = z.strictObject({
  /** The survey version being answered: a state is only ever stepped with its own form. */
  survey: z.string(),
  version: z.int().positive(),
  lang: z.enum(langs),
  /** The item asked now, an index into the form's items; the item count once finished. */
  at: z.int().min(0),
  /** The item asked now was already asked again once after an unclear reply. */
  retried: z.boolean(),
  answers: answersSchema,
});
export type ConversationState = z.infer<typeof conversationState>;

export type MessageKind = 'start' | 'question' | 'retry' | 'cannot_skip' | 'thanks';

export interface Message {
  kind: MessageKind;
  text: string;
  /** The question a `question`, `retry` or `cannot_skip` message is about. */
  questionId?: string;
}

export interface Step {
  state: ConversationState;
  /** To send, in order. */
  messages: Message[];
  done: boolean;
  /**
   * On the step that finishes only: the answers, cleaned by `validateAnswers` against the SMS form
   * (`smsSurvey`), the check a page's answers get, to submit as a web response is submitted.
   */
  answers?: Answers;
}

function ownState(form: SmsForm, state: ConversationState): void {
  if (state.survey !== form.survey.id || state.version !== form.survey.version)
    throw new Error(
      `A conversation of ${state.survey}@${state.version} stepped with ${form.survey.id}@${form.survey.version}`,
    );
  if (!form.languages.includes(state.lang)) throw new Error(`${form.survey.id} has no ${state.lang} texts`);
}

const shown = (form: SmsForm, i: number, answers: Answers) =>
  isVisible(form.survey, form.items[i]!.question.id, answers);

/** The first item at or after `from` shown for these answers; the item count when none is left. */
function nextShown(form: SmsForm, from: number, answers: Answers): number {
  let i = from;
  while (i < form.items.length && !shown(form, i, answers)) i++;
  return i;
}

function ask(form: SmsForm, lang: Lang, i: number): Message {
  const q = form.items[i]!.question;
  return { kind: 'question', text: q.sms!.text[lang]!, questionId: q.id };
}

/** The text asking again after an unclear reply, naming the answers `item` allows. */
export function retryText(item: SmsItem, lang: Lang): string {
  const w = words[lang].smsSurvey;
  const keys = item.keys;
  switch (keys.kind) {
    case 'scale':
      return format(w.retryScale, { lo: keys.lo, hi: keys.hi });
    case 'yesno':
      return w.retryYesNo;
    case 'choice':
      return format(keys.several ? w.retrySeveral : w.retryOne, { n: keys.values.length });
    case 'text':
      return format(w.retryText, { max: keys.maxLength });
  }
}

/** Moves to the first question shown from `from` on, or finishes. */
function advance(form: SmsForm, state: ConversationState, from: number, answers: Answers): Step {
  const at = nextShown(form, from, answers);
  const next: ConversationState = { ...state, at, retried: false, answers };
  if (at < form.items.length) return { state: next, messages: [ask(form, state.lang, at)], done: false };
  const { values } = validateAnswers(smsSurvey(form.survey), answers);
  return {
    state: { ...next, answers: values },
    messages: [{ kind: 'thanks', text: words[state.lang].smsSurvey.thanks }],
    done: true,
    answers: values,
  };
}

/** The first messages of a conversation in `lang`: how it works, then the first question. */
export function start(form: SmsForm, lang: Lang): Step {
  const state: ConversationState = {
    survey: form.survey.id,
    version: form.survey.version,
    lang,
    at: 0,
    retried: false,
    answers: {},
  };
  ownState(form, state);
  const first = advance(form, state, 0, {});
  return { ...first, messages: [{ kind: 'start', text: words[lang].smsSurvey.start }, ...first.messages] };
}

/** One reply to the question asked now. A finished conversation takes no more replies and says nothing. */
export function step(form: SmsForm, state: ConversationState, reply: string): Step {
  ownState(form, state);
  if (state.at >= form.items.length) return { state, messages: [], done: true };
  // The question asked now may have been hidden since (an answer changed after BACK): move on.
  const at = nextShown(form, state.at, state.answers);
  if (at !== state.at) return advance(form, state, at, state.answers);
  const item = form.items[at]!;
  const q = item.question;
  const { [q.id]: _earlier, ...without } = state.answers;
  const reading = readReply(item, state.lang, reply);
  switch (reading.kind) {
    case 'answer':
      return advance(form, state, at + 1, { ...state.answers, [q.id]: reading.value });
    case 'back': {
      let back = at - 1;
      while (back >= 0 && !shown(form, back, state.answers)) back--;
      const to = Math.max(back, nextShown(form, 0, state.answers));
      return {
        state: { ...state, at: to, retried: false },
        messages: [ask(form, state.lang, to)],
        done: false,
      };
    }
    case 'skip':
      if (!q.required) return advance(form, state, at + 1, without);
      return {
        state,
        messages: [{ kind: 'cannot_skip', text: words[state.lang].smsSurvey.cannotSkip, questionId: q.id }],
        done: false,
      };
    case 'unclear':
      if (state.retried && !q.required) return advance(form, state, at + 1, without);
      return {
        state: { ...state, retried: true },
        messages: [{ kind: 'retry', text: retryText(item, state.lang), questionId: q.id }],
        done: false,
      };
  }
}
