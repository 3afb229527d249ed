/**
 * A partnership's own survey in the reviews: its quarter sits in the same section as the built-in
 * template it started from, its added question has its distribution, its measures compare with the
 * quarter before, and the section lists the version with what it changed.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { allQuestions, getTemplate, type SurveyDefinition } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { reviewFixture, runCampaign, type Fixture } from './fixture.ts';

async function ownSurvey(f: Fixture) {
  const started = await f.client.post(`/api/partnerships/${f.partnershipId}/surveys`, {
    name: 'River Valley worker survey',
    from: { templateId: 'worker-voice', version: 1 },
  });
  expect(started.status, started.text).toBe(201);
  const id = started.json.survey.id as string;
  const draft = (await f.client.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;
  draft.sections[1]!.questions.push({
    id: 'childcare_access',
    type: 'yesno',
    required: false,
    text: {
      en: 'Can you get child care for the hours you work?',
      es: '¿Puede conseguir cuidado infantil para sus horas de trabajo?',
    },
  });
  expect((await f.client.request('PUT', `/api/surveys/${id}/draft`, { draft })).status).toBe(200);
  expect((await f.client.post(`/api/surveys/${id}/publish`)).status).toBe(201);
  return {
    id,
    def: (await f.client.get(`/api/surveys/${id}/versions/1`)).json.template as SurveyDefinition,
  };
}

describe('an own survey in the reviews', () => {
  it('continues the built-in line: one section, the new item, changes against the quarter before', async () => {
    const f = await reviewFixture({ workers: 40 });
    const builtIn = getTemplate('worker-voice', 1)!;
    await runCampaign(f, {
      period: 'PY2026-Q1',
      opensOn: '2026-07-01',
      closesOn: '2026-09-30',
      answering: 20,
      answers: (i) => validAnswers(builtIn, seededRandom(i + 1)),
      close: true,
    });
    const own = await ownSurvey(f);
    await runCampaign(f, {
      period: 'PY2026-Q2',
      opensOn: '2026-10-01',
      closesOn: '2026-12-20',
      templateId: own.id,
      answering: 20,
      answers: (i) => ({
        ...validAnswers(own.def, seededRandom(i + 100)),
        childcare_access: i % 4 === 0 ? 'no' : 'yes',
      }),
      close: true,
    });
    f.ctx.clock.set('2027-01-05T15:00:00Z');
    const review = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q2`)).json.review;
    expect(review.templates.map((t: { templateId: string }) => t.templateId)).toEqual(['worker-voice']);
    const t = review.templates[0];
    expect(t.surveys).toEqual([
      {
        templateId: own.id,
        version: 1,
        name: 'River Valley worker survey',
        changes: expect.objectContaining({
          from: { templateId: 'worker-voice', version: 1 },
          added: ['childcare_access'],
        }),
      },
    ]);
    const childcare = t.questions.find((q: { id: string }) => q.id === 'childcare_access');
    expect(childcare).toMatchObject({ text: 'Can you get child care for the hours you work?', n: 20 });
    expect(childcare.distribution).toEqual([
      { value: 'yes', label: 'Yes', count: 15 },
      { value: 'no', label: 'No', count: 5 },
    ]);
    // The job-quality index goes on from the built-in quarter: its change is read against PY2026-Q1.
    expect(t.overall.measures['index.jqi'].previous).toMatchObject({ period: 'PY2026-Q1' });
    expect(t.overall.measures['index.jqi'].previous.difference).not.toBeNull();
    // Every question keeps its role, the new one included, so the screen groups it under its measure.
    expect(t.roles).toContainEqual({ id: 'pay_fair', dimension: 'pay' });
    expect(t.roles.map((r: { id: string }) => r.id)).toEqual(allQuestions(own.def).map((q) => q.id));

    // The printable page says the same.
    const printed = await f.client.get(`/reviews/${f.partnershipId}/PY2026-Q2`);
    expect(printed.text).toContain('River Valley worker survey, version 1: Added: childcare_access');

    // The year holds both quarters in the one section too.
    const year = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/PY2026`)).json.review;
    expect(year.templates.map((x: { templateId: string }) => x.templateId)).toEqual(['worker-voice']);
    expect(year.templates[0].surveys.map((s: { templateId: string }) => s.templateId).sort()).toEqual(
      [own.id, 'worker-voice'].sort(),
    );
  });
});
