// /admin/surveys: the partnership's own surveys, each a built-in template (or an earlier survey of its
// own) edited into its own versions. Admins and analysts start and import them; viewers read.
import { read, server } from '../api.ts';
import { useApi } from '../use-api.ts';
import { canWrite, useSession } from '../use-session.ts';
import { Empty, Loaded } from '../ui/status.tsx';
import { ImportSurvey } from './import-survey.tsx';
import { NewSurvey } from './new-survey.tsx';
import { SurveyList } from './survey-list.tsx';

export default function Surveys() {
  const { current, user } = useSession();
  const state = useApi(current?.id ?? null, async (id) => {
    const [{ surveys }, { templates }] = await Promise.all([
      read(server.api.partnerships[':id'].surveys.$get({ param: { id } })),
      read(server.api.templates.$get()),
    ]);
    return { surveys, templates };
  });
  return (
    <>
      <h1 tabIndex={-1}>Surveys</h1>
      <p>
        The built-in surveys stay as they are. A survey of your own starts from one of them: add a question
        for your sector, reword one, check it and publish it as a version campaigns can use. Its answers line
        up with the built-in survey's in reviews, question by question.
      </p>
      {!current ? (
        <Empty>Start a partnership first (Partnership, above).</Empty>
      ) : (
        <Loaded state={state} what="surveys">
          {({ surveys, templates }) => (
            <>
              <SurveyList surveys={surveys} />
              {canWrite(user) ? (
                <div class="grid">
                  <NewSurvey partnershipId={current.id} templates={templates} surveys={surveys} />
                  <ImportSurvey partnershipId={current.id} />
                </div>
              ) : (
                <p>Viewers read surveys; an analyst or an admin starts and changes them.</p>
              )}
            </>
          )}
        </Loaded>
      )}
    </>
  );
}
