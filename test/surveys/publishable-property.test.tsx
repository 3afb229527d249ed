/**
 * Every survey the editor can publish works end to end (fast-check, over drafts the checks pass):
 * each part renders in both languages with its questions, generated answers are accepted by the
 * server's check and by the check the phone runs on its slimmed one-language copy alike (and garbage
 * is refused by both with the same errors), answers posted as a plain form come back the same, and
 * the accepted answers score into the review's cells.
 */
import fc from 'fast-check';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { SurveyView } from '../../client/respond/survey-form.tsx';
import { extraText } from '../../client/respond/strings.ts';
import { cleanValues, staticQuestions } from '../../client/respond/view.ts';
import { pageSurvey } from '../../server/respond/pages/survey-page.tsx';
import { planOf, responseCells } from '../../server/reviews/response-cells.ts';
import { checkSurvey } from '../../surveys/checks/index.ts';
import { definitionCandidate } from '../../surveys/draft.ts';
import { jobQualityFactorIds } from '../../surveys/factors.ts';
import { surveyDefinition, surveyLanguages, ui, validateAnswers, visibleQuestions } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { draftArb } from '../helpers/survey-arb.ts';

const publishable = draftArb
  .map((draft) => ({ draft, check: checkSurvey(draft) }))
  .filter(({ check }) => check.blocking === 0)
  .map(({ draft, check }) =>
    surveyDefinition.parse(
      definitionCandidate({ ...draft, estimatedMinutes: Math.max(1, check.estimate.minutes) }),
    ),
  );

/** Something a respondent (or an attacker) might send for any question id. */
const junk = fc.dictionary(
  fc.string({ minLength: 1, maxLength: 12 }),
  fc.oneof(
    fc.string(),
    fc.integer({ min: -3, max: 14 }),
    fc.array(fc.string(), { maxLength: 3 }),
    fc.constant(null),
  ),
  { maxKeys: 6 },
);

describe('a published own survey', () => {
  it('renders every part in each of its languages, and server and phone agree on every answer', () => {
    fc.assert(
      fc.property(publishable, fc.integer({ min: 1, max: 1_000_000 }), junk, (def, seed, garbage) => {
        const answers = validAnswers(def, seededRandom(seed));
        const server = validateAnswers(def, answers);
        expect(server.ok, JSON.stringify(server.errors)).toBe(true);
        for (const lang of surveyLanguages(def)) {
          const survey = pageSurvey(def, lang);
          const phone = validateAnswers(survey, answers);
          expect(phone.ok).toBe(true);
          expect(phone.values).toEqual(server.values);
          // Garbage mixed in with real ids: the same refusals on both sides.
          const ids = def.sections.flatMap((s) => s.questions.map((q) => q.id));
          const mixed = {
            ...answers,
            ...Object.fromEntries(Object.entries(garbage).map(([k, v], i) => [ids[i % ids.length] ?? k, v])),
          };
          expect(validateAnswers(survey, mixed).errors).toEqual(validateAnswers(def, mixed).errors);

          const values = cleanValues(survey, answers);
          survey.sections.forEach((section, step) => {
            const shown = staticQuestions(survey, values, step, ui[lang], extraText[lang]);
            const html = renderToString(
              <SurveyView
                data={{
                  lang,
                  survey,
                  ui: ui[lang],
                  text: extraText[lang],
                  post: '/s/preview',
                }}
                step={step}
                questions={shown}
                answers={answers}
                errors={{}}
                last={step === survey.sections.length - 1}
              />,
            );
            for (const q of visibleQuestions(survey, values, section.id))
              expect(html).toContain(
                q.text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/"/g, '&quot;'),
              );
          });
        }
        // What the review counts: every dimension answered has its score, the index where it applies.
        const cells = responseCells(def, [], {}, server.values);
        const plan = planOf(def);
        for (const d of plan.dims)
          if (d.items.some((q) => q.id in server.values))
            expect(cells.some((c) => c[1] === `dim:${d.id}`)).toBe(true);
        // The index averages the eight factors only: a dimension of the survey's own never makes one.
        const factorAnswered = plan.dims.some(
          (d) => jobQualityFactorIds.has(d.id) && d.items.some((q) => q.id in server.values),
        );
        if (plan.jqi && factorAnswered) expect(cells.some((c) => c[1] === 'index:jqi')).toBe(true);
        if (!factorAnswered) expect(cells.some((c) => c[1] === 'index:jqi')).toBe(false);
      }),
      { numRuns: 60 },
    );
  });
});
