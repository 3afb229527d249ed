// /admin/surveys/:id: one of the partnership's own surveys. Staff who edit get the draft editor (or,
// when every version is published, a way to start the next); viewers read. Publishing reloads the
// survey and shows what the new version changed.
import { useState } from 'preact/hooks';
import { surveyLanguages } from '../../../surveys/schema.ts';
import { read, server } from '../api.ts';
import type { ScreenProps } from '../shell/routes.ts';
import { useForm } from '../use-form.ts';
import { canWrite, useSession } from '../use-session.ts';
import { FormMessage } from '../ui/field.tsx';
import { Loaded } from '../ui/status.tsx';
import { DraftWorkspace } from './draft-workspace.tsx';
import { useWords } from '../i18n/use-locale.ts';
import { kindKeys } from './labels.ts';
import { SurveyPreviewFrame } from './preview-frame.tsx';
import { PublishResult, type Publication } from './publish-result.tsx';
import { ReadOnlySurvey } from './read-only.tsx';
import { RenameSurvey } from './rename.tsx';
import { Translation } from './translation.tsx';
import { useSurvey, type EditorData } from './use-survey.ts';
import { Versions } from './versions.tsx';
import { ViewNav, viewOf, type View } from './view-nav.tsx';

export default function SurveyEditor({ params, query }: ScreenProps) {
  const { user } = useSession();
  const t = useWords('surveys');
  const state = useSurvey(params.id!);
  const [published, setPublished] = useState<Publication | null>(null);
  // A new name is shown as given, without loading the survey again over the draft being edited.
  const [renamed, setRenamed] = useState<string | null>(null);
  const view = viewOf(query);
  return (
    <Loaded state={state} what={t('theSurvey')}>
      {(data) => {
        const s = data.survey;
        const latest = s.versions.at(-1);
        return (
          <div class="survey-editor">
            <p>
              <a href="/admin/surveys">{t('surveys')}</a>
            </p>
            <h1 tabIndex={-1}>{renamed ?? s.name}</h1>
            <p class="muted">
              {t('surveyMeta', {
                kind: t(kindKeys[s.kind]),
                template: s.basedOn.templateId,
                version: s.basedOn.version,
                latest: latest ? String(latest.version) : 'none',
              })}
            </p>
            {canWrite(user) && (
              <RenameSurvey surveyId={s.id} name={renamed ?? s.name} onRenamed={setRenamed} />
            )}
            <ViewNav surveyId={s.id} view={view} />
            {published && <PublishResult surveyId={s.id} published={published} />}
            {!canWrite(user) ? (
              <Viewer data={data} view={view} />
            ) : s.draftDefinition ? (
              <DraftWorkspace
                key={`${s.draft?.savedAt}|${s.versions.length}`}
                data={data}
                draft={s.draftDefinition}
                view={view}
                reload={state.reload}
                onPublished={(p) => {
                  setPublished(p);
                  state.reload();
                }}
              />
            ) : (
              <Published data={data} view={view} reload={state.reload} />
            )}
          </div>
        );
      }}
    </Loaded>
  );
}

/** Views that need no draft: the preview and versions of what is published, the downloads. */
function Shared({ data, view, write }: { data: EditorData; view: View; write: boolean }) {
  const t = useWords('surveys');
  const s = data.survey;
  const languages = s.draftDefinition?.languages ?? surveyLanguages(data.previous);
  if (view === 'preview')
    return (
      <section aria-labelledby="preview-h">
        <h2 id="preview-h">{t('previewAtPhoneSize')}</h2>
        <SurveyPreviewFrame surveyId={s.id} reloadKey={s.draft?.savedAt ?? null} languages={languages} />
      </section>
    );
  if (view === 'versions')
    return (
      <section aria-labelledby="versions-h">
        <h2 id="versions-h">{t('publishedVersions')}</h2>
        <Versions survey={s} />
      </section>
    );
  return (
    <Translation
      surveyId={s.id}
      languages={languages}
      canWrite={write}
      save={async () => true}
      onImported={() => {}}
    />
  );
}

function Viewer({ data, view }: { data: EditorData; view: View }) {
  if (view !== 'edit') return <Shared data={data} view={view} write={false} />;
  const draft = data.survey.draftDefinition;
  return <ReadOnlySurvey def={draft ?? data.previous} draft={draft !== null} />;
}

/** Every version published and no draft: the next edit starts the draft of the next version. */
function Published({ data, view, reload }: { data: EditorData; view: View; reload: () => void }) {
  const t = useWords('surveys');
  const form = useForm();
  const s = data.survey;
  const next = (s.versions.at(-1)?.version ?? 0) + 1;
  if (view !== 'edit') return <Shared data={data} view={view} write={false} />;
  return (
    <section class="card" aria-labelledby="next-h">
      <h2 id="next-h">{t('nextVersion')}</h2>
      <p>{t('nextVersionBody', { published: next - 1, next })}</p>
      <FormMessage message={form.message} />
      <button
        type="button"
        class="primary"
        disabled={form.busy}
        onClick={async () => {
          const out = await form.submit(() =>
            read(server.api.surveys[':id'].draft.$post({ param: { id: s.id } })),
          );
          if (!out) return;
          // This card gives way to the editor: the screen's heading keeps focus meanwhile.
          document.querySelector<HTMLElement>('main h1')?.focus();
          reload();
        }}
      >
        {t('startVersion', { next })}
      </button>
    </section>
  );
}
