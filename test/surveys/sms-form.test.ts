// The SMS form in the survey model and the worker survey's short form (version 3): what it asks, that
// every text keeps to its segment budget in every language, and that the web survey is unchanged.
import { describe, expect, it } from 'vitest';
import { smsLength } from '../../server/distribution/sms-segments.ts';
import {
  allQuestions,
  getTemplate,
  languageOf,
  localize,
  publishedTemplates,
  surveyDefinition,
  surveyLanguages,
  words,
  type Lang,
  type SurveyDefinition,
} from '../../surveys/index.ts';
import { versionChanges } from '../../surveys/changes.ts';
import {
  conversationCost,
  retryText,
  smsForm,
  start,
  step as stepConversation,
} from '../../surveys/sms/index.ts';
import { workerVoiceSmsTexts } from '../../surveys/templates/worker-voice-sms.ts';
import { smsFixture } from './sms-fixture.ts';

const v2 = getTemplate('worker-voice', 2)!;
const v3 = getTemplate('worker-voice', 3)!;
const form = smsForm(v3)!;
const languages = surveyLanguages(v3);

/**
 * Whether a text keeps to `segments` of its language's budget: a GSM-7 language's text stays in GSM-7
 * (one á makes a Spanish message UCS-2, 70 characters a segment), and no text takes more.
 */
function fits(lang: Lang, text: string, segments: number): boolean {
  const length = smsLength(text);
  const gsm7 = languageOf(lang)?.sms === 'GSM-7';
  return length.segments <= segments && (!gsm7 || length.encoding === 'GSM-7');
}

describe('the budget check', () => {
  it('fails a text too long or in the wrong alphabet', () => {
    expect(fits('en', 'x'.repeat(160), 1)).toBe(true);
    expect(fits('en', 'x'.repeat(161), 1)).toBe(false);
    expect(fits('es', '¿Cuántos años tiene?', 1)).toBe(false);
    expect(fits('es', '¿Que tan probable es?', 1)).toBe(true);
    expect(fits('vi', 'x'.repeat(60) + 'ạ'.repeat(11), 1)).toBe(false);
    expect(fits('ar', 'ا'.repeat(135), 2)).toBe(false);
  });
});

describe('the worker survey’s SMS short form (version 3)', () => {
  it('asks one item or more of each job-quality factor, the barriers, the recommend item and an optional comment', () => {
    const asked = form.items.map((i) => i.question);
    expect(new Set(asked.flatMap((q) => q.dimension ?? []))).toEqual(new Set(v3.dimensions.map((d) => d.id)));
    expect(asked.find((q) => q.measure === 'barriers')?.type).toBe('multi');
    expect(asked.find((q) => q.measure === 'nps')?.type).toBe('likelihood');
    expect(asked.find((q) => q.type === 'text')).toMatchObject({ id: 'comment', required: false });
    expect(form.languages).toEqual(['en', 'es', 'vi', 'zh-Hans', 'ht', 'ar']);
  });

  it('takes about 12 messages: the opening, eleven questions and the thanks', () => {
    for (const lang of languages) expect(conversationCost(form, lang, smsLength).messages, lang).toBe(13);
  });

  it.each(languages)('fits every question to one segment where %s allows, never more than two', (lang) => {
    for (const { question } of form.items) {
      const text = question.sms!.text[lang]!;
      expect(fits(lang, text, 2), `${question.id}: ${text} (${JSON.stringify(smsLength(text))})`).toBe(true);
      // The barriers' list of eight is the only text a GSM-7 language or Chinese needs two segments for.
      if ((languageOf(lang)?.sms === 'GSM-7' || lang === 'zh-Hans') && question.id !== 'barriers')
        expect(fits(lang, text, 1), `${lang} ${question.id}: ${text}`).toBe(true);
    }
  });

  it.each(languages)(
    'keeps the conversation’s own texts to one segment in %s (the opening and thanks to two in UCS-2)',
    (lang) => {
      const w = words[lang].smsSurvey;
      const gsm7 = languageOf(lang)?.sms === 'GSM-7';
      for (const text of [w.start, w.thanks])
        expect(fits(lang, text, gsm7 ? 1 : 2), `${lang}: ${text}`).toBe(true);
      for (const text of [w.cannotSkip, ...form.items.map((i) => retryText(i, lang))])
        expect(fits(lang, text, 1), `${lang}: ${text}`).toBe(true);
    },
  );

  it('names the answers each text allows', () => {
    for (const lang of languages)
      for (const { question, keys } of form.items) {
        const text = question.sms!.text[lang]!;
        const numbers = text.match(/\d+/g) ?? [];
        if (keys.kind === 'scale')
          expect(numbers, `${lang} ${question.id}`).toEqual(
            expect.arrayContaining([String(keys.lo), String(keys.hi)]),
          );
        if (keys.kind === 'choice')
          expect(numbers, `${lang} ${question.id}`).toEqual(keys.values.map((_, i) => String(i + 1)));
      }
  });

  it('says in each language that its SMS texts are machine-drafted and not reviewed', () => {
    for (const lang of languages) {
      const { origin } = workerVoiceSmsTexts[lang];
      expect(origin.source, lang).toMatch(/machine-drafted/);
      expect(origin.reviewed, lang).toBeNull();
    }
  });

  it('leaves the web survey as version 2 had it: same questions, same page', () => {
    const strip = (def: SurveyDefinition) => allQuestions(def).map(({ sms: _sms, ...q }) => q);
    expect(strip(v3)).toEqual(strip(v2));
    for (const lang of languages) {
      const page = JSON.stringify({ ...localize(v3, lang), version: 0 });
      expect(page, lang).toBe(JSON.stringify({ ...localize(v2, lang), version: 0 }));
    }
  });

  it('reads to staff as version 2 with eleven questions reworded for text, none changed in meaning or rules', () => {
    const changes = versionChanges(v2, v3);
    expect(changes.reworded).toEqual(form.items.map((i) => i.question.id));
    expect(changes).toMatchObject({
      added: [],
      removed: [],
      changed: [],
      replaced: [],
      moved: 0,
      retitled: false,
    });
  });

  it('is the only published version with SMS texts: earlier ones are frozen as they were', () => {
    const withSms = publishedTemplates.filter((d) => allQuestions(d).some((q) => q.sms));
    expect(withSms.map((d) => `${d.id}@${d.version}`)).toEqual(['worker-voice@3']);
  });
});

describe('the survey schema’s SMS form', () => {
  const copy = () => structuredClone(smsFixture) as SurveyDefinition;
  const question = (def: SurveyDefinition, id: string) => allQuestions(def).find((q) => q.id === id)!;
  const fails = (def: SurveyDefinition, path: RegExp) => {
    const result = surveyDefinition.safeParse(def);
    expect(result.success).toBe(false);
    expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(
      expect.arrayContaining([expect.stringMatching(path)]),
    );
  };

  it('accepts a survey with SMS texts on some questions', () => {
    expect(surveyDefinition.safeParse(smsFixture).success).toBe(true);
  });

  it('needs the SMS text in every language of the version', () => {
    const def = copy();
    delete (question(def, 'pay_fair').sms!.text as { es?: string }).es;
    fails(def, /pay_fair|sections\.0\.questions\.0\.sms\.text\.es/);
  });

  it('refuses an SMS option list on a type without options, or naming an option the question lacks', () => {
    const scale = copy();
    question(scale, 'pay_fair').sms!.options = ['a', 'b'];
    fails(scale, /sms/);
    const unknown = copy();
    question(unknown, 'barriers').sms!.options = ['transportation', 'rocket'];
    fails(unknown, /sms\.options\.1/);
    const twice = copy();
    question(twice, 'barriers').sms!.options = ['health', 'health'];
    fails(twice, /sms\.options\.1/);
  });

  it('keeps an SMS text on a follow-up whose controlling question has none, and never asks it by text', () => {
    // Refusing it made a survey the editor's checks pass fail at publishing (skip logic added to a
    // question of version 3); unasked text is harmless, and the controller's missing answer hides it.
    const def = copy();
    delete question(def, 'got_training').sms;
    const parsed = surveyDefinition.parse(def);
    const follow = parsed.sections[0]!.questions[3]!;
    expect(follow.showIf?.question).toBe('got_training');
    expect(follow.sms).toBeDefined();
    let step = start(smsForm(parsed)!, 'en');
    const asked: string[] = [];
    for (let i = 0; i < 40 && !step.done; i++) {
      asked.push(...step.messages.flatMap((m) => (m.questionId ? [m.questionId] : [])));
      step = stepConversation(smsForm(parsed)!, step.state, '1');
    }
    expect(step.done).toBe(true);
    expect(asked).toEqual(['pay_fair', 'shift', 'barriers', 'recommend', 'comment']);
    expect(asked).not.toContain(follow.id);
  });

  it('gives no SMS form to a survey without SMS texts', () => {
    expect(smsForm(v2)).toBeNull();
  });
});

describe('conversationCost', () => {
  it('counts what a conversation sends, with the segment counter it is given', () => {
    const one = conversationCost(form, 'en', () => ({ segments: 1 }));
    expect(one).toEqual({ messages: 13, segments: 13, replies: 11 });
    const first = start(form, 'en').messages;
    expect(first.map((m) => m.text)).toEqual([
      words.en.smsSurvey.start,
      form.items[0]!.question.sms!.text.en,
    ]);
    const real = conversationCost(form, 'vi', smsLength);
    const texts = [
      words.vi.smsSurvey.start,
      ...form.items.map((i) => i.question.sms!.text.vi!),
      words.vi.smsSurvey.thanks,
    ];
    expect(real.segments).toBe(texts.reduce((n, t) => n + smsLength(t).segments, 0));
    expect(real.segments).toBeGreaterThan(real.messages);
  });
});
