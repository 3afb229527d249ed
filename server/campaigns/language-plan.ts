/**
 * Before a launch, the languages its invitations would go in: counted in the database over the same
 * audience and channel order as the launch, then each spoken language mapped by the launch's own
 * rule (languages.ts), so the numbers on the campaign screen are the invitations a launch writes.
 */
import { languageOf } from '../../surveys/language-list.ts';
import { langs } from '../../surveys/languages.ts';
import type { Deps } from '../deps.ts';
import { countAudienceLanguages } from '../partnerships/audience.ts';
import { partnershipLanguages, reviewState, toReview } from '../partnerships/language-status.ts';
import { invitationLanguage, languageRuleOf } from './languages.ts';
import type { Campaign, CampaignLanguages, SendingLanguage } from './contract.ts';

export async function campaignLanguages(
  deps: Pick<Deps, 'db'>,
  campaign: Campaign,
): Promise<CampaignLanguages> {
  const rule = await languageRuleOf(deps, campaign);
  const status = await partnershipLanguages(deps, campaign.partnershipId);
  const counts = await countAudienceLanguages(
    deps,
    campaign.partnershipId,
    campaign.audience,
    campaign.channels,
  );
  const sending = new Map<string, SendingLanguage>();
  for (const info of status.languages) {
    sending.set(info.tag, {
      lang: info.tag,
      name: info.name,
      english: info.english,
      dir: info.dir,
      people: 0,
      own: 0,
      fallback: [],
      channels: { sms: 0, email: 0, none: 0 },
      reviewed: reviewState(info, campaign.templateId),
      toReview: toReview(info, campaign.templateId),
    });
  }
  for (const { language, channel, people } of counts) {
    const s = sending.get(invitationLanguage(language, rule.offered, rule.fallback))!;
    s.people += people;
    s.channels[channel] += people;
    if (s.lang === language) s.own += people;
    else {
      const known = languageOf(language);
      const f = s.fallback.find((x) => x.tag === language);
      if (f) f.people += people;
      else
        s.fallback.push({
          tag: language,
          name: known?.name ?? language,
          english: known?.english ?? language,
          people,
        });
    }
  }
  const languages = langs.flatMap((l) => {
    const s = sending.get(l)!;
    s.fallback.sort((a, b) => b.people - a.people || a.english.localeCompare(b.english, 'en'));
    return s.people > 0 ? [s] : [];
  });
  return {
    offered: [...rule.offered],
    fallback: rule.fallback,
    partnershipFallback: status.fallback,
    total: languages.reduce((n, s) => n + s.people, 0),
    languages,
  };
}
