// Create a campaign from a survey: a built-in one, or a published version of one of the partnership's
// own (?template=&version= opens the form on it, as the survey editor links here). The fields are
// campaign-form.tsx's.
import { createCampaignBody, defaultKinds } from '../../../server/campaigns/contract.ts';
import type { TemplateSummary } from '../../../surveys/index.ts';
import type { Organization } from '../../../server/partnerships/contract.ts';
import type { OwnSurvey } from '../../../server/surveys/contract.ts';
import { read, server } from '../api.ts';
import { useWords } from '../i18n/use-locale.ts';
import { navigate } from '../router.ts';
import { useApi } from '../use-api.ts';
import { useForm } from '../use-form.ts';
import { useSession } from '../use-session.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { choiceKey, surveyChoices, useOwnSurveys } from '../surveys/survey-choices.ts';
import { Loaded } from '../ui/status.tsx';
import { bodyOf, CampaignForm, type CampaignValues } from './campaign-form.tsx';
import { currentPeriod, today, addDays } from './dates.ts';

export default function NewCampaign({ query }: Partial<ScreenProps>) {
  const { current } = useSession();
  const t = useWords('campaigns');
  const templates = useApi('templates', () => read(server.api.templates.$get()));
  const orgs = useApi(current?.id ?? null, (id) =>
    read(server.api.partnerships[':id'].organizations.$get({ param: { id } })),
  );
  const own = useOwnSurveys(current?.id ?? null);
  const version = Number(query?.get('version'));
  const asked = choiceKey(
    query?.get('template') ?? '',
    Number.isInteger(version) && version > 0 ? version : undefined,
  );
  if (!current) return <h1 tabIndex={-1}>{t('startPartnershipTitle')}</h1>;
  return (
    <>
      <h1 tabIndex={-1}>{t('newCampaign')}</h1>
      <Loaded state={templates} what={t('theTemplates')}>
        {({ templates }) => (
          <Loaded state={orgs} what={t('theOrganizations')}>
            {({ organizations }) => (
              <Loaded state={own} what={t('yourSurveysLoading')}>
                {({ surveys }) => (
                  <Create templates={templates} own={surveys} asked={asked} organizations={organizations} />
                )}
              </Loaded>
            )}
          </Loaded>
        )}
      </Loaded>
    </>
  );
}

function Create({
  templates,
  own,
  asked,
  organizations,
}: {
  templates: TemplateSummary[];
  own: OwnSurvey[];
  /** The survey the form opens on, when the address names one. */
  asked: string;
  organizations: Organization[];
}) {
  const p = useSession().current!;
  const form = useForm();
  const t = useWords('campaigns');
  const choices = surveyChoices(templates, own, t);
  const first = choices.find((c) => c.key === asked) ?? choices[0]!;
  const opens = today(p.timeZone);
  const period = currentPeriod(p.reviewYear, opens);
  const initial: CampaignValues = {
    templateId: first.templateId,
    ...(first.version !== undefined && { templateVersion: first.version }),
    name: `${first.title} ${period}`,
    period,
    opensOn: opens,
    closesOn: addDays(opens, 21),
    channels: ['sms', 'email'],
    reminderDays: '3, 7',
    kinds: defaultKinds[first.kind],
    organizationIds: [],
    attribute: { name: '', values: '' },
    segmentAttributes: '',
    hourlyLimit: '60',
    totalLimit: '2000',
  };

  async function create(v: CampaignValues) {
    const body = form.check(createCampaignBody, bodyOf(v));
    if (!body) return;
    const out = await form.submit(() =>
      read(server.api.partnerships[':id'].campaigns.$post({ param: { id: p.id }, json: body })),
    );
    if (out) navigate(`/admin/campaigns/${out.campaign.id}`);
  }

  return (
    <CampaignForm
      partnershipId={p.id}
      templates={templates}
      own={own}
      organizations={organizations}
      initial={initial}
      mode="new"
      form={form}
      submitLabel={t('createCampaign')}
      busyLabel={t('creating')}
      note={t('sentAfterNext')}
      onSubmit={create}
    />
  );
}
