/**
 * The job-quality index stays the eight factors' mean: a partnership's own dimension gets its score,
 * but never moves the index, whatever its answers.
 */
import { describe, expect, it } from 'vitest';
import { planOf, responseCells } from '../../server/reviews/response-cells.ts';
import { getTemplate, surveyDefinition, type SurveyDefinition } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';

const builtIn = getTemplate('worker-voice', 1)!;

/** The worker survey with a dimension of the partnership's own and two items in it. */
const own: SurveyDefinition = surveyDefinition.parse({
  ...builtIn,
  id: 'own-worker-voice-abcdefghijkl',
  dimensions: [
    ...builtIn.dimensions,
    { id: 'childcare', label: { en: 'Child care', es: 'Cuidado infantil' } },
  ],
  sections: builtIn.sections.map((s, i) =>
    i !== 1
      ? s
      : {
          ...s,
          questions: [
            ...s.questions,
            ...['childcare_hours', 'childcare_cost'].map((id) => ({
              id,
              type: 'agree5',
              required: true,
              dimension: 'childcare',
              text: { en: `About child care (${id}).`, es: `Sobre cuidado infantil (${id}).` },
            })),
          ],
        },
  ),
});

const cell = (cells: ReturnType<typeof responseCells>, item: string) =>
  cells.find((c) => c[0] === '' && c[1] === item);

describe('the job-quality index', () => {
  it('averages the eight factors only, and an own dimension still gets its score', () => {
    for (let seed = 1; seed <= 30; seed++) {
      const base = validAnswers(builtIn, seededRandom(seed));
      const low = responseCells(own, [], {}, { ...base, childcare_hours: 1, childcare_cost: 1 });
      const high = responseCells(own, [], {}, { ...base, childcare_hours: 5, childcare_cost: 5 });
      const plain = responseCells(builtIn, [], {}, base);
      const jqi = (cells: typeof low, def: SurveyDefinition) => {
        const c = cell(cells, 'index:jqi');
        return c ? c[3] / (def === builtIn ? scaleOf(builtIn) : scaleOf(own)) : null;
      };
      expect(jqi(low, own)).toBeCloseTo(jqi(plain, builtIn)!, 10);
      expect(jqi(high, own)).toBeCloseTo(jqi(plain, builtIn)!, 10);
      expect(cell(low, 'dim:childcare')?.[3]).not.toBe(cell(high, 'dim:childcare')?.[3]);
    }
  });
});

/** The stored index is its mean times the plan's scale: read the scale the way the reviews do. */
function scaleOf(def: SurveyDefinition) {
  return planOf(def).jqi!.scale;
}
