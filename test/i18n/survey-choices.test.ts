// The campaign form's survey picker labels its options in the staff member's language.
import { describe, expect, it } from 'vitest';
import { surveyChoices } from '../../client/admin/surveys/survey-choices.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import type { OwnSurvey } from '../../server/surveys/contract.ts';
import { getTemplate, templateSummary } from '../../surveys/index.ts';

const own = [
  {
    id: 'own-1',
    name: 'Lakeshore worker survey',
    kind: 'worker-voice',
    versions: [
      { version: 1, languages: ['en', 'es'] },
      { version: 2, languages: ['en', 'es'] },
    ],
  },
] as unknown as OwnSurvey[];

describe('survey choices', () => {
  it('name a built-in survey by its title, questions and minutes, and an own one by version, in Spanish', () => {
    const worker = templateSummary(getTemplate('worker-voice')!);
    const labels = surveyChoices(
      [{ ...worker!, questionCount: 1, estimatedMinutes: 6 }],
      own,
      serverWords('es', 'campaigns'),
    ).map((c) => c.label);
    expect(labels).toEqual([
      `${worker!.title.es} (1 pregunta, unos 6 min)`,
      'Lakeshore worker survey, versión 2',
      'Lakeshore worker survey, versión 1',
    ]);
  });

  it('say the same in English', () => {
    const worker = templateSummary(getTemplate('worker-voice')!);
    const labels = surveyChoices([worker!], own, serverWords('en', 'campaigns')).map((c) => c.label);
    expect(labels[0]).toBe(
      `${worker!.title.en} (${worker!.questionCount} questions, about ${worker!.estimatedMinutes} min)`,
    );
    expect(labels[1]).toBe('Lakeshore worker survey, version 2');
  });
});
