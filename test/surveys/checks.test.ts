// The blocking checks, one rule at a time, each at the path the editor shows it beside; every broken
// draft here is one the published schema refuses too.
import { readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';
import { localizedText, surveyDefinition } from '../../surveys/index.ts';
import { definitionCandidate, draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { checkSurvey, type Finding } from '../../surveys/checks/index.ts';
import { requiredLangs } from '../../surveys/checks/types.ts';
import { root } from '../helpers/cli.ts';
import { fixture } from './fixture.ts';

const draft = () => draftFromDefinition(fixture);
const q = (d: SurveyDraft, s: number, i: number) => d.sections[s]!.questions[i]!;

/** The blocking findings as `CODE at path`, for exact comparison. */
const blockers = (d: SurveyDraft) =>
  checkSurvey(d)
    .findings.filter((f) => f.severity === 'blocking')
    .map((f) => `${f.code} at ${f.path.join('.')}`);

function expectRefused(d: SurveyDraft, ...expected: string[]) {
  expect(blockers(d)).toEqual(expected);
  expect(surveyDefinition.safeParse(definitionCandidate(d)).success).toBe(false);
}

const find = (d: SurveyDraft, code: string): Finding => {
  const found = checkSurvey(d).findings.find((f) => f.code === code);
  if (!found) throw new Error(`no ${code}`);
  return found;
};

describe('blocking checks', () => {
  it('pass a draft made from a published survey', () => {
    expect(blockers(draft())).toEqual([]);
    expect(checkSurvey(draft()).blocking).toBe(0);
  });

  describe('texts', () => {
    it('block a missing or blank text in a language of the survey, at the text', () => {
      const d = draft();
      delete q(d, 0, 2).text.es;
      q(d, 2, 0).options![1]!.label.en = '   ';
      d.title.en = '';
      expectRefused(
        d,
        'MISSING_TEXT at title.en',
        'MISSING_TEXT at sections.0.questions.2.text.es',
        'MISSING_TEXT at sections.2.questions.0.options.1.label.en',
      );
      const missing = find(d, 'MISSING_TEXT');
      expect(missing).toMatchObject({ lang: 'en', path: ['title', 'en'] });
      const spanish = checkSurvey(d).findings[1]!;
      expect(spanish).toMatchObject({ questionId: 'respect', sectionId: 'first', lang: 'es' });
      expect(spanish.message).toBe('The Spanish text of question respect is missing: write it.');
    });

    it('let an optional help or intro be written or removed', () => {
      const d = draft();
      q(d, 3, 1).help = { en: 'Anything at all.' };
      d.sections[1]!.intro = {};
      expectRefused(
        d,
        'MISSING_TEXT at sections.1.intro.en',
        'MISSING_TEXT at sections.1.intro.es',
        'MISSING_TEXT at sections.3.questions.1.help.es',
      );
      expect(find(d, 'MISSING_TEXT').message).toMatch(/or remove this text in every language/);
    });

    it('ask for English once when the survey leaves it out, not once per text', () => {
      const d = draft();
      d.languages = ['es'];
      expectRefused(d, 'LANGUAGE_REQUIRED at languages');
      expect(find(d, 'LANGUAGE_REQUIRED')).toMatchObject({ lang: 'en', path: ['languages'] });
    });

    it('publish a survey in English alone, and hold it to every language it lists', () => {
      const d = draft();
      d.languages = ['en'];
      delete q(d, 0, 0).text.es;
      expect(checkSurvey(d).blocking).toBe(0);
      d.languages = ['en', 'es'];
      expectRefused(d, 'MISSING_TEXT at sections.0.questions.0.text.es');
    });

    it('block a text of only spaces, which the schema alone would publish', () => {
      const d = draft();
      q(d, 0, 0).text.es = ' ';
      expect(blockers(d)).toEqual(['MISSING_TEXT at sections.0.questions.0.text.es']);
      expect(find(d, 'MISSING_TEXT').message).toMatch(/is blank/);
    });
  });

  describe('skip logic', () => {
    it('block a rule on a later question, on the question itself, or on no question', () => {
      const d = draft();
      q(d, 0, 0).showIf = { question: 'trained', in: ['yes'] };
      q(d, 0, 1).showIf = { question: 'pay_low', in: [1] };
      q(d, 0, 2).showIf = { question: 'trainde', in: ['yes'] };
      expectRefused(
        d,
        'SHOW_IF_LATER at sections.0.questions.0.showIf.question',
        'SHOW_IF_SELF at sections.0.questions.1.showIf.question',
        'SHOW_IF_UNKNOWN at sections.0.questions.2.showIf.question',
      );
      expect(find(d, 'SHOW_IF_LATER').message).toBe(
        'Question pay_fair is shown depending on trained, which comes after it: pick a question that comes ' +
          'before it, or move pay_fair further down.',
      );
    });

    it('block a reorder that puts a question before the one it depends on', () => {
      const d = draft();
      const [kind, cost] = d.sections[1]!.questions;
      d.sections[1]!.questions = [cost!, kind!];
      expectRefused(d, 'SHOW_IF_LATER at sections.1.questions.0.showIf.question');
    });

    it('rule out a cycle: of two questions waiting on each other, the first waits on a later one', () => {
      const d = draft();
      q(d, 0, 3).showIf = { question: 'overall', in: [10] };
      q(d, 0, 4).showIf = { question: 'recommend', in: [0] };
      expectRefused(d, 'SHOW_IF_LATER at sections.0.questions.3.showIf.question');
    });

    it('block answers the controlling question cannot have, each at its place in the list', () => {
      const d = draft();
      q(d, 1, 0).showIf = { question: 'trained', in: ['yes', 'maybe'] };
      q(d, 1, 1).showIf = { question: 'pay_fair', in: [5, 6, '3', 2.5] };
      q(d, 2, 1).showIf = { question: 'barriers', in: ['childcare', 'housing'] };
      q(d, 3, 1).showIf = { question: 'comment', in: ['yes'] };
      expectRefused(
        d,
        'UNREACHABLE_ANSWER at sections.1.questions.0.showIf.in.1',
        'UNREACHABLE_ANSWER at sections.1.questions.1.showIf.in.1',
        'UNREACHABLE_ANSWER at sections.1.questions.1.showIf.in.2',
        'UNREACHABLE_ANSWER at sections.1.questions.1.showIf.in.3',
        'UNREACHABLE_ANSWER at sections.2.questions.1.showIf.in.0',
        'UNREACHABLE_ANSWER at sections.3.questions.1.showIf.in.0',
      );
      const messages = checkSurvey(d).findings.map((f) => f.message);
      expect(messages[1]).toMatch(/its answers: whole numbers from 1 to 5/);
      expect(messages[4]).toMatch(/its answers: "transport", "child_care", "housing"/);
      expect(messages[5]).toMatch(/a written answer cannot show or hide a question/);
    });
  });

  describe('ids', () => {
    it('block ids outside the published pattern, each where it is written', () => {
      const d = draft();
      d.id = 'Plant_Survey';
      d.sections[0]!.id = 'First';
      q(d, 0, 3).id = '2recommend';
      q(d, 0, 3).measure = 'NPS';
      q(d, 1, 0).options![1]!.value = 'On-the-job';
      expectRefused(
        d,
        'BAD_ID at id',
        'BAD_ID at sections.0.id',
        'BAD_ID at sections.0.questions.3.id',
        'BAD_ID at sections.0.questions.3.measure',
        'BAD_ID at sections.1.questions.0.options.1.value',
      );
    });

    it('block a repeated id at its later place', () => {
      const d = draft();
      d.sections[3]!.id = 'first';
      q(d, 3, 1).id = 'respect';
      q(d, 2, 0).options![2]!.value = 'transport';
      d.dimensions.push({ id: 'pay', label: { en: 'Pay again', es: 'Salario otra vez' } });
      expectRefused(
        d,
        'DUPLICATE_ID at dimensions.2.id',
        'DUPLICATE_ID at sections.3.id',
        'DUPLICATE_ID at sections.3.questions.1.id',
        'DUPLICATE_ID at sections.2.questions.0.options.2.value',
      );
    });
  });

  describe('question types', () => {
    it('keep options, max and maxLength to the types that have them', () => {
      const d = draft();
      q(d, 0, 5).options = [...q(d, 1, 0).options!];
      q(d, 1, 0).options = q(d, 1, 0).options!.slice(0, 1);
      q(d, 1, 0).max = 1;
      q(d, 2, 0).max = 4;
      q(d, 3, 1).type = 'yesno';
      q(d, 3, 0).type = 'yesno';
      expectRefused(
        d,
        'OPTIONS_NOT_ALLOWED at sections.0.questions.5.options',
        'OPTIONS_NEEDED at sections.1.questions.0.options',
        'MAX_NOT_ALLOWED at sections.1.questions.0.max',
        'MAX_TOO_HIGH at sections.2.questions.0.max',
        'MAX_LENGTH_NOT_ALLOWED at sections.3.questions.0.maxLength',
      );
    });

    it('keep reverse and dimensions to agree items, even reverse: false', () => {
      const d = draft();
      q(d, 0, 5).reverse = false;
      q(d, 0, 4).dimension = 'culture';
      expectRefused(
        d,
        'DIMENSION_NOT_ALLOWED at sections.0.questions.4.dimension',
        'REVERSE_NOT_ALLOWED at sections.0.questions.5.reverse',
      );
    });

    it('block a dimension the survey lacks, and a dimension with no item', () => {
      const d = draft();
      q(d, 0, 2).dimension = 'respect';
      expectRefused(
        d,
        'DIMENSION_EMPTY at dimensions.1.id',
        'UNKNOWN_DIMENSION at sections.0.questions.2.dimension',
      );
    });
  });

  describe('the survey as a whole', () => {
    it('block an empty section, a survey with no section, and a missing time estimate', () => {
      const d = draft();
      d.sections[3]!.questions = [];
      delete d.estimatedMinutes;
      expectRefused(d, 'EMPTY_SECTION at sections.3.questions', 'MISSING_ESTIMATE at estimatedMinutes');
      expect(find(d, 'MISSING_ESTIMATE').message).toMatch(/the checks estimate about \d+/);
      d.sections = [];
      d.dimensions = [];
      expect(blockers(d)).toContain('NO_SECTIONS at sections');
    });

    it('count the blocking findings and list them before the advice', () => {
      const d = draft();
      delete q(d, 0, 0).text.en;
      q(d, 0, 1).reverse = true;
      const { findings, blocking } = checkSurvey(d);
      expect(blocking).toBe(1);
      expect(findings[0]!.severity).toBe('blocking');
      expect(findings.slice(1).every((f) => f.severity !== 'blocking')).toBe(true);
    });
  });
});

describe('the checks in the browser', () => {
  /** Every module the checks load at run time (type-only imports are erased), and the packages among them. */
  function runtimeImports(file: string, seen = new Set<string>()): Set<string> {
    if (seen.has(file)) return seen;
    seen.add(file);
    const source = readFileSync(join(root, file), 'utf8');
    for (const m of source.matchAll(/^(?:import|export)\s+(?!type\s)[^;]*?from\s+['"]([^'"]+)['"]/gm)) {
      const target = m[1]!;
      if (!target.startsWith('.')) seen.add(target);
      else runtimeImports(relative(root, join(root, dirname(file), target.replace(/\.js$/, '.ts'))), seen);
    }
    return seen;
  }

  it('load no zod, only the syllable counter besides surveys/ code', () => {
    const loaded = [...runtimeImports('surveys/checks/index.ts')];
    expect(loaded.filter((m) => !m.startsWith('surveys/'))).toEqual(['syllable']);
    expect(loaded).not.toContain('surveys/schema.ts');
  });

  it('restate the languages the schema requires exactly', () => {
    const required = Object.entries(localizedText.shape).filter(([, v]) => !v.isOptional());
    expect(required.map(([l]) => l)).toEqual([...requiredLangs]);
  });
});
