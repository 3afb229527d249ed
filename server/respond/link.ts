/** What a respondent's link leads to: the campaign, its template version, and any saved draft. */
import type { Deps } from '../deps.ts';
import { campaignWindow, recentCampaign } from '../campaigns/campaigns.ts';
import type { Campaign } from '../campaigns/contract.ts';
import { findInvitation, type InvitationForLink } from '../campaigns/invitations/store.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import { localDay } from '../dates.ts';
import { AppError } from '../errors.ts';
import { sha256Hex, tokenPattern } from '../ids.ts';
import { recentPartnership } from '../partnerships/partnerships.ts';
import type { Answers, SurveyDefinition } from '../../surveys/index.ts';
import { draftIdOf, loadDraft, type DraftLink } from './drafts.ts';

/** An answerable link; its token, draft id and lifetime are a DraftLink's (drafts.ts). */
export interface OpenedLink extends DraftLink {
  tokenHash: string;
  invitation: InvitationForLink;
  campaign: Campaign;
  template: SurveyDefinition;
  timeZone: string;
  minGroupSize: number;
  /** Who is asking, for the page's header (pages/asking.tsx). */
  partnershipName: string;
  helpContact: string | null;
  draft: Answers;
}

/** The language a link was sent in, for friendly error pages when the link cannot be answered. */
export async function linkLanguage(deps: Pick<Deps, 'db'>, token: string): Promise<string | null> {
  if (!tokenPattern.test(token)) return null;
  return (await findInvitation(deps, await sha256Hex(token)))?.language ?? null;
}

/**
 * Resolves a token or throws the reason it cannot be answered (unknown, used, closed, not open yet).
 * `withDraft: false` leaves the draft unread (empty) for callers that never show it: a submission
 * deletes it in its write, so reading it first was one more query on every submit.
 */
export async function openLink(
  deps: Pick<Deps, 'db' | 'clock'>,
  token: string,
  { withDraft = true }: { withDraft?: boolean } = {},
): Promise<OpenedLink> {
  if (!tokenPattern.test(token)) throw new AppError('LINK_UNKNOWN', 'This survey link is not valid.');
  const tokenHash = await sha256Hex(token);
  const invitation = await findInvitation(deps, tokenHash);
  if (!invitation) throw new AppError('LINK_UNKNOWN', 'This survey link is not valid.');
  if (invitation.completed) throw new AppError('LINK_USED', 'This survey link has already been used.');
  // Copies up to a second old (see recentCampaign): a close is honoured within a second everywhere.
  const campaign = await recentCampaign(deps, invitation.campaignId);
  const partnership = await recentPartnership(deps, campaign.partnershipId);
  const window = campaignWindow(campaign, localDay(deps.clock.now(), partnership.timeZone));
  if (window === 'closed') throw new AppError('CAMPAIGN_CLOSED', 'This survey has closed.');
  if (window === 'not_open') throw new AppError('CAMPAIGN_NOT_OPEN', 'This survey is not open yet.');
  const place = { token, draftId: await draftIdOf(token), shortLived: invitation.mintedAt !== null };
  return {
    ...place,
    tokenHash,
    invitation,
    campaign,
    template: await campaignTemplate(deps, campaign.templateId, campaign.templateVersion),
    timeZone: partnership.timeZone,
    minGroupSize: partnership.minGroupSize,
    partnershipName: partnership.name,
    helpContact: partnership.helpContact,
    draft: withDraft ? await loadDraft(deps, place) : {},
  };
}
