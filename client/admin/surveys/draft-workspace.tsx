// The draft being edited, in the view chosen: the editor with its live checks, the preview as
// respondents get it, the published versions, or translation and sharing. Save and Publish sit above
// every view; the server's refusal to publish is shown beside the items until the next edit.
import { useState } from 'preact/hooks';
import type { Finding } from '../../../surveys/checks/index.ts';
import { draftLimits, type SurveyDraft } from '../../../surveys/draft.ts';
import type { Lang } from '../../../surveys/languages.ts';
import { useWords } from '../i18n/use-locale.ts';
import { ChecksSummary } from './checks-summary.tsx';
import { EditorContext, type EditorCtx } from './editor-context.ts';
import { EditorBar } from './editor-bar.tsx';
import { fieldId, keyed } from './findings.ts';
import { SurveyPreviewFrame } from './preview-frame.tsx';
import type { Publication } from './publish-result.tsx';
import { SectionCard } from './section-card.tsx';
import { SurveyFields } from './survey-fields.tsx';
import { Translation } from './translation.tsx';
import { useChecks } from './use-checks.ts';
import { useEditor } from './use-editor.ts';
import type { EditorData } from './use-survey.ts';
import type { View } from './view-nav.tsx';
import { Versions } from './versions.tsx';
import { addSection } from './structure-ops.ts';
import { WorkingLanguage } from './working-language.tsx';

/** The language shown beside English: the one chosen while the survey has it, else Spanish, else its first. */
function workingOf(languages: readonly Lang[], chosen: Lang | null): Lang | null {
  const others: Lang[] = languages.filter((l) => l !== 'en');
  if (chosen && others.includes(chosen)) return chosen;
  return others.includes('es') ? 'es' : (others[0] ?? null);
}

export function DraftWorkspace(p: {
  data: EditorData;
  draft: SurveyDraft;
  view: View;
  reload: () => void;
  onPublished: (published: Publication) => void;
}) {
  const t = useWords('surveys');
  const ed = useEditor(p.data, p.draft);
  const { check, current } = useChecks(ed.draft);
  const [refused, setRefused] = useState<{ draft: SurveyDraft; findings: Finding[] } | null>(null);
  const [said, say] = useState('');
  const [chosen, setWorking] = useState<Lang | null>(null);
  const working = workingOf(ed.draft.languages, chosen);
  const fromServer = refused?.draft === ed.draft ? refused.findings : [];
  const findings = keyed([...fromServer, ...(check?.findings ?? [])]);
  const ctx: EditorCtx = { ed, findings, grades: check?.grades ?? {}, working, setWorking, say };
  const blocking = findings.filter((f) => f.severity === 'blocking').length;
  const minutes = check ? Math.max(1, Math.round(check.estimate.minutes)) : null;
  let number = 1;

  return (
    <EditorContext.Provider value={ctx}>
      <EditorBar
        blocking={blocking}
        checksCurrent={current}
        onPublished={p.onPublished}
        onServerFindings={(list) => setRefused({ draft: ed.draft, findings: list })}
        reload={p.reload}
      />
      <p class="sr-only" role="status">
        {said}
      </p>
      {p.view === 'edit' && (
        <>
          <WorkingLanguage />
          <ChecksSummary estimate={check?.estimate ?? null} current={current} />
          <SurveyFields estimate={minutes} />
          {ed.draft.sections.map((s, si) => {
            const first = number;
            number += s.questions.length;
            return <SectionCard si={si} firstNumber={first} />;
          })}
          <button
            type="button"
            id="add-section"
            disabled={ed.draft.sections.length >= draftLimits.sections}
            onClick={() => {
              const si = ed.change((w) => addSection(w));
              ed.focusLater(fieldId(['sections', si, 'title', 'en']));
            }}
          >
            {t('addSection')}
          </button>
        </>
      )}
      {p.view === 'preview' && (
        <section aria-labelledby="preview-h">
          <h2 id="preview-h">{t('previewAtPhoneSize')}</h2>
          <p>{t('previewIntro')}</p>
          {ed.dirty && (
            <p class="notice">
              {t('previewUnsaved')}{' '}
              <button type="button" onClick={() => void ed.save()}>
                {t('saveAndPreview')}
              </button>
            </p>
          )}
          <SurveyPreviewFrame surveyId={ed.survey.id} reloadKey={ed.savedAt} languages={ed.draft.languages} />
        </section>
      )}
      {p.view === 'versions' && (
        <section aria-labelledby="versions-h">
          <h2 id="versions-h">{t('publishedVersions')}</h2>
          <Versions survey={ed.survey} />
        </section>
      )}
      {p.view === 'translate' && (
        <Translation
          surveyId={ed.survey.id}
          languages={ed.draft.languages}
          canWrite
          save={async () => !ed.dirty || ed.save()}
          onImported={() => void ed.refetch()}
        />
      )}
    </EditorContext.Provider>
  );
}
