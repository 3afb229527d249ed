// The checks on a survey's answering by text (issue 18): what the schema refuses in a question's text
// message blocks publishing at its place, and the advice says what a text message costs, which
// questions a conversation never reaches and what texted answers leave out.
import { describe, expect, it } from 'vitest';
import { getTemplate, surveyDefinition, validateAnswers } from '../../surveys/index.ts';
import { definitionCandidate, draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { checkSurvey, type Finding } from '../../surveys/checks/index.ts';
import { estimateLength } from '../../surveys/checks/length.ts';
import { findingCodes } from '../../surveys/checks/types.ts';
import { smsForm, smsSurvey, start, step } from '../../surveys/sms/index.ts';
import { fixture } from './fixture.ts';

const fits = { en: 'Reply 1 to 5.', es: 'Responda de 1 a 5.' };
const draft = () => draftFromDefinition(fixture);
const worker = () => draftFromDefinition(getTemplate('worker-voice')!);
const question = (d: SurveyDraft, id: string) =>
  d.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;

/** The findings of these codes as `CODE at path`, in the checks' order. */
const found = (d: SurveyDraft, ...codes: string[]) =>
  checkSurvey(d)
    .findings.filter((f) => codes.includes(f.code))
    .map((f) => `${f.code} at ${f.path.join('.')}`);
const sms = (d: SurveyDraft) => found(d, ...smsCodes);
// Every finding about text messages, as the checks name them.
const smsCodes = findingCodes.filter((c) => c.startsWith('SMS_'));
const one = (d: SurveyDraft, code: string): Finding => {
  const all = checkSurvey(d).findings.filter((f) => f.code === code);
  expect(all, code).toHaveLength(1);
  return all[0]!;
};
const refused = (d: SurveyDraft) => !surveyDefinition.safeParse(definitionCandidate(d)).success;

describe('the worker survey version 3, with its SMS short form', () => {
  it('passes with nothing blocking, warned only of its two-segment texts in Vietnamese and Arabic', () => {
    const check = checkSurvey(worker());
    expect(check.blocking).toBe(0);
    expect(sms(worker())).toEqual([
      'SMS_SEGMENTS at sections.4.questions.0.sms.text.vi',
      'SMS_SEGMENTS at sections.4.questions.0.sms.text.ar',
      'SMS_OPTIONS_LEFT_OUT at sections.4.questions.0.sms.options',
      'SMS_REQUIRED_LEFT_OUT at sections',
    ]);
    expect(one(worker(), 'SMS_OPTIONS_LEFT_OUT').message).toBe(
      'The text message of question barriers numbers 8 of its 12 answers: by text nobody can answer ' +
        'family_care, housing, training_cost, technology. Check that its text lists the same 8, in this order.',
    );
  });

  it('covers every job-quality factor by text; without pay_fair, pay is not', () => {
    const d = worker();
    delete question(d, 'pay_fair').sms;
    const missing = one(d, 'SMS_FACTOR_MISSING');
    expect(missing).toMatchObject({
      severity: 'warning',
      path: ['dimensions', d.dimensions.findIndex((x) => x.id === 'pay')],
      params: { factor: 'pay' },
    });
    expect(missing.message).toMatch(/^No question asked by text measures Pay, one of the eight job-quality factors/);
    expect(checkSurvey(d).blocking).toBe(0);
  });

  it('leaves the page estimate as it was: text messages are never read on the page', () => {
    const d = worker();
    const without = structuredClone(d);
    for (const s of without.sections) for (const q of s.questions) delete q.sms;
    expect(estimateLength(d)).toEqual(estimateLength(without));
  });
});

describe('a text message, blocking', () => {
  it('blocks a missing or blank text in a language of the survey, at the text, and ignores a language it does not list', () => {
    const d = draft();
    question(d, 'pay_fair').sms = { text: { en: 'Reply 1 to 5.', vi: 'Gửi 1-5' } };
    question(d, 'respect').sms = { text: { en: ' ', es: 'Responda de 1 a 5.' } };
    expect(found(d, 'MISSING_TEXT')).toEqual([
      'MISSING_TEXT at sections.0.questions.0.sms.text.es',
      'MISSING_TEXT at sections.0.questions.2.sms.text.en',
    ]);
    const missing = checkSurvey(d).findings.find((f) => f.code === 'MISSING_TEXT')!;
    expect(missing).toMatchObject({ severity: 'blocking', lang: 'es', questionId: 'pay_fair' });
    expect(missing.params).toMatchObject({ item: 'sms', id: 'pay_fair', optional: 'yes' });
    expect(missing.message).toBe(
      'The Spanish text of the text message of question pay_fair is missing: write it, or remove this text in every language.',
    );
    expect(refused(d)).toBe(true);
  });

  it('blocks numbered answers on a question without options, and each value it does not have', () => {
    const d = draft();
    question(d, 'trained').sms = { text: fits, options: ['yes', 'no'] };
    expect(found(d, 'SMS_OPTIONS_NOT_ALLOWED', 'SMS_OPTION_UNKNOWN')).toEqual([
      'SMS_OPTIONS_NOT_ALLOWED at sections.0.questions.5.sms',
      'SMS_OPTION_UNKNOWN at sections.0.questions.5.sms.options.0',
      'SMS_OPTION_UNKNOWN at sections.0.questions.5.sms.options.1',
    ]);
    expect(one(d, 'SMS_OPTIONS_NOT_ALLOWED').message).toBe(
      'Question trained is a yesno question, which has no options: remove the numbered answers of its text message.',
    );
    expect(refused(d)).toBe(true);
  });

  it('blocks a value the choice does not have, one numbered twice, and a list of one', () => {
    const d = draft();
    question(d, 'training_kind').sms = { text: fits, options: ['online', 'remote', 'online'] };
    question(d, 'barriers').sms = { text: fits, options: ['housing'] };
    expect(found(d, 'SMS_OPTION_UNKNOWN', 'DUPLICATE_ID', 'SMS_OPTIONS_FEW')).toEqual([
      'SMS_OPTION_UNKNOWN at sections.1.questions.0.sms.options.1',
      'DUPLICATE_ID at sections.1.questions.0.sms.options.2',
      'SMS_OPTIONS_FEW at sections.2.questions.0.sms.options',
    ]);
    expect(one(d, 'SMS_OPTION_UNKNOWN').message).toBe(
      'The text message of question training_kind numbers the answer "remote", which the question does not have: ' +
        'pick one of its answers, or take it off the list.',
    );
    expect(one(d, 'DUPLICATE_ID').params).toEqual({
      question: 'training_kind',
      what: 'smsOption',
      id: 'online',
    });
    expect(one(d, 'SMS_OPTIONS_FEW').message).toBe(
      'The text message of question barriers numbers one answer: number at least two, or leave the list out to number every answer.',
    );
    expect(refused(d)).toBe(true);
  });

  it('blocks a numbered value that is not allowed beside the option that has it', () => {
    const d = draft();
    question(d, 'barriers').options![2]!.value = 'Housing';
    question(d, 'barriers').sms = { text: fits, options: ['transport', 'Housing'] };
    expect(found(d, 'BAD_ID')).toEqual([
      'BAD_ID at sections.2.questions.0.options.2.value',
      'BAD_ID at sections.2.questions.0.sms.options.1',
    ]);
    expect(refused(d)).toBe(true);
  });

  it('publishes a choice whose text message numbers its answers in an order of its own', () => {
    const d = draft();
    question(d, 'training_kind').sms = { text: fits, options: ['online', 'classroom', 'on_the_job'] };
    expect(checkSurvey(d).blocking).toBe(0);
    expect(refused(d)).toBe(false);
    expect(found(d, 'SMS_OPTIONS_LEFT_OUT')).toEqual([]);
  });
});

describe('a text message, advice', () => {
  it('warns of a text longer than one segment, with its segments, and none at exactly one', () => {
    const d = draft();
    question(d, 'pay_fair').sms = { text: { en: 'x'.repeat(160), es: 'y'.repeat(161) } };
    expect(sms(d).filter((f) => f.startsWith('SMS_SEGMENTS'))).toEqual([
      'SMS_SEGMENTS at sections.0.questions.0.sms.text.es',
    ]);
    const long = one(d, 'SMS_SEGMENTS');
    expect(long).toMatchObject({ severity: 'warning', lang: 'es', questionId: 'pay_fair' });
    expect(long.params).toMatchObject({ segments: 2, length: 161, limit: 160, cause: 'none' });
    expect(long.message).toBe(
      'The Spanish text message of question pay_fair takes 2 segments (161 characters; one segment holds 160): ' +
        'each segment is billed for every worker who answers. Shorten it to one where you can.',
    );
  });

  it('names the letter that turns a Spanish text into UCS-2, and not a Vietnamese one (UCS-2 anyway)', () => {
    const d = draft();
    d.languages = ['en', 'es', 'vi'];
    const es = 'Mi supervisor me trata con respeto y me escucha cuando hablo. Responda de 1 a 5, sí.';
    const vi = 'Người quản lý đối xử tôn trọng với tôi và lắng nghe tôi. Gửi 1-5 (5 = rất đồng ý)';
    question(d, 'respect').sms = { text: { en: 'Reply 1 to 5.', es, vi } };
    const [spanish, vietnamese] = checkSurvey(d).findings.filter((f) => f.code === 'SMS_SEGMENTS');
    expect(spanish!.params).toMatchObject({ lang: 'es', limit: 70, cause: 'char', char: 'í' });
    expect(spanish!.message).toMatch(
      /one segment holds 70 once a text has "í", which the GSM alphabet lacks\)/,
    );
    expect(vietnamese!.params).toMatchObject({ lang: 'vi', segments: 2, limit: 70, cause: 'none', char: '' });
  });

  it('notes the answers a choice leaves out of its numbered list', () => {
    const d = draft();
    question(d, 'barriers').sms = { text: fits, options: ['housing', 'transport'] };
    expect(one(d, 'SMS_OPTIONS_LEFT_OUT')).toMatchObject({
      severity: 'note',
      path: ['sections', 2, 'questions', 0, 'sms', 'options'],
      params: { question: 'barriers', count: 2, total: 3, left: 'child_care' },
    });
  });

  it('warns of a follow-up never asked by text: its controller has no text message, is never asked, or numbers none of its answers', () => {
    const d = draft();
    question(d, 'training_kind').sms = { text: fits };
    question(d, 'training_cost').sms = { text: fits };
    question(d, 'barriers').sms = { text: fits, options: ['transport', 'housing'] };
    question(d, 'child_care_help').sms = { text: fits };
    const never = checkSurvey(d).findings.filter((f) => f.code === 'SMS_NEVER_ASKED');
    expect(never.map((f) => [f.questionId, f.params?.why, f.path.join('.')])).toEqual([
      ['training_kind', 'noText', 'sections.1.questions.0.sms'],
      ['training_cost', 'hidden', 'sections.1.questions.1.sms'],
      ['child_care_help', 'leftOut', 'sections.2.questions.1.sms'],
    ]);
    expect(never[0]!.message).toBe(
      'Question training_kind has a text message, but it is shown only after an answer to trained, which has none: ' +
        'by text trained is never asked, so neither is training_kind. Give trained a text message too, or remove this one.',
    );
    expect(never[2]!.message).toMatch(
      /only after the answers "child_care" to barriers, which its text message/,
    );
    expect(never.every((f) => f.severity === 'warning')).toBe(true);

    // Fixed at the root, the whole chain is asked.
    question(d, 'trained').sms = { text: { en: 'Reply Y or N.', es: 'Responda S o N.' } };
    question(d, 'barriers').sms!.options = ['child_care', 'housing'];
    expect(found(d, 'SMS_NEVER_ASKED')).toEqual([]);
  });

  it('notes once the required questions not asked by text, and nothing for a survey with no text message', () => {
    expect(sms(draft())).toEqual([]);
    const d = draft();
    question(d, 'respect').sms = { text: fits };
    const left = one(d, 'SMS_REQUIRED_LEFT_OUT');
    expect(left).toMatchObject({ severity: 'note', path: ['sections'] });
    expect(left.params).toEqual({ count: 4, questions: 'pay_fair, trained, training_kind, training_cost' });
    expect(left.message).toMatch(/^4 required questions are not asked by text \(pay_fair, trained, /);
    for (const id of ['pay_fair', 'trained', 'training_kind', 'training_cost'])
      question(d, id).sms = { text: { en: 'Reply.', es: 'Responda.' } };
    expect(found(d, 'SMS_REQUIRED_LEFT_OUT')).toEqual([]);
  });

  it('is right that a required question without one never keeps a conversation from finishing', () => {
    // Worker version 3 leaves eleven required questions out of its SMS form.
    const def = getTemplate('worker-voice')!;
    const form = smsForm(def)!;
    const replies: Record<string, string> = { recommend_job: '9', barriers: '1 3', comment: 'Good crew.' };
    let now = start(form, 'en');
    while (!now.done) {
      const asked = form.items[now.state.at]!.question.id;
      now = step(form, now.state, replies[asked] ?? '4');
    }
    expect(validateAnswers(smsSurvey(def), now.answers!).ok).toBe(true);
    expect(Object.keys(now.answers!)).toHaveLength(form.items.length);
    // The page's own check would refuse these answers: a texted response is pooled as the SMS form checks it.
    expect(validateAnswers(def, now.answers!).errors).toMatchObject({ pay_enough: 'required' });
  });
});
