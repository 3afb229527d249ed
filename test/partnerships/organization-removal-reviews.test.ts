/**
 * Removing an organization keeps past reviews readable: a live review drawn before and after shows
 * the same organization names and figures, and a review made final does not change at all.
 */
import { describe, expect, it } from 'vitest';
import { getTemplate } from '../../surveys/index.ts';
import { seededRandom, validAnswers } from '../helpers/answers.ts';
import { reviewFixture, runCampaign } from '../reviews/fixture.ts';

const def = getTemplate('worker-voice')!;

/** 45 workers over three employers, all answering, in two quarters: the first made final. */
async function reviewed() {
  const f = await reviewFixture({ workers: 45, orgs: 3 });
  const rand = seededRandom(7);
  const answers = () => validAnswers(def, rand);
  await runCampaign(f, { period: 'PY2026-Q1', opensOn: '2026-07-01', closesOn: '2026-09-30', answering: 45, answers, close: true });
  await runCampaign(f, { period: 'PY2026-Q2', opensOn: '2026-10-01', closesOn: '2026-12-31', answering: 45, answers, close: true });
  f.ctx.clock.set('2027-01-15T15:00:00Z');
  const final = await f.client.post(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q1/final`);
  expect(final.status, final.text).toBeLessThan(300);
  return f;
}

const review = async (f: Awaited<ReturnType<typeof reviewed>>, period: string) => {
  const res = await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/${period}`);
  expect(res.status, res.text).toBe(200);
  const { generatedAt: _, ...rest } = res.json.review;
  return rest;
};

function organizationLabels(r: any): string[] {
  return r.templates.flatMap((t: any) =>
    t.breakdowns.filter((b: any) => b.key === 'organization').flatMap((b: any) => b.groups.map((g: any) => g.label)),
  );
}

describe('a removed organization in past reviews', () => {
  it('keeps its name and figures in a live review and leaves a final one as it was', async () => {
    const f = await reviewed();
    const liveBefore = await review(f, 'PY2026-Q2');
    const finalBefore = await review(f, 'PY2026-Q1');
    const cells = () => JSON.stringify(f.ctx.raw.prepare('SELECT * FROM review_final_cells ORDER BY 1, 2, 3').all());
    const cellsBefore = cells();
    const csvBefore = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q2.csv`)).text;
    expect(organizationLabels(liveBefore)).toEqual(expect.arrayContaining(['Employer 1', 'Employer 2', 'Employer 3']));
    expect(organizationLabels(finalBefore)).toEqual(expect.arrayContaining(['Employer 2']));

    const removed = await f.client.del(`/api/partnerships/${f.partnershipId}/organizations/${f.orgIds[1]}`);
    expect(removed.status, removed.text).toBe(200);
    const orgs = (await f.client.get(`/api/partnerships/${f.partnershipId}/organizations`)).json.organizations;
    expect(orgs.map((o: any) => o.name)).toEqual(['Employer 1', 'Employer 3']);

    const liveAfter = await review(f, 'PY2026-Q2');
    expect(organizationLabels(liveAfter)).toContain('Employer 2');
    expect(organizationLabels(liveAfter)).not.toContain('Unknown organization');
    expect(liveAfter).toEqual(liveBefore);
    expect(await review(f, 'PY2026-Q1')).toEqual(finalBefore);
    const csvAfter = (await f.client.get(`/api/partnerships/${f.partnershipId}/reviews/PY2026-Q2.csv`)).text;
    expect(csvAfter.replace(/generated[^\n]*\n/gi, '')).toBe(csvBefore.replace(/generated[^\n]*\n/gi, ''));
    expect(cells()).toBe(cellsBefore);
    expect(cellsBefore.length).toBeGreaterThan(2);
  });
});
