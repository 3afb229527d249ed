/** A campaigns row as the domain reads it, and where a campaign stands on a day: pure, no queries. */
import type { Generated } from 'kysely';
import { audience } from '../partnerships/contract.ts';
import type { CampaignsTable } from '../db/schema.ts';
import type { Campaign, CampaignState } from './contract.ts';

/** A campaigns row as selected (no generated columns left to the database). */
export type Row = {
  [K in keyof CampaignsTable]: CampaignsTable[K] extends Generated<infer T> ? T : CampaignsTable[K];
};

export function toCampaign(row: Row): Campaign {
  return {
    id: row.id,
    partnershipId: row.partnership_id,
    name: row.name,
    templateId: row.template_id,
    templateVersion: row.template_version,
    period: row.period,
    audience: audience.parse(JSON.parse(row.audience)),
    segmentAttributes: JSON.parse(row.segment_attributes) as string[],
    opensOn: row.opens_on,
    closesOn: row.closes_on,
    status: row.status,
    launchedAt: row.launched_at,
    openLink: {
      enabled: row.open_link_hash !== null,
      hourlyLimit: row.open_link_hourly_limit,
      totalLimit: row.open_link_total_limit,
    },
    channels: JSON.parse(row.channels) as Campaign['channels'],
    reminderDays: JSON.parse(row.reminder_days) as number[],
    smsAnswers: row.sms_answers,
    textKeyword: row.text_keyword,
  };
}

/** Where a campaign stands on `today` (a date in the partnership's zone): see CampaignState. */
export function campaignState(
  campaign: Pick<Campaign, 'status' | 'opensOn' | 'closesOn'>,
  today: string,
): CampaignState {
  if (campaign.status === 'draft') return 'draft';
  if (campaign.status === 'closed' || today > campaign.closesOn) return 'closed';
  return today < campaign.opensOn ? 'scheduled' : 'open';
}

/** Whether a link of this campaign may be answered on `today` (a date in the partnership's zone). */
export function campaignWindow(campaign: Pick<Campaign, 'status' | 'opensOn' | 'closesOn'>, today: string) {
  if (campaign.status === 'closed' || today > campaign.closesOn) return 'closed' as const;
  if (campaign.status === 'draft' || today < campaign.opensOn) return 'not_open' as const;
  return 'open' as const;
}
