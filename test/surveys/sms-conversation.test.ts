// Whole conversations by text through the pure state machine (surveys/sms/conversation.ts), in
// English and Spanish: each reply goes through the state's JSON, as the server seals and stores it.
import { describe, expect, it } from 'vitest';
import { getTemplate, validateAnswers, words, type Lang } from '../../surveys/index.ts';
import {
  conversationState,
  smsForm,
  smsSurvey,
  start,
  step,
  type ConversationState,
  type SmsForm,
  type Step,
} from '../../surveys/sms/index.ts';
import { fixtureForm, smsFixture } from './sms-fixture.ts';

/** A conversation driven reply by reply, its state stored as JSON between replies. */
function talk(form: SmsForm, lang: Lang) {
  let last: Step = start(form, lang);
  const sent = [...last.messages];
  return {
    get last() {
      return last;
    },
    sent,
    reply(body: string): Step {
      const stored = JSON.stringify(last.state);
      const state: ConversationState = conversationState.parse(JSON.parse(stored));
      last = step(form, state, body);
      sent.push(...last.messages);
      return last;
    },
    /** The question asked now, by id. */
    get asking(): string | undefined {
      return last.done ? undefined : form.items[last.state.at]?.question.id;
    },
  };
}

const sms = (id: string, lang: Lang) =>
  fixtureForm.items.find((i) => i.question.id === id)!.question.sms!.text[lang]!;

describe('a conversation by text, in English', () => {
  it('opens with how it works, then the first SMS question; a question without an SMS text is never asked', () => {
    const c = talk(fixtureForm, 'en');
    expect(c.sent.map((m) => m.kind)).toEqual(['start', 'question']);
    expect(c.sent[0]!.text).toBe(words.en.smsSurvey.start);
    expect(c.sent[1]).toEqual({ kind: 'question', text: sms('pay_fair', 'en'), questionId: 'pay_fair' });
    c.reply('4');
    expect(c.asking).toBe('got_training');
  });

  it('takes valid answers to the end, follows skip logic, and thanks with the answers checked as a page checks them', () => {
    const c = talk(fixtureForm, 'en');
    c.reply('4');
    c.reply('yes');
    expect(c.asking).toBe('training_helped');
    c.reply('5');
    c.reply('night');
    c.reply('1 and 3');
    c.reply('９');
    const end = c.reply('  The bus is late.  ');
    expect(end.done).toBe(true);
    expect(end.messages).toEqual([{ kind: 'thanks', text: words.en.smsSurvey.thanks }]);
    expect(end.answers).toEqual({
      pay_fair: 4,
      got_training: 'yes',
      training_helped: 5,
      shift: 'night',
      barriers: ['transportation', 'health'],
      recommend: 9,
      comment: 'The bus is late.',
    });
    const checked = validateAnswers(smsSurvey(smsFixture), end.answers!);
    expect(checked).toEqual({ ok: true, values: end.answers, errors: {} });
    // The same answers pass the web's own check of a saved draft, unchanged.
    expect(validateAnswers(smsFixture, end.answers!, { partial: true }).values).toEqual(end.answers);
    expect(c.sent.filter((m) => m.kind === 'question')).toHaveLength(7);
  });

  it('skips the follow-up when the controlling answer hides it', () => {
    const c = talk(fixtureForm, 'en');
    c.reply('2');
    c.reply('N');
    expect(c.asking).toBe('shift');
  });

  it('asks an unclear reply again once with the allowed answers, then takes a valid one', () => {
    const c = talk(fixtureForm, 'en');
    const unclear = c.reply('maybe');
    expect(unclear.messages).toEqual([
      {
        kind: 'retry',
        text: 'Sorry, we did not understand. Please reply with one number from 1 to 5.',
        questionId: 'pay_fair',
      },
    ]);
    expect(unclear.state.retried).toBe(true);
    c.reply('3');
    expect(c.asking).toBe('got_training');
    expect(c.last.state).toMatchObject({ retried: false, answers: { pay_fair: 3 } });
  });

  it('skips an optional question after two unclear replies, with nothing stored for it', () => {
    const c = talk(fixtureForm, 'en');
    c.reply('1');
    c.reply('no');
    expect(c.asking).toBe('shift');
    expect(c.reply('7').messages[0]!.text).toBe(
      'Sorry, we did not understand. Please reply with one number from 1 to 3.',
    );
    const second = c.reply('whenever');
    expect(second.messages).toEqual([
      { kind: 'question', text: sms('barriers', 'en'), questionId: 'barriers' },
    ]);
    expect(second.state.answers).not.toHaveProperty('shift');
  });

  it('keeps asking a required question after two unclear replies: a texted response needs it as a web one does', () => {
    const c = talk(fixtureForm, 'en');
    c.reply('lots');
    const again = c.reply('11');
    expect(again.messages.map((m) => m.kind)).toEqual(['retry']);
    expect(c.asking).toBe('pay_fair');
    c.reply('5');
    expect(c.asking).toBe('got_training');
  });

  it('SKIP leaves an optional question unanswered and says a required one cannot be skipped', () => {
    const c = talk(fixtureForm, 'en');
    const refused = c.reply('skip');
    expect(refused.messages).toEqual([
      { kind: 'cannot_skip', text: words.en.smsSurvey.cannotSkip, questionId: 'pay_fair' },
    ]);
    expect(c.asking).toBe('pay_fair');
    c.reply('4');
    c.reply('n');
    c.reply('SKIP');
    expect(c.asking).toBe('barriers');
    c.reply('Skip.');
    c.reply('skip');
    const end = c.reply('skip');
    expect(end.done).toBe(true);
    expect(end.answers).toEqual({ pay_fair: 4, got_training: 'no' });
  });

  it('BACK asks the previous question shown again, and a new answer replaces the old', () => {
    const c = talk(fixtureForm, 'en');
    // At the first question there is nothing before it: it is asked again.
    expect(c.reply('back').messages).toEqual([
      { kind: 'question', text: sms('pay_fair', 'en'), questionId: 'pay_fair' },
    ]);
    c.reply('2');
    c.reply('no');
    expect(c.asking).toBe('shift');
    // The follow-up hidden by "no" is not the previous question: got_training is.
    expect(c.reply('BACK').messages[0]!.questionId).toBe('got_training');
    c.reply('yes');
    expect(c.asking).toBe('training_helped');
    c.reply('4');
    c.reply('back');
    expect(c.asking).toBe('training_helped');
    c.reply('back');
    expect(c.asking).toBe('got_training');
    c.reply('no');
    expect(c.asking).toBe('shift');
    c.reply('1');
    c.reply('4');
    c.reply('10');
    const end = c.reply('skip');
    // training_helped was answered while shown; hidden again, it is not part of the response.
    expect(end.answers).toEqual({
      pay_fair: 2,
      got_training: 'no',
      shift: 'day',
      barriers: ['none'],
      recommend: 10,
    });
  });

  it('takes no more replies once finished', () => {
    const c = talk(fixtureForm, 'en');
    for (const r of ['1', 'n', '1', '1', '0', 'skip']) c.reply(r);
    expect(c.last.done).toBe(true);
    const after = c.reply('hello?');
    expect(after).toEqual({ state: c.last.state, messages: [], done: true });
  });

  it('refuses a state from another survey version', () => {
    const state = start(fixtureForm, 'en').state;
    expect(() => step(smsForm(getTemplate('worker-voice', 3)!)!, state, '1')).toThrow(/stepped with/);
  });
});

describe('a conversation by text, in Spanish', () => {
  it('answers in numbers and Spanish words, with accents or without', () => {
    const c = talk(fixtureForm, 'es');
    expect(c.sent[0]!.text).toBe(words.es.smsSurvey.start);
    expect(c.sent[1]!.text).toBe(sms('pay_fair', 'es'));
    c.reply('De acuerdo');
    c.reply('Sí');
    c.reply('5');
    c.reply('noche');
    c.reply('1 y 3');
    c.reply('10');
    const end = c.reply('El autobús llega tarde');
    expect(end.done).toBe(true);
    expect(end.messages[0]!.text).toBe(words.es.smsSurvey.thanks);
    expect(end.answers).toEqual({
      pay_fair: 4,
      got_training: 'yes',
      training_helped: 5,
      shift: 'night',
      barriers: ['transportation', 'health'],
      recommend: 10,
      comment: 'El autobús llega tarde',
    });
    expect(validateAnswers(smsSurvey(smsFixture), end.answers!).ok).toBe(true);
  });

  it('asks again in Spanish, skips with SALTAR and goes back with ATRÁS', () => {
    const c = talk(fixtureForm, 'es');
    expect(c.reply('quizás').messages[0]!.text).toBe(
      'Perdon, no entendimos. Responda con un numero del 1 al 5.',
    );
    expect(c.reply('saltar').messages[0]!.text).toBe(words.es.smsSurvey.cannotSkip);
    c.reply('4');
    expect(c.reply('tal vez').messages[0]!.text).toBe(words.es.smsSurvey.retryYesNo);
    c.reply('no');
    c.reply('SALTAR');
    expect(c.asking).toBe('barriers');
    expect(c.reply('Atrás').messages[0]!.questionId).toBe('shift');
    c.reply('2');
    expect(c.reply('uno, tres').messages[0]!.text).toBe(
      'Perdon, no entendimos. Responda con los numeros de sus opciones, del 1 al 4, por ejemplo 1 3.',
    );
    c.reply('2,4');
    c.reply('omitir');
    const end = c.reply('omitir');
    expect(end.answers).toEqual({
      pay_fair: 4,
      got_training: 'no',
      shift: 'evening',
      barriers: ['child_care', 'none'],
    });
  });
});

describe('the built-in worker survey by text', () => {
  const form = smsForm(getTemplate('worker-voice', 3)!)!;

  it.each(['en', 'es'] as const)('runs from start to thanks in %s, its answers a valid response', (lang) => {
    const c = talk(form, lang);
    const replies = ['5', '4', '3', '2', '1', '4', '5', '8', '3', '1 4', 'Good place to work'];
    for (const r of replies) c.reply(r);
    expect(c.last.done).toBe(true);
    expect(c.sent).toHaveLength(13);
    expect(c.last.answers).toMatchObject({
      pay_fair: 5,
      recommend_job: 8,
      barriers: ['transportation', 'pay'],
    });
    const def = getTemplate('worker-voice', 3)!;
    expect(validateAnswers(smsSurvey(def), c.last.answers!)).toEqual({
      ok: true,
      values: c.last.answers,
      errors: {},
    });
    expect(validateAnswers(def, c.last.answers!, { partial: true }).values).toEqual(c.last.answers);
  });
});
