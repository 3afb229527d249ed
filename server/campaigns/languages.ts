/**
 * The language each person is sent and shown a campaign in. A survey version lists the languages it
 * is complete in; a contact may speak any language of surveys/language-list.ts. Whoever speaks one
 * the survey lacks gets the partnership's fallback language, and the page's language links offer
 * the survey's others.
 */
import type { Lang } from '../../surveys/languages.ts';
import { surveyLanguages } from '../../surveys/schema.ts';
import type { Deps } from '../deps.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import type { Campaign } from './contract.ts';

/**
 * The partnership's fallback language when the survey offers it, else English (every survey
 * version is written in English).
 */
export function fallbackFor(offered: readonly Lang[], fallback: Lang): Lang {
  return offered.includes(fallback) ? fallback : 'en';
}

/** `spoken` when the survey offers it, else the fallback as `fallbackFor` settles it. */
export function invitationLanguage(spoken: string, offered: readonly Lang[], fallback: Lang): Lang {
  const own = offered.find((l) => l === spoken);
  return own ?? fallbackFor(offered, fallback);
}

/** What a campaign's invitations are chosen among: its survey version's languages and the fallback. */
export interface CampaignLanguageRule {
  offered: readonly Lang[];
  /** As `fallbackFor` settles it: offered by the survey. */
  fallback: Lang;
}

/** The rule for a campaign: its pinned survey version's languages and its partnership's fallback. */
export async function languageRuleOf(
  deps: Pick<Deps, 'db'>,
  campaign: Pick<Campaign, 'partnershipId' | 'templateId' | 'templateVersion'>,
): Promise<CampaignLanguageRule> {
  const def = await campaignTemplate(deps, campaign.templateId, campaign.templateVersion);
  const offered = surveyLanguages(def);
  const partnership = await getPartnership(deps, campaign.partnershipId);
  return { offered, fallback: fallbackFor(offered, partnership.fallbackLanguage) };
}
