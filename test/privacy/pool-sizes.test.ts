/**
 * Answers waiting for release are sealed at one size per survey, so a copy of the database cannot tell
 * a long answer from a short one, or pick out the one person who wrote at length. The attack: a
 * respondent fills every written answer with the characters JSON writes longest (unpaired surrogates,
 * six bytes each as `\uXXXX`), through the real submit route, so that their row stands out to whoever
 * later holds the file.
 */
import { describe, expect, it } from 'vitest';
import { readPool } from '../../server/reviews/pool.ts';
import type { SurveyDraft } from '../../surveys/draft.ts';
import {
  allQuestions,
  isVisible,
  latestTemplates,
  type Answers,
  type SurveyDefinition,
} from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { receivedTokens } from '../helpers/seed.ts';
import { reviewFixture, submit, type Fixture } from '../reviews/fixture.ts';

/** Every visible question answered at its longest: text as lone surrogates, multi with all it allows. */
function longestAnswers(def: SurveyDefinition): Answers {
  const answers = validAnswers(def, seededRandom(5), 1);
  for (const q of allQuestions(def)) {
    if (!isVisible(def, q.id, answers)) continue;
    if (q.type === 'text') answers[q.id] = '\ud800'.repeat(q.maxLength ?? 500);
    if (q.type === 'multi') answers[q.id] = q.options!.slice(0, q.max).map((o) => o.value);
  }
  return answers;
}

/** A partnership's own worker survey whose written answers may be as long as a draft allows. */
async function longCommentSurvey(f: Fixture): Promise<SurveyDefinition> {
  const started = await f.client.post(`/api/partnerships/${f.partnershipId}/surveys`, {
    name: 'Tell us everything',
    from: { templateId: 'worker-voice' },
  });
  expect(started.status, started.text).toBe(201);
  const id = started.json.survey.id as string;
  const draft = (await f.client.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;
  for (const q of draft.sections.flatMap((s) => s.questions)) if (q.type === 'text') q.maxLength = 5000;
  expect((await f.client.request('PUT', `/api/surveys/${id}/draft`, { draft })).status).toBe(200);
  expect((await f.client.post(`/api/surveys/${id}/publish`)).status).toBe(201);
  return (await f.client.get(`/api/surveys/${id}/versions/1`)).json.template as SurveyDefinition;
}

/** A launched campaign of `def` and the links its invitees received. */
async function launch(f: Fixture, def: SurveyDefinition) {
  const camp = await f.client.post(`/api/partnerships/${f.partnershipId}/campaigns`, {
    name: `Sizes ${def.id}`,
    templateId: def.id,
    period: 'PY2026-Q1',
    segmentAttributes: ['occupation'],
    opensOn: '2026-06-01',
    closesOn: '2026-09-30',
  });
  expect(camp.status, camp.text).toBe(201);
  const campaignId = camp.json.campaign.id as string;
  expect((await f.client.post(`/api/campaigns/${campaignId}/launch`)).status).toBe(200);
  return { campaignId, tokens: await receivedTokens(f.ctx, campaignId) };
}

const sealedLengths = (f: Fixture, campaignId: string) =>
  (
    f.ctx.raw.prepare('SELECT sealed FROM pending_answers WHERE campaign_id = ?').all(campaignId) as {
      sealed: string;
    }[]
  ).map((r) => r.sealed.length);

/** Submits an ordinary answer, then the crafted one, and returns every sealed row's length beside the first. */
async function attack(f: Fixture, def: SurveyDefinition) {
  const { campaignId, tokens } = await launch(f, def);
  expect(tokens.length).toBeGreaterThanOrEqual(2);
  await submit(f, tokens[0]!, validAnswers(def, seededRandom(1)));
  const [ordinary] = sealedLengths(f, campaignId);
  const crafted = longestAnswers(def);
  expect(Object.values(crafted).some((v) => typeof v === 'string' && v.startsWith('\ud800'))).toBe(true);
  // JSON.stringify writes each lone surrogate as an escape, which the server parses back into one.
  await submit(f, tokens[1]!, crafted);
  // The crafted answers were kept as sent, surrogates and all, not cleaned into something shorter.
  const pool = await readPool(f.ctx.deps, campaignId, 10);
  expect(pool.map((r) => r.value?.answers)).toContainEqual(crafted);
  return { ordinary, lengths: sealedLengths(f, campaignId) };
}

const fixture = () => reviewFixture({ orgs: 1, workers: 2, employers: 2 });

describe('the pool of waiting answers', () => {
  const withText = latestTemplates().filter((def) => allQuestions(def).some((q) => q.type === 'text'));

  it.each(withText.map((def) => [def.id, def] as const))(
    'seals a %s answer of lone surrogates at the length of an ordinary one',
    async (_id, def) => {
      const { ordinary, lengths } = await attack(await fixture(), def);
      expect(lengths).toEqual([ordinary, ordinary]);
    },
  );

  it('seals them at one length in an own survey whose comments take 5000 characters', async () => {
    const f = await fixture();
    const { ordinary, lengths } = await attack(f, await longCommentSurvey(f));
    expect(lengths).toEqual([ordinary, ordinary]);
  });

  it('has built-in templates with written answers to attack', () => {
    expect(withText.map((d) => d.id)).toContain('worker-voice');
  });
});
