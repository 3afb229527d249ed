/**
 * A response given by text answers only the questions asked by text, so its shape says how it came:
 * text answers are released only k at a time (issue 18), never one beside web answers, where a copy
 * of the database taken around the release would single it out.
 */
import { describe, expect, it } from 'vitest';
import { releaseNow, closeAndRelease, count } from '../helpers/release.ts';
import { answersOf } from '../helpers/forensic.ts';
import { TestClient } from '../helpers/app.ts';
import { sayAll, textingCampaign, textsTo, type Texting } from './helpers.ts';

const byText = ['1', '4', '4', '3', '5', '2', '4', '3', '8', '5', '2 4', 'SKIP'];

async function byLink(t: Texting, i: number) {
  const token = /\/s\/([A-Za-z0-9_-]{24})/.exec(textsTo(t, t.phones[i]!)[0]!)![1]!;
  const res = await new TestClient(t.ctx).post(`/s/${token}/submit`, { answers: answersOf(i) });
  expect(res.status, res.text).toBe(200);
}

const released = (t: Texting) =>
  (t.ctx.raw.prepare('SELECT answers FROM responses').all() as { answers: string }[]).map(
    (r) => JSON.parse(r.answers) as Record<string, unknown>,
  );
const textShaped = (answers: Record<string, unknown>) => !('hours' in answers);

describe('releasing answers given by text', () => {
  it('holds a lone text answer while web answers go, and releases text answers k at a time', async () => {
    const t = await textingCampaign('both', { workers: 15 });
    for (const i of [0, 1, 2, 3, 4]) await byLink(t, i);
    await sayAll(t, t.phones[5]!, byText);
    await releaseNow(t.ctx);
    expect(released(t)).toHaveLength(5);
    expect(released(t).filter(textShaped)).toHaveLength(0);
    expect(count(t.ctx, 'pending_answers')).toBe(1);
    for (const i of [6, 7, 8]) await sayAll(t, t.phones[i]!, byText);
    await releaseNow(t.ctx);
    expect(released(t)).toHaveLength(5);
    await sayAll(t, t.phones[9]!, byText);
    await releaseNow(t.ctx);
    expect(released(t).filter(textShaped)).toHaveLength(5);
    expect(count(t.ctx, 'pending_answers')).toBe(0);
    // At the close the release coarsens small groups into "not recorded", but it cannot hide how an
    // answer came: four by the link and one by text make five, and none of them may go.
    for (const i of [11, 12, 13, 14]) await byLink(t, i);
    await sayAll(t, t.phones[10]!, byText);
    await closeAndRelease(t.ctx, t.audience.campaignId);
    expect(released(t)).toHaveLength(10);
    expect(count(t.ctx, 'pending_answers')).toBe(5);
  });
});
