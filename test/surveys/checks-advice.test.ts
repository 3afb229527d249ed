// The advice beside the blocking checks: time to answer, the eight job-quality factors, the direction of
// agree items, and what the published templates get from all of it.
import { describe, expect, it } from 'vitest';
import { getTemplate, latestTemplates, publishedTemplates } from '../../surveys/index.ts';
import { draftFromDefinition, type DraftQuestion, type SurveyDraft } from '../../surveys/draft.ts';
import { checkSurvey, jobQualityFactors } from '../../surveys/checks/index.ts';
import { negativeCues } from '../../surveys/checks/direction.ts';
import { estimateLength } from '../../surveys/checks/length.ts';
import { fixture } from './fixture.ts';

const codes = (d: SurveyDraft, code: string) => checkSurvey(d).findings.filter((f) => f.code === code);

function tiny(kind: SurveyDraft['kind'], questions: DraftQuestion[]): SurveyDraft {
  return {
    id: 'tiny',
    version: 1,
    kind,
    languages: ['en', 'es'],
    title: { en: 'T', es: 'T' },
    intro: { en: 'Hi.', es: 'Hola.' },
    estimatedMinutes: 1,
    dimensions: [],
    sections: [{ id: 'part', title: { en: 'Part', es: 'Parte' }, questions }],
  };
}

const yesno: DraftQuestion = {
  id: 'trained',
  type: 'yesno',
  required: true,
  text: { en: 'Did you get training?', es: '¿Recibió capacitación?' },
};
const comment = (required: boolean, showIf?: DraftQuestion['showIf']): DraftQuestion => ({
  id: 'why',
  type: 'text',
  required,
  text: { en: 'Why?', es: '¿Por qué?' },
  ...(showIf ? { showIf } : {}),
});

describe('length', () => {
  it('adds reading at 200 words a minute to answering time by type, in the slower language', () => {
    // English: 7 words (2.1 s) + a page (3 s) + a yes/no (3 s); Spanish: 5 words (1.5 s) + 6 s.
    expect(estimateLength(tiny('partner-roi', [yesno]))).toEqual({
      seconds: 8,
      minutes: 0.1,
      byLang: { en: 8, es: 8 },
    });
    const required = estimateLength(tiny('partner-roi', [yesno, comment(true)]));
    // 45 s to write, plus "Why?" (0.3 s) or "¿Por qué?" (0.6 s): 53.4 and 53.1.
    expect(required.byLang).toEqual({ en: 53, es: 53 });
    expect(estimateLength(tiny('partner-roi', [yesno, comment(false)])).byLang).toEqual({ en: 23, es: 23 });
    // Behind skip logic, half: 22.5 s and half the reading, 30.75 and 30.3.
    const skipped = estimateLength(
      tiny('partner-roi', [yesno, comment(true, { question: 'trained', in: ['no'] })]),
    );
    expect(skipped.byLang).toEqual({ en: 31, es: 30 });
  });

  it('warns when a worker survey runs past 7 minutes, and notes the estimate otherwise', () => {
    // Ten required comments: 3 + 450 s, plus 13 English or 23 Spanish words.
    const long = Array.from({ length: 10 }, (_, i) => ({ ...comment(true), id: `why_${i}` }));
    const worker = tiny('worker-voice', long);
    expect(estimateLength(worker).seconds).toBeGreaterThan(7 * 60);
    expect(codes(worker, 'TOO_LONG')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: [],
        message: expect.stringMatching(/about 8 minutes/),
      }),
    ]);
    const employer = { ...worker, kind: 'employer-satisfaction' as const };
    expect(codes(employer, 'TOO_LONG')).toEqual([]);
    expect(codes(employer, 'ESTIMATED_LENGTH')).toEqual([
      expect.objectContaining({
        severity: 'note',
        path: ['estimatedMinutes'],
        message: 'About 8 minutes to answer (respondents are told 1).',
      }),
    ]);
    const short = tiny('worker-voice', long.slice(0, 9));
    expect(estimateLength(short).seconds).toBeLessThanOrEqual(7 * 60);
    expect(codes(short, 'TOO_LONG')).toEqual([]);
  });
});

describe('coverage of the job-quality factors', () => {
  const worker = () => draftFromDefinition(getTemplate('worker-voice')!);

  it('are the eight dimensions of the latest built-in worker survey', () => {
    const latest = getTemplate('worker-voice')!.dimensions.map((d) => ({ id: d.id, label: d.label.en }));
    expect(jobQualityFactors()).toEqual(latest);
    expect(jobQualityFactors().map((f) => f.id)).toEqual([
      'recruitment_hiring', 'benefits', 'deia', 'empowerment', 'culture', 'security_conditions', 'pay',
      'skills_advancement',
    ]); // prettier-ignore
  });

  it('warn, naming the factor, when a worker survey drops every item of one', () => {
    const d = worker();
    for (const s of d.sections) s.questions = s.questions.filter((q) => q.dimension !== 'pay');
    d.dimensions = d.dimensions.filter((dim) => dim.id !== 'pay');
    expect(codes(d, 'FACTOR_MISSING')).toEqual([
      expect.objectContaining({ severity: 'warning', path: ['dimensions'] }),
    ]);
    expect(codes(d, 'FACTOR_MISSING')[0]!.message).toMatch(/^No question measures Pay, one of the eight/);
    expect(checkSurvey(d).blocking).toBe(0);
  });

  it('point at the dimension when it is still listed, and count only agree items', () => {
    const d = worker();
    const benefits = d.sections.flatMap((s) => s.questions).filter((q) => q.dimension === 'benefits');
    for (const q of benefits) q.type = 'yesno';
    const found = codes(d, 'FACTOR_MISSING');
    expect(found.map((f) => f.path)).toEqual([['dimensions', 1]]);
    expect(found[0]!.message).toMatch(/Benefits/);
  });

  it('welcome a partnership’s own dimension, and leave other kinds of survey alone', () => {
    const d = worker();
    // An own survey in English and Spanish: its new item needs no other language.
    d.languages = ['en', 'es'];
    d.dimensions.push({ id: 'child_care', label: { en: 'Child care', es: 'Cuidado infantil' } });
    d.sections[0]!.questions.push({
      id: 'child_care_near',
      type: 'agree5',
      required: true,
      dimension: 'child_care',
      text: { en: 'I can find child care near work.', es: 'Encuentro cuidado infantil cerca del trabajo.' },
    });
    expect(codes(d, 'FACTOR_MISSING')).toEqual([]);
    expect(checkSurvey(d).blocking).toBe(0);
    expect(codes(draftFromDefinition(getTemplate('employer-satisfaction')!), 'FACTOR_MISSING')).toEqual([]);
  });
});

describe('direction of agree items', () => {
  it('notes a reversed item at its reverse mark', () => {
    expect(codes(draftFromDefinition(fixture), 'REVERSED_ITEM')).toEqual([
      expect.objectContaining({
        severity: 'note',
        path: ['sections', 0, 'questions', 1, 'reverse'],
        questionId: 'pay_low',
        message: expect.stringMatching(/disagreeing is the good end/),
      }),
    ]);
  });

  it('finds negative wording, and lets "without fear" or "no matter who" pass', () => {
    expect(negativeCues('I am afraid to speak up.', 'en')).toEqual(['afraid']);
    expect(negativeCues('I don’t get my schedule on time.', 'en')).toEqual(["don't"]);
    expect(negativeCues('It is hard to get time off.', 'en')).toEqual(['hard to']);
    expect(negativeCues('The hiring process was fair.', 'en')).toEqual([]);
    expect(negativeCues('I can speak up without fear of getting in trouble.', 'en')).toEqual([]);
    expect(negativeCues('People are treated fairly, no matter who they are.', 'en')).toEqual([]);
    expect(negativeCues('It gives us connections that would be hard to get on our own.', 'en')).toEqual([]);
    expect(negativeCues('Nunca sé mi horario a tiempo.', 'es')).toEqual(['nunca']);
    expect(negativeCues('Me pagan de forma injusta.', 'es')).toEqual(['injusta']);
    expect(negativeCues('Puedo hablar sin miedo.', 'es')).toEqual([]);
    expect(negativeCues('Se trata a todos con justicia, sin importar quiénes sean.', 'es')).toEqual([]);
  });

  it('warns beside the text of an unmarked agree item that reads negatively', () => {
    const d = draftFromDefinition(fixture);
    const respect = d.sections[0]!.questions[2]!;
    respect.text = {
      en: 'My supervisor treats me with respect.',
      es: 'Mi supervisor no me trata con respeto.',
    };
    expect(codes(d, 'LOOKS_REVERSED')).toEqual([
      expect.objectContaining({
        severity: 'warning',
        path: ['sections', 0, 'questions', 2, 'text', 'es'],
        lang: 'es',
        message: expect.stringMatching(/in Spanish \("no"\).*mark it reversed or reword it/),
      }),
    ]);
    respect.reverse = true;
    expect(codes(d, 'LOOKS_REVERSED')).toEqual([]);
  });
});

describe.each(publishedTemplates.map((t) => [`${t.id}@${t.version}`, t] as const))('template %s', (_n, t) => {
  it('has no blocking finding and no false alarm on its direction', () => {
    const { blocking, findings } = checkSurvey(draftFromDefinition(t));
    expect(blocking).toBe(0);
    expect(findings.filter((f) => f.code === 'LOOKS_REVERSED')).toEqual([]);
  });

  it('has a reading grade for every question long enough to grade, in English and Spanish (the graded languages)', () => {
    const { grades } = checkSurvey(draftFromDefinition(t));
    t.sections.forEach((s, si) =>
      s.questions.forEach((q, qi) => {
        const grade = grades[`sections.${si}.questions.${qi}`];
        expect(Object.keys(grade ?? {}).sort(), q.id).toEqual(['en', 'es']);
      }),
    );
  });
});

it('estimates the built-in worker survey near the five minutes it promises', () => {
  const worker = latestTemplates().find((t) => t.kind === 'worker-voice')!;
  const { estimate, findings } = checkSurvey(draftFromDefinition(worker));
  expect(Math.abs(estimate.minutes - worker.estimatedMinutes)).toBeLessThan(1.5);
  expect(findings.some((f) => f.code === 'TOO_LONG')).toBe(false);
});
