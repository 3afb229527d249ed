/**
 * Answering by text (issue 18), as the invitations and the conversation engine share it: the word a
 * worker replies to an invitation to start answering the survey by text. An invitation of a 'text' or
 * 'both' campaign (campaigns/text-settings.ts) says it in the contact's language (surveys/words/ `sms`
 * `invitationText`, `invitationBoth` and their reminders, through its {reply} placeholder), and the
 * engine reads it: one constant, so the two never disagree. Below, what the campaign screen shows.
 */
import { languageOf } from '../../surveys/language-list.ts';
import { conversationCost } from '../../surveys/sms/cost.ts';
import { smsForm } from '../../surveys/sms/form.ts';
import type { Campaign } from '../campaigns/contract.ts';
import type { Deps } from '../deps.ts';
import { surveyFor } from '../surveys/lookup.ts';
import { smsLength } from './sms-segments.ts';
import type { CampaignTextAnswers, ConversationCostLanguage } from './texting-contract.ts';

/** Reply this to an invitation to answer the survey by text: a digit, the same on every keyboard. */
export const startReply = '1';

/**
 * What the campaign screen shows of answering by text: whether the campaign can be, how it is set,
 * and one completed conversation's messages and segments per language of the survey's SMS texts,
 * counted by the carriers' rule (sms-segments.ts), as the `sms_conversation_segments` bench counts.
 */
export async function campaignTextAnswers(
  deps: Pick<Deps, 'db' | 'config'>,
  campaign: Campaign,
): Promise<CampaignTextAnswers> {
  const def = await surveyFor(deps, campaign.partnershipId, campaign.templateId, campaign.templateVersion);
  const form = smsForm(def);
  const conversation = (form?.languages ?? []).map((lang): ConversationCostLanguage => {
    const language = languageOf(lang)!;
    return {
      lang,
      name: language.name,
      english: language.english,
      encoding: language.sms,
      ...conversationCost(form!, lang, smsLength),
    };
  });
  return {
    smsForm: form !== null,
    smsChannel: campaign.channels.includes('sms'),
    smsAnswers: campaign.smsAnswers,
    textKeyword: campaign.textKeyword,
    startReply,
    textTo: deps.config.distribution.smsFrom,
    conversation,
  };
}
