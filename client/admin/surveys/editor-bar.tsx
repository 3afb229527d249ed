// Save and publish, above the draft: when it was saved, what stopped a save (someone else's newer save
// is offered in place of ours), and Publish, which waits while anything blocks it. The server checks
// again; what it still refuses is shown beside the items like the live checks.
import { useState } from 'preact/hooks';
import type { Finding } from '../../../surveys/checks/index.ts';
import type { Publication } from './publish-result.tsx';
import { ApiError, read, server } from '../api.ts';
import { ConfirmAction } from '../campaigns/confirm-action.tsx';
import { navigate } from '../router.ts';
import { useEd } from './editor-context.ts';
import { serverFindings } from './findings.ts';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';

export function EditorBar(p: {
  blocking: number;
  checksCurrent: boolean;
  onPublished: (published: Publication) => void;
  onServerFindings: (findings: Finding[]) => void;
  reload: () => void;
}) {
  const t = useWords('surveys');
  const f = useFormats();
  const { ed } = useEd();
  const { survey } = ed;
  const param = { id: survey.id };
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState<string | null>(null);
  const version = ed.draft.version;

  async function act(run: () => Promise<void>) {
    setMessage(null);
    setBusy(true);
    try {
      await run();
    } catch (err) {
      const e = err instanceof ApiError ? err : new ApiError(0, 'ERROR', String(err));
      if (e.code === 'CHECKS_FAILED') p.onServerFindings(serverFindings(e.details));
      setMessage(e.message);
    } finally {
      setBusy(false);
    }
  }

  const publish = () =>
    act(async () => {
      if (ed.dirty && !(await ed.save())) return;
      const out = await read(server.api.surveys[':id'].publish.$post({ param }));
      p.onPublished(out.published);
    });

  const problem = ed.problem;
  return (
    <div class="editor-bar" role="region" aria-label={t('saveAndPublish')}>
      <p role="status" class="save-state" id="save-state" tabIndex={-1}>
        {ed.saving
          ? t('saving')
          : ed.dirty
            ? t('unsaved')
            : ed.savedAt
              ? t('draftSaved', { version, when: f.moment(ed.savedAt) })
              : ''}
      </p>
      {problem?.code === 'DRAFT_CHANGED' ? (
        <div class="form-error" role="alert">
          <p>{t('draftChanged')}</p>
          <button
            type="button"
            onClick={async () => {
              await ed.refetch();
              ed.focusLater('save-state');
            }}
          >
            {t('loadTheirs')}
          </button>
        </div>
      ) : (
        problem && (
          <div class="form-error" role="alert">
            <p>{problem.message}</p>
            {problem.details.length > 0 && (
              <ul>
                {problem.details.map((d) => (
                  <li>{d}</li>
                ))}
              </ul>
            )}
          </div>
        )
      )}
      {message && (
        <p class="form-error" role="alert">
          {message}
        </p>
      )}
      <div class="row">
        <button
          type="button"
          aria-keyshortcuts="Control+S"
          disabled={!ed.dirty || ed.saving}
          onClick={() => void ed.save()}
        >
          {t('saveDraft')}
          <span class="hint"> (Ctrl+S)</span>
        </button>
        <button
          type="button"
          class="primary"
          disabled={p.blocking > 0 || !p.checksCurrent || busy || ed.saving}
          aria-describedby="publish-why"
          onClick={() => void publish()}
        >
          {t('publishVersion', { version })}
        </button>
        {survey.versions.length > 0 ? (
          <ConfirmAction
            id="discard"
            label={t('discardDraft')}
            question={t('discardAsk', { version, previous: version - 1 })}
            yes={t('discardIt')}
            no={t('keepIt')}
            danger
            busy={busy}
            onConfirm={() =>
              void act(async () => {
                await read(server.api.surveys[':id'].draft.$delete({ param }));
                // The bar goes with the draft: the screen's heading keeps focus meanwhile.
                document.querySelector<HTMLElement>('main h1')?.focus();
                p.reload();
              })
            }
          >
            {null}
          </ConfirmAction>
        ) : (
          <ConfirmAction
            id="delete"
            label={t('deleteSurvey')}
            question={t('deleteAsk', { name: survey.name })}
            yes={t('deleteIt')}
            no={t('keepIt')}
            danger
            busy={busy}
            onConfirm={() =>
              void act(async () => {
                await read(server.api.surveys[':id'].$delete({ param }));
                navigate('/admin/surveys');
              })
            }
          >
            {null}
          </ConfirmAction>
        )}
      </div>
      {/* Said when the count changes, not at every keystroke as the checks catch up. */}
      <p class="sr-only" role="status">
        {t('blockingStatus', { n: p.blocking })}
      </p>
      <p class="hint" id="publish-why">
        {t('publishWhy', { n: p.blocking })}
      </p>
    </div>
  );
}
