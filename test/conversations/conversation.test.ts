/**
 * Whole conversations by text through the signed inbound webhook (issue 18): the worker replies 1 to
 * the invitation, answers one question at a time, and the finished answers enter the pending pool as
 * a web response's do. The built-in worker survey's SMS form asks, in order: seven agree items (1-5,
 * required), recommend (0-10), learn_skills (1-5, required), barriers (several of 1-8) and a comment.
 */
import { describe, expect, it } from 'vitest';
import { readPool } from '../../server/reviews/pool.ts';
import { getTemplate, words } from '../../surveys/index.ts';
import { smsForm } from '../../surveys/sms/index.ts';
import { optOutReply } from '../../server/distribution/replies.ts';
import { closeCampaign } from '../../server/campaigns/campaigns.ts';
import { runUpkeep } from '../../server/upkeep.ts';
import { say, sayAll, tableCount, textingCampaign, textsTo, type Texting } from './helpers.ts';

const form = smsForm(getTemplate('worker-voice')!)!;
const question = (id: string, lang: 'en' | 'es' = 'en') =>
  form.items.find((i) => i.question.id === id)!.question.sms!.text[lang]!;
const agreeIds = [
  'pay_fair',
  'benefits_useful',
  'hiring_fair',
  'safe_work',
  'respect',
  'fair_treatment',
  'speak_up',
];

function completed(t: Texting, contactIndex: number): number {
  const row = t.ctx.raw
    .prepare('SELECT completed FROM invitations WHERE contact_id = ?')
    .get(t.audience.contacts[contactIndex]!.id) as { completed: number };
  return row.completed;
}

async function pooled(t: Texting) {
  return (await readPool(t.ctx.deps, t.audience.campaignId, 100)).map((r) => r.value!);
}

describe('answering the worker survey by text', () => {
  it('runs a whole conversation in English and pools the answers like a web response', async () => {
    const t = await textingCampaign('both');
    const [en] = t.phones;
    const invitation = textsTo(t, en!)[0]!;
    expect(invitation).toMatch(/reply 1/i);
    const first = await say(t, en!, '1');
    expect(first.reply).toBeNull();
    expect(first.texts).toEqual([words.en.smsSurvey.start, question('pay_fair')]);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(1);
    const answers = ['5', '4', '3', '2', '1', '4', '5', '9', '4', '1 3', 'The night shift is short-staffed'];
    const texts: string[][] = [];
    for (const a of answers) texts.push((await say(t, en!, a)).texts);
    expect(texts.slice(0, -1).map((x) => x.length)).toEqual(answers.slice(0, -1).map(() => 1));
    expect(texts.at(-1)).toEqual([words.en.smsSurvey.thanks]);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(0);
    expect(tableCount(t.ctx, 'sms_replies')).toBe(0);
    expect(completed(t, 0)).toBe(1);
    const [value] = await pooled(t);
    expect(value!.channel).toBe('sms');
    expect(value!.answers).toEqual({
      pay_fair: 5,
      benefits_useful: 4,
      hiring_fair: 3,
      safe_work: 2,
      respect: 1,
      fair_treatment: 4,
      speak_up: 5,
      recommend_job: 9,
      learn_skills: 4,
      barriers: ['transportation', 'schedule'],
      comment: 'The night shift is short-staffed',
    });
    // A finished conversation takes no more answers: "1" again starts nothing.
    expect((await say(t, en!, '1')).texts).toEqual([]);
  });

  it('runs in Spanish with Spanish words, asks again once after an unclear reply, and BACK and SKIP work', async () => {
    const t = await textingCampaign('text');
    const es = t.phones[1]!;
    expect(textsTo(t, es)[0]).not.toMatch(/\/s\//);
    expect((await say(t, es, '1')).texts).toEqual([words.es.smsSurvey.start, question('pay_fair', 'es')]);
    // Unclear, twice, on a required question: asked again each time, never skipped.
    expect((await say(t, es, 'quizás')).texts).toEqual([
      words.es.smsSurvey.retryScale.replace('{lo}', '1').replace('{hi}', '5'),
    ]);
    expect((await say(t, es, 'no sé')).texts).toHaveLength(1);
    expect((await say(t, es, 'SALTAR')).texts).toEqual([words.es.smsSurvey.cannotSkip]);
    expect((await say(t, es, '２')).texts).toEqual([question('benefits_useful', 'es')]);
    // BACK asks the previous question again; the new answer replaces the old one.
    expect((await say(t, es, 'ATRAS')).texts).toEqual([question('pay_fair', 'es')]);
    await sayAll(t, es, ['3', '4', '4', '4', '4', '4', '4']);
    // recommend_job is optional: two unclear replies skip it.
    await say(t, es, 'muchísimo');
    expect((await say(t, es, 'muchísimo')).texts).toEqual([question('learn_skills', 'es')]);
    await say(t, es, '5');
    expect((await say(t, es, 'saltar')).texts).toEqual([question('comment', 'es')]);
    expect((await say(t, es, 'SALTAR')).texts).toEqual([words.es.smsSurvey.thanks]);
    const [value] = await pooled(t);
    expect(value!.answers).toEqual({
      pay_fair: 3,
      benefits_useful: 4,
      ...Object.fromEntries(agreeIds.slice(2).map((id) => [id, 4])),
      learn_skills: 5,
    });
  });

  it('carries on the next day where the worker stopped, and says STOP wins at any step', async () => {
    const t = await textingCampaign('both');
    const [en, es] = t.phones;
    await sayAll(t, en!, ['1', '5', '5']);
    t.ctx.clock.advance(86_400_000);
    expect((await say(t, en!, '4')).texts).toEqual([question('safe_work')]);
    const day = t.ctx.raw.prepare('SELECT day FROM sms_conversations').get() as { day: string };
    expect(day.day).toBe(t.ctx.clock.now().toISOString().slice(0, 10));
    // STOP mid-conversation: confirmed by the webhook, nothing kept, nothing further sent.
    await sayAll(t, es!, ['1', '2']);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(2);
    const stop = await say(t, es!, 'STOP');
    expect(stop.reply).toBe(optOutReply('es'));
    expect(stop.texts).toEqual([]);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(1);
    expect((await say(t, es!, '4')).texts).toEqual([]);
    expect((await say(t, es!, '1')).texts).toEqual([]);
    expect(tableCount(t.ctx, 'pending_answers')).toBe(0);
    expect(completed(t, 1)).toBe(0);
  });

  it('keeps two workers answering at once apart', async () => {
    const t = await textingCampaign('both', { workers: 4 });
    await Promise.all(t.phones.map((p) => say(t, p, '1')));
    const replies = ['5', '4', '3', '2'];
    await Promise.all(t.phones.map((p, i) => say(t, p, replies[i]!)));
    for (const p of t.phones)
      expect(textsTo(t, p).slice(-1)).toEqual([
        question('benefits_useful', t.phones.indexOf(p) % 2 ? 'es' : 'en'),
      ]);
    for (const [i, p] of t.phones.entries())
      await sayAll(t, p, [...agreeIds.slice(1).map(() => '3'), 'SKIP', '3', 'SKIP', replies[i]!]);
    const values = await pooled(t);
    expect(values.map((v) => v.answers.comment).sort()).toEqual(['2', '3', '4', '5']);
    expect(values.map((v) => v.answers.pay_fair).sort()).toEqual([2, 3, 4, 5]);
  });

  it('steps once for a retried webhook, and twice for two replies racing from one phone', async () => {
    const t = await textingCampaign('both');
    const [en] = t.phones;
    const start = await say(t, en!, '1');
    const sealed = () =>
      (t.ctx.raw.prepare('SELECT sealed FROM sms_conversations').get() as { sealed: string }).sealed;
    const step = await say(t, en!, '5');
    const before = sealed();
    const sentBefore = textsTo(t, en!).length;
    expect(await step.replay()).toBeNull();
    expect(await start.replay()).toBeNull();
    await say(t, en!, 'banana').then(() => undefined);
    expect(textsTo(t, en!).length).toBe(sentBefore + 1);
    expect(sealed()).not.toBe(before);
    // Two different replies at once: both are stepped, one after the other.
    await Promise.all([say(t, en!, '4'), say(t, en!, '3')]);
    expect(textsTo(t, en!).slice(-2).sort()).toEqual([question('hiring_fair'), question('safe_work')].sort());
  });

  it('drops conversations left silent for 30 days, and every one of a closed campaign', async () => {
    const t = await textingCampaign('both', { workers: 3 });
    const [a, b, c] = t.phones as [string, string, string];
    await sayAll(t, a, ['1', '5']);
    t.ctx.clock.advance(20 * 86_400_000);
    await sayAll(t, b, ['1', '5']);
    t.ctx.clock.advance(11 * 86_400_000);
    await sayAll(t, c, ['1']);
    expect((await runUpkeep(t.ctx.deps)).conversationsDeleted).toBe(1);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(2);
    // The silent one is gone: its next reply starts nothing.
    expect((await say(t, a, '4')).texts).toEqual([]);
    await closeCampaign(t.ctx.deps, t.audience.campaignId);
    expect((await runUpkeep(t.ctx.deps)).conversationsDeleted).toBe(2);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(0);
  });

  it('is not offered by a link-only campaign: "1" is an ordinary text there', async () => {
    const t = await textingCampaign('link');
    const [en] = t.phones;
    expect(textsTo(t, en!)[0]).not.toMatch(/reply 1/i);
    const res = await say(t, en!, '1');
    expect(res.texts).toEqual([]);
    expect(tableCount(t.ctx, 'sms_conversations')).toBe(0);
  });
});
