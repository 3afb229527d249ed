/**
 * Staff correcting a campaign before it goes out, removing one that never did, and repeating one for
 * the next period. A launched campaign's limited edit reschedules its reminders, so it lives with the
 * outbox (distribution/reminders.ts).
 */
import type { Deps } from '../deps.ts';
import { AppError } from '../errors.ts';
import { getPartnership } from '../partnerships/partnerships.ts';
import { createCampaign, deleteDraft, getCampaign, updateDraft, type DraftChange } from './campaigns.ts';
import {
  defaultKinds,
  editableAfterLaunch,
  type Campaign,
  type DuplicateCampaignBody,
  type DuplicatedCampaign,
  type UpdateCampaignBody,
} from './contract.ts';
import { movedToPeriod } from './next-period.ts';
import { surveyFor } from '../surveys/lookup.ts';
import { pinTemplateVersion } from '../surveys/versions.ts';
import type { SurveyDefinition } from '../../surveys/schema.ts';
import { smsForm } from '../../surveys/sms/form.ts';
import { checkTextSettings } from './text-settings.ts';

const notDraft = () =>
  new AppError('CAMPAIGN_NOT_DRAFT', 'This campaign was launched: it can no longer be changed this way.');

/** The fields of `body` that a launched campaign keeps as they were sent; empty for an allowed edit. */
export function refusedAfterLaunch(body: UpdateCampaignBody): string[] {
  const allowed: readonly string[] = editableAfterLaunch;
  return Object.keys(body).filter((k) => !allowed.includes(k));
}

/** Changes a draft: any field, checked again as a whole (dates in order, template published). */
export async function editDraft(
  deps: Pick<Deps, 'db' | 'clock'>,
  campaign: Campaign,
  body: UpdateCampaignBody,
): Promise<Campaign> {
  if (campaign.status !== 'draft') throw notDraft();
  const change: DraftChange = {};
  let def: SurveyDefinition | undefined;
  if (body.templateId !== undefined || body.templateVersion !== undefined) {
    const templateId = body.templateId ?? campaign.templateId;
    // A new template without a version takes its newest; the same template keeps its pinned version.
    const version =
      body.templateVersion ?? (templateId === campaign.templateId ? campaign.templateVersion : undefined);
    def = await surveyFor(deps, campaign.partnershipId, templateId, version);
    await pinTemplateVersion(deps, def);
    change.template_id = def.id;
    change.template_version = def.version;
    // Another kind of survey is for other people, unless the edit names them.
    if (def.id !== campaign.templateId && body.audience === undefined) {
      change.audience = JSON.stringify({ ...campaign.audience, kinds: defaultKinds[def.kind] });
    }
  }
  const opensOn = body.opensOn ?? campaign.opensOn;
  const closesOn = body.closesOn ?? campaign.closesOn;
  if (closesOn < opensOn) {
    throw new AppError('VALIDATION_FAILED', 'Some fields are missing or invalid.', [
      { path: body.closesOn ? 'closesOn' : 'opensOn', message: 'The close date is before the open date.' },
    ]);
  }
  if (body.name !== undefined) change.name = body.name;
  if (body.period !== undefined) change.period = body.period;
  if (body.audience !== undefined) {
    const kind = (await surveyFor(deps, campaign.partnershipId, change.template_id ?? campaign.templateId))
      .kind;
    const kinds = body.audience.kinds ?? defaultKinds[kind];
    change.audience = JSON.stringify({ ...body.audience, kinds });
  }
  if (body.segmentAttributes !== undefined)
    change.segment_attributes = JSON.stringify(body.segmentAttributes);
  if (body.opensOn !== undefined) change.opens_on = body.opensOn;
  if (body.closesOn !== undefined) change.closes_on = body.closesOn;
  if (body.openLink?.hourlyLimit !== undefined) change.open_link_hourly_limit = body.openLink.hourlyLimit;
  if (body.openLink?.totalLimit !== undefined) change.open_link_total_limit = body.openLink.totalLimit;
  if (body.channels !== undefined) change.channels = JSON.stringify([...new Set(body.channels)]);
  if (body.reminderDays !== undefined) change.reminder_days = JSON.stringify(body.reminderDays);
  await changeTextSettings(deps, campaign, body, change, def);
  if (Object.keys(change).length > 0 && !(await updateDraft(deps, campaign.id, change))) throw notDraft();
  return getCampaign(deps, campaign.id);
}

/** Answering by text, checked as the draft will be after the edit (text-settings.ts), into `change`. */
async function changeTextSettings(
  deps: Pick<Deps, 'db'>,
  campaign: Campaign,
  body: UpdateCampaignBody,
  change: DraftChange,
  newDef: SurveyDefinition | undefined,
): Promise<void> {
  const touched = newDef || body.channels || body.smsAnswers || body.textKeyword !== undefined;
  if (!touched) return;
  const def =
    newDef ?? (await surveyFor(deps, campaign.partnershipId, campaign.templateId, campaign.templateVersion));
  const keyword = await checkTextSettings(
    deps,
    {
      campaignId: campaign.id,
      def,
      channels: body.channels ?? campaign.channels,
      openLinkEnabled: campaign.openLink.enabled,
      smsAnswers: body.smsAnswers ?? campaign.smsAnswers,
      textKeyword: body.textKeyword !== undefined ? body.textKeyword : campaign.textKeyword,
    },
    body.textKeyword !== undefined,
  );
  if (body.smsAnswers !== undefined) change.sms_answers = body.smsAnswers;
  if (body.textKeyword !== undefined) change.text_keyword = keyword;
}

/** Deletes a campaign that never launched; a launched one keeps its record (409). */
export async function deleteNeverLaunched(deps: Pick<Deps, 'db'>, campaign: Campaign): Promise<void> {
  const deleted = campaign.status === 'draft' && (await deleteDraft(deps, campaign.id));
  if (!deleted) {
    throw new AppError(
      'CAMPAIGN_NOT_DRAFT',
      'This campaign was launched, so its invitations and answers stay on record: close it instead.',
    );
  }
}

/**
 * A new draft for the next period (or `body.period`): the audience, breakdowns, channels, reminder
 * days, open-link limits and way of answering texts (while the newest version has SMS texts) carried over; the name and dates moved; the template's newest published
 * version, with the version it moved from when that differs. The open link is not carried: a new
 * campaign gets its own.
 */
export async function duplicateCampaign(
  deps: Pick<Deps, 'db' | 'clock' | 'random'>,
  campaign: Campaign,
  body: DuplicateCampaignBody,
): Promise<DuplicatedCampaign> {
  const partnership = await getPartnership(deps, campaign.partnershipId);
  const moved = movedToPeriod(campaign, partnership.reviewYear, body.period);
  const newest = await surveyFor(deps, campaign.partnershipId, campaign.templateId);
  const copy = await createCampaign(deps, campaign.partnershipId, {
    ...moved,
    templateId: campaign.templateId,
    templateVersion: newest.version,
    audience: campaign.audience,
    segmentAttributes: campaign.segmentAttributes,
    openLink: { hourlyLimit: campaign.openLink.hourlyLimit, totalLimit: campaign.openLink.totalLimit },
    channels: campaign.channels,
    reminderDays: campaign.reminderDays,
    // The keyword is the open link's, which is not carried; answering by text is, while it can be.
    smsAnswers: smsForm(newest) ? campaign.smsAnswers : 'link',
  });
  const templateChanged =
    newest.version === campaign.templateVersion
      ? null
      : { from: campaign.templateVersion, to: newest.version };
  return { campaign: copy, templateChanged };
}
