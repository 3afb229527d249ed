/**
 * Before launch: what a campaign's texts will cost in each language. A UCS-2 language's invitation
 * takes two segments where an English one takes one, so staff see the segments of each text and the
 * most they can come to, per language, before they launch. The texts are rendered exactly as the
 * dispatcher renders them (messages.ts), with a long first name and a link as long as a real one, in
 * the words of the campaign's way of answering (a 'both' text is longer, a 'text' one has no link).
 */
import { languageOf } from '../../surveys/language-list.ts';
import { langs, type Lang } from '../../surveys/languages.ts';
import { invitationLanguage, languageRuleOf } from '../campaigns/languages.ts';
import { linkToken } from '../campaigns/links.ts';
import type { Campaign, SmsAnswers } from '../campaigns/contract.ts';
import type { Deps } from '../deps.ts';
import { countAudienceLanguages } from '../partnerships/audience.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import type { SmsEstimate, SmsEstimateLanguage } from './contract.ts';
import { smsText, type Purpose } from './messages.ts';
import { outboxRowsFor } from './outbox/queue.ts';
import { smsLength } from './sms-segments.ts';

export interface SmsEstimateInput {
  /** People who would be texted, by the language their invitation goes in. */
  audience: readonly { lang: Lang; people: number }[];
  /** Reminders each would get. */
  reminders: number;
  partnershipName: string;
  /** A survey link as long as the real ones: PUBLIC_URL, /s/ and a token. */
  link: string;
  /** How the texts offer the survey ('link' when not given): the words, and so the segments, differ. */
  smsAnswers?: SmsAnswers;
}

/** As long a first name as a text carries (messages.ts cuts longer ones). */
const longFirstName = 'x'.repeat(15);

function segmentsOf(lang: Lang, purpose: Purpose, input: SmsEstimateInput): number | null {
  try {
    const text = smsText({
      purpose,
      language: lang,
      firstName: longFirstName,
      partnershipName: input.partnershipName,
      link: input.link,
      closesOn: '',
      minGroupSize: 0,
      smsAnswers: input.smsAnswers ?? 'link',
    });
    return smsLength(text).segments;
  } catch {
    // No text with this link fits the budget: sending would fail the same way, so say so, not a number.
    return null;
  }
}

/** Each language's segments and estimated total, in `langs` order; languages nobody is texted in are left out. */
export function estimateSms(input: SmsEstimateInput): SmsEstimate {
  const people = new Map<Lang, number>();
  for (const a of input.audience) people.set(a.lang, (people.get(a.lang) ?? 0) + a.people);
  const languages = langs
    .filter((lang) => (people.get(lang) ?? 0) > 0)
    .map((lang): SmsEstimateLanguage => {
      const language = languageOf(lang)!;
      const invitationSegments = segmentsOf(lang, 'invitation', input);
      const reminderSegments = segmentsOf(lang, 'reminder', input);
      const n = people.get(lang)!;
      const each =
        invitationSegments === null || (input.reminders > 0 && reminderSegments === null)
          ? null
          : invitationSegments + input.reminders * (reminderSegments ?? 0);
      return {
        lang,
        name: language.name,
        english: language.english,
        encoding: language.sms,
        invitationSegments,
        reminderSegments,
        people: n,
        segments: each === null ? null : n * each,
      };
    });
  const total = languages.some((l) => l.segments === null)
    ? null
    : languages.reduce((sum, l) => sum + l.segments!, 0);
  return {
    reminders: input.reminders,
    languages,
    people: languages.reduce((sum, l) => sum + l.people, 0),
    segments: total,
  };
}

/**
 * A campaign's estimate were it launched now: the people the launch would text (counted over the
 * same audience and channel order as the campaign screen's languages, partnerships/audience.ts),
 * each in the language the launch would choose (theirs when the survey is written in it, else the
 * partnership's fallback), and the reminders that would fall before the close date.
 */
export async function campaignSmsEstimate(
  deps: Pick<Deps, 'db' | 'clock' | 'random' | 'config'>,
  campaign: Campaign,
): Promise<SmsEstimate> {
  const partnership = await getPartnership(deps, campaign.partnershipId);
  const rule = await languageRuleOf(deps, campaign);
  const counts = await countAudienceLanguages(
    deps,
    campaign.partnershipId,
    campaign.audience,
    campaign.channels,
  );
  const audience = counts
    .filter((c) => c.channel === 'sms')
    .map((c) => ({ lang: invitationLanguage(c.language, rule.offered, rule.fallback), people: c.people }));
  const schedule = {
    ...campaign,
    campaignId: campaign.id,
    launchedAt: deps.clock.now(),
    timeZone: partnership.timeZone,
  };
  const rows = outboxRowsFor(deps.random, schedule, {
    id: 'estimate',
    contactId: 'estimate',
    channel: 'sms',
  });
  // A token of the real length, made the real way: the link in the estimate is as long as one sent.
  const token = await linkToken('estimate', 'estimate', 0);
  return estimateSms({
    audience,
    reminders: rows.length - 1,
    partnershipName: partnership.name,
    link: `${deps.config.publicUrl}/s/${token}`,
    smsAnswers: campaign.smsAnswers,
  });
}
