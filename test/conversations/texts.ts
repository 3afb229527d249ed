/**
 * The texts of a whole conversation with the built-in worker survey's SMS form, for the tests that
 * run one through a real runtime (Node's server, workerd, the end-to-end scenario): what the worker
 * says at each step and exactly the texts that step must send back, taken from the survey itself
 * (surveys/sms smsForm and the words of each language), never written out again here.
 */
import { getTemplate, words } from '../../surveys/index.ts';
import { smsForm } from '../../surveys/sms/index.ts';
import { expect } from 'vitest';
import type { TestClient } from '../helpers/app.ts';

export type Lang = 'en' | 'es';

export const form = smsForm(getTemplate('worker-voice')!)!;

/** The SMS text of a question of the form, in `lang`. */
export const question = (id: string, lang: Lang = 'en') =>
  form.items.find((i) => i.question.id === id)!.question.sms!.text[lang]!;

/** One answer to each question of the form, in its order: numbers, several choices, a comment. */
const replies: Record<Lang, string[]> = {
  en: ['5', '4', '3', '2', '1', '4', '5', '9', '4', '1 3', 'The night shift is short-staffed'],
  es: ['4', '4', '3', '5', '4', '4', '3', '8', '5', '2 4', 'Necesitamos más descansos'],
};

export interface Step {
  say: string;
  /** The texts sent back, in order. */
  expect: string[];
}

/** A whole conversation: the reply 1 that starts it, then one answer a question, then the thanks. */
export function conversation(lang: Lang): Step[] {
  const ids = form.items.map((i) => i.question.id);
  return [
    { say: '1', expect: [words[lang].smsSurvey.start, question(ids[0]!, lang)] },
    ...replies[lang].map((say, i) => ({
      say,
      expect: [i + 1 < ids.length ? question(ids[i + 1]!, lang) : words[lang].smsSurvey.thanks],
    })),
  ];
}

/** A calendar day relative to today (UTC), as the API takes it. */
export const day = (offset: number) => new Date(Date.now() + offset * 86_400_000).toISOString().slice(0, 10);

/** The calendar quarter of a day, as a campaign's period ("2026-Q4"). */
export const quarterOf = (d: string) => `${d.slice(0, 4)}-Q${Math.ceil(Number(d.slice(5, 7)) / 3)}`;

/**
 * A partnership texting all day, these workers, and a worker campaign answering 'both', launched:
 * its id. The invitations are the caller's to send (the CLI's dispatch, the Worker's cron).
 */
export async function launchedTextCampaign(
  admin: TestClient,
  workers: { phone: string; language?: string }[],
): Promise<string> {
  const p = await admin.post('/api/partnerships', {
    name: 'River Valley',
    sector: 'Manufacturing',
    region: 'RV',
    timeZone: 'UTC',
    reviewYear: 'calendar',
    smsHours: { start: '00:00', end: '24:00' },
  });
  expect(p.status, p.text).toBe(201);
  const pid = p.json.partnership.id;
  const added = await admin.post(
    `/api/partnerships/${pid}/contacts`,
    workers.map(({ phone, language }, i) => ({
      firstName: `W${i}`,
      phone,
      ...(language && { language }),
      smsConsent: true,
      kind: 'worker',
    })),
  );
  expect(added.status, added.text).toBe(201);
  const camp = await admin.post(`/api/partnerships/${pid}/campaigns`, {
    name: 'Worker voice by text',
    templateId: 'worker-voice',
    period: quarterOf(day(0)),
    opensOn: day(-1),
    closesOn: day(30),
    reminderDays: [],
  });
  expect(camp.status, camp.text).toBe(201);
  const campaignId = camp.json.campaign.id as string;
  const set = await admin.patch(`/api/campaigns/${campaignId}`, { smsAnswers: 'both' });
  expect(set.status, set.text).toBe(200);
  const launched = await admin.post(`/api/campaigns/${campaignId}/launch`);
  expect(launched.status, launched.text).toBe(200);
  return campaignId;
}
