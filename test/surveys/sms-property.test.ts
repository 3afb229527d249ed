// Properties of a conversation by text, for any replies: it never throws, its state stays small
// JSON (position and answers, no message we sent), valid answers end it within one step a question,
// and what it finishes with is a response the survey's own validation accepts.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { getTemplate, langs, validateAnswers, words, type Lang } from '../../surveys/index.ts';
import {
  conversationState,
  smsForm,
  smsSurvey,
  start,
  step,
  type SmsForm,
  type SmsItem,
  type Step,
} from '../../surveys/sms/index.ts';
import { fixtureForm } from './sms-fixture.ts';

const forms: SmsForm[] = [fixtureForm, smsForm(getTemplate('worker-voice', 3)!)!];
const wordsOfAll = langs.flatMap((l) => [
  ...words[l].replies.yes,
  ...words[l].replies.no,
  ...words[l].keywords.back,
  ...words[l].keywords.skip,
  ...words[l].scales.agree5,
]);

/** Replies a worker may send: numbers in any digits, words of every language, lists, junk. */
const reply = fc.oneof(
  fc.integer({ min: -3, max: 14 }).map(String),
  fc.constantFrom(...wordsOfAll, '١ و ٣', '1和3', '１０', '1, 2, 3', '2 and 4', '五', ''),
  fc.array(fc.integer({ min: 0, max: 12 }), { maxLength: 5 }).map((n) => n.join(' ')),
  fc.string({ unit: 'grapheme', maxLength: 40 }),
  fc.string({ maxLength: 600 }),
);

const formAndLang = fc
  .constantFrom(...forms)
  .chain((form) => fc.tuple(fc.constant(form), fc.constantFrom(...form.languages)));

/** Through the state's JSON, as the server seals it; it must come back equal and parse. */
function stored(s: Step): Step['state'] {
  const json = JSON.stringify(s.state);
  const back = conversationState.parse(JSON.parse(json));
  expect(back).toEqual(s.state);
  return back;
}

describe('a conversation by text, for any replies', () => {
  it('never throws, keeps a small JSON state without our messages in it, and finishes with a valid response', () => {
    fc.assert(
      fc.property(formAndLang, fc.array(reply, { maxLength: 60 }), ([form, lang], replies) => {
        let s = start(form, lang);
        const ours = new Set<string>();
        for (const body of replies) {
          s = step(form, stored(s), body);
          for (const m of s.messages) ours.add(m.text);
          expect(Object.keys(s.state).sort()).toEqual([
            'answers',
            'at',
            'lang',
            'retried',
            'survey',
            'version',
          ]);
          const json = JSON.stringify(s.state);
          for (const text of ours) expect(json.includes(JSON.stringify(text).slice(1, -1))).toBe(false);
          if (s.answers) {
            const checked = validateAnswers(smsSurvey(form.survey), s.answers);
            expect(checked.ok).toBe(true);
            expect(checked.values).toEqual(s.answers);
          }
        }
      }),
      { numRuns: 150 },
    );
  });

  it('ends after one step a question when every reply is a valid answer', () => {
    /** A valid reply to `item`, picked by `n`, in the conversation's language. */
    const valid = (item: SmsItem, lang: Lang, n: number): string => {
      const k = item.keys;
      switch (k.kind) {
        case 'scale':
          return String(k.lo + (n % (k.hi - k.lo + 1)));
        case 'yesno':
          return n % 2 ? words[lang].scales.yesno[0] : words[lang].replies.no[0]!;
        case 'choice': {
          const count = k.several ? 1 + (n % Math.min(3, k.values.length)) : 1;
          return Array.from({ length: count }, (_, i) => 1 + ((n + i) % k.values.length)).join(', ');
        }
        case 'text':
          return `comment ${n}`;
      }
    };
    fc.assert(
      fc.property(
        formAndLang,
        fc.array(fc.nat(), { minLength: 20, maxLength: 20 }),
        ([form, lang], picks) => {
          let s = start(form, lang);
          let steps = 0;
          while (!s.done) {
            expect(steps).toBeLessThan(form.items.length);
            s = step(form, stored(s), valid(form.items[s.state.at]!, lang, picks[steps]!));
            expect(s.messages.every((m) => m.kind === 'question' || m.kind === 'thanks')).toBe(true);
            steps++;
          }
          expect(validateAnswers(smsSurvey(form.survey), s.answers!).ok).toBe(true);
        },
      ),
      { numRuns: 100 },
    );
  });
});
