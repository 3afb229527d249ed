// The checks and the published schema agree: a draft with no blocking finding is exactly one that
// publishing accepts, and every issue the schema raises has a blocking finding at the same place.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { langs, surveyDefinition } from '../../surveys/index.ts';
import { definitionCandidate, surveyDraft, type SurveyDraft } from '../../surveys/draft.ts';
import { checkSurvey } from '../../surveys/checks/index.ts';
import { draftArb } from '../helpers/survey-arb.ts';

/** Texts of only spaces: the schema takes them, the checks refuse them (a respondent would see nothing). */
function blankTexts(value: unknown): number {
  if (Array.isArray(value)) return value.reduce((n: number, v) => n + blankTexts(v), 0);
  if (value === null || typeof value !== 'object') return 0;
  return Object.entries(value).reduce(
    (n, [k, v]) =>
      n +
      ((langs as readonly string[]).includes(k) && typeof v === 'string' && v !== '' && !v.trim()
        ? 1
        : blankTexts(v)),
    0,
  );
}

/** Whether publishing accepts the draft, with the two rules the schema cannot see. */
function publishable(d: SurveyDraft): boolean {
  const parsed = surveyDefinition.safeParse(definitionCandidate(d)).success;
  return parsed && d.languages.includes('en') && blankTexts(d) === 0;
}

const at = (value: unknown, path: (string | number)[]) =>
  path.reduce<unknown>((v, k) => (v as Record<string | number, unknown> | undefined)?.[k], value);

// Findings about something absent point where it belongs, as a zod issue for a missing member does.
const missingThings = ['MISSING_TEXT', 'MISSING_ESTIMATE', 'OPTIONS_NEEDED'];

const runs = { numRuns: 600, seed: 15 };

describe('survey checks against the published schema', () => {
  it('generate drafts that the draft schema accepts, valid and broken in good measure', () => {
    const sample = fc.sample(draftArb, { numRuns: 1500, seed: 15 });
    expect(sample.every((d) => surveyDraft.safeParse(d).success)).toBe(true);
    const valid = sample.filter(publishable).length / sample.length;
    expect(valid).toBeGreaterThan(0.3);
    expect(valid).toBeLessThan(0.7);
    const codes = new Set(sample.flatMap((d) => checkSurvey(d).findings.map((f) => f.code)));
    for (const code of [
      'MISSING_TEXT',
      'LANGUAGE_REQUIRED',
      'BAD_ID',
      'DUPLICATE_ID',
      'NO_SECTIONS',
      'EMPTY_SECTION',
      'SHOW_IF_LATER',
      'SHOW_IF_SELF',
      'SHOW_IF_UNKNOWN',
      'UNREACHABLE_ANSWER',
      'OPTIONS_NEEDED',
      'OPTIONS_NOT_ALLOWED',
      'MAX_NOT_ALLOWED',
      'MAX_TOO_HIGH',
      'MAX_LENGTH_NOT_ALLOWED',
      'REVERSE_NOT_ALLOWED',
      'DIMENSION_NOT_ALLOWED',
      'UNKNOWN_DIMENSION',
      'DIMENSION_EMPTY',
      'MISSING_ESTIMATE',
      'SMS_OPTIONS_NOT_ALLOWED',
      'SMS_OPTIONS_FEW',
      'SMS_OPTION_UNKNOWN',
    ]) {
      // prettier-ignore
      expect(codes, code).toContain(code);
    }
  });

  it('block publishing exactly when the schema refuses the draft', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        expect(checkSurvey(d).blocking === 0).toBe(publishable(d));
      }),
      runs,
    );
  });

  it('put a blocking finding at the path of every issue the schema raises', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        const result = surveyDefinition.safeParse(definitionCandidate(d));
        const { findings } = checkSurvey(d);
        const blockingAt = new Set(
          findings.filter((f) => f.severity === 'blocking').map((f) => f.path.join('.')),
        );
        const left = d.languages.includes('en') ? [] : ['en'];
        for (const issue of result.error?.issues ?? []) {
          const last = issue.path.at(-1);
          // A language the draft leaves out is one finding at 'languages', not one per text.
          if (left.some((l) => l === last)) {
            expect(findings.some((f) => f.code === 'LANGUAGE_REQUIRED' && f.lang === last)).toBe(true);
            continue;
          }
          expect(blockingAt, `${issue.message} at ${issue.path.join('.')}`).toContain(issue.path.join('.'));
        }
      }),
      runs,
    );
  });

  it('point every finding into the draft', () => {
    fc.assert(
      fc.property(draftArb, (d) => {
        for (const f of checkSurvey(d).findings) {
          expect(at(d, f.path.slice(0, -1)), `${f.code} at ${f.path.join('.')}`).toBeDefined();
          if (!missingThings.includes(f.code)) {
            expect(at(d, f.path), `${f.code} at ${f.path.join('.')}`).toBeDefined();
          }
        }
      }),
      runs,
    );
  });
});
