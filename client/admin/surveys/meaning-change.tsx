// Rewording a scored item that an earlier version asked: did its meaning change? If it did, answers
// to the new wording must not be joined to the old trend, so the item takes a new id that says which
// one it replaces; if not, it keeps its id and its trend goes on.
import type { DraftQuestion } from '../../../surveys/draft.ts';
import type { Question } from '../../../surveys/schema.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { fieldId, questionPath } from './findings.ts';
import { giveNewId, restoreId } from './structure-ops.ts';

/** An agree item whose text differs from the earlier version's, not yet answered for. */
export function asksMeaning(q: DraftQuestion, before: Question | undefined, kept: ReadonlySet<string>) {
  if (!before || q.type !== 'agree5' || q.replaces !== undefined || kept.has(q.id)) return false;
  return (q.text.en ?? '') !== before.text.en || (q.text.es ?? '') !== before.text.es;
}

export function MeaningChange({ si, qi }: { si: number; qi: number }) {
  const t = useWords('surveys');
  const { ed, say } = useEd();
  const q = ed.draft.sections[si]!.questions[qi]!;
  const base = fieldId(questionPath(si, qi));
  if (q.replaces !== undefined)
    return (
      <div class="notice">
        <p>{t.rich('replacesItem', { id: q.replaces, code: (chunks) => <code>{chunks}</code> })}</p>
        <button
          type="button"
          id={`${base}-same-meaning`}
          onClick={() => {
            const ok = ed.change((w) => restoreId(w, si, qi));
            say(t(ok ? 'backToId' : 'idTaken', { id: q.replaces }));
            ed.focusLater(`${base}-toggle`);
          }}
        >
          {t('keepId', { id: q.replaces })}
        </button>
      </div>
    );
  if (!asksMeaning(q, ed.previousQuestions.get(q.id), ed.work.kept)) return null;
  return (
    <div class="notice ask" role="group" aria-labelledby={`${base}-meaning`}>
      <p id={`${base}-meaning`}>
        {t.rich('meaningAsk', {
          text: <span lang="en">{ed.previousQuestions.get(q.id)!.text.en}</span>,
          strong: (chunks) => <strong>{chunks}</strong>,
        })}
      </p>
      <div class="row">
        <button
          type="button"
          onClick={() => {
            ed.change((w) => giveNewId(w, si, qi));
            ed.focusLater(`${base}-same-meaning`);
            say(t('newIdSaid'));
          }}
        >
          {t('newItemYes')}
        </button>
        <button
          type="button"
          onClick={() => {
            ed.change((w) => void w.kept.add(q.id), false);
            ed.focusLater(
              () =>
                document.getElementById(fieldId([...questionPath(si, qi), 'text', 'en'])) ??
                document.getElementById(`${base}-toggle`),
            );
          }}
        >
          {t('sameMeaning')}
        </button>
      </div>
    </div>
  );
}
