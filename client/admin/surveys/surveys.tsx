// /admin/surveys: the partnership's own surveys, each a built-in template (or an earlier survey of its
// own) edited into its own versions. Admins and analysts start and import them; viewers read.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { ImportSurvey } from './import-survey.tsx';
import { NewSurvey } from './new-survey.tsx';
import { SurveyList } from './survey-list.tsx';
import { useWords } from '../i18n/use-locale.ts';

export default function Surveys() {
  const { current, user } = useSession();
  const t = useWords('surveys');
  const state = useApi(current?.id ?? null, async (id) => {
    const [{ surveys }, { templates }] = await Promise.all([
      read(server.api.partnerships[':id'].surveys.$get({ param: { id } })),
      read(server.api.templates.$get()),
    ]);
    return { surveys, templates };
  });
  return (
    <>
      <h1 tabIndex={-1}>{t('surveys')}</h1>
      <p>{t('surveysIntro')}</p>
      {!current ? (
        <Empty>{t('startPartnershipFirst')}</Empty>
      ) : (
        <Loaded state={state} what={t('theSurveys')}>
          {({ surveys, templates }) => (
            <>
              <SurveyList surveys={surveys} />
              {canWrite(user) ? (
                <div class="grid">
                  <NewSurvey partnershipId={current.id} templates={templates} surveys={surveys} />
                  <ImportSurvey partnershipId={current.id} />
                </div>
              ) : (
                <p>{t('viewersStart')}</p>
              )}
            </>
          )}
        </Loaded>
      )}
    </>
  );
}
