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
import { when } from './labels.ts';

export function EditorBar(p: {
  blocking: number;
  checksCurrent: boolean;
  onPublished: (published: Publication) => void;
  onServerFindings: (findings: Finding[]) => void;
  reload: () => void;
}) {
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
    <div class="editor-bar" role="region" aria-label="Save and publish">
      <p role="status" class="save-state" id="save-state" tabIndex={-1}>
        {ed.saving
          ? 'Saving…'
          : ed.dirty
            ? 'Unsaved changes.'
            : ed.savedAt
              ? `Version ${version} draft, saved ${when(ed.savedAt)}.`
              : ''}
      </p>
      {problem?.code === 'DRAFT_CHANGED' ? (
        <div class="form-error" role="alert">
          <p>Someone else saved this survey since you opened it, so your save was not made.</p>
          <button
            type="button"
            onClick={async () => {
              await ed.refetch();
              ed.focusLater('save-state');
            }}
          >
            Load their version (your unsaved changes are dropped)
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
          Save draft<span class="hint"> (Ctrl+S)</span>
        </button>
        <button
          type="button"
          class="primary"
          disabled={p.blocking > 0 || !p.checksCurrent || busy || ed.saving}
          aria-describedby="publish-why"
          onClick={() => void publish()}
        >
          Publish version {version}
        </button>
        {survey.versions.length > 0 ? (
          <ConfirmAction
            id="discard"
            label="Discard this draft"
            question={`Discard the draft of version ${version}? Version ${version - 1} stays as it is.`}
            yes="Discard it"
            no="Keep it"
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
            label="Delete this survey"
            question={`Delete “${survey.name}”? It was never published, so nothing else uses it.`}
            yes="Delete it"
            no="Keep it"
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
        {p.blocking > 0 ? `${p.blocking} blocking` : 'Nothing blocks publishing'}
      </p>
      <p class="hint" id="publish-why">
        {p.blocking > 0
          ? `Publishing waits for ${p.blocking} blocking ${p.blocking === 1 ? 'finding' : 'findings'} (listed under Checks).`
          : 'Publishing saves the draft and freezes it as a version campaigns can use; it never changes after.'}
      </p>
    </div>
  );
}
