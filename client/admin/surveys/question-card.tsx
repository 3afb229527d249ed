// One question in the editor: always its heading, what it is, its reading grade and its findings, with
// buttons to open it, move it and remove it; opened, every field of it. Moving keeps focus on the
// moved question's button, wherever the question lands.
import type { WordsOf } from '../../shared/i18n/areas.ts';
import type { DraftQuestion } from '../../../surveys/draft.ts';
import { ConfirmAction } from '../campaigns/confirm-action.tsx';
import { useFormats } from '../i18n/use-formats.ts';
import { useWords } from '../i18n/use-locale.ts';
import { useEd } from './editor-context.ts';
import { FindingList } from './finding-list.tsx';
import { fieldId, ofQuestion, questionPath } from './findings.ts';
import { byLanguage, typeKeys } from './labels.ts';
import { MeaningChange } from './meaning-change.tsx';
import { QuestionFields } from './question-fields.tsx';
import { moveQuestion, removeQuestion } from './structure-ops.ts';
import { sr } from './sr.tsx';
import { firstEnabled } from './use-focus.ts';

function summary(t: WordsOf<'surveys'>, q: DraftQuestion, dimensionName: (id: string) => string): string {
  return [
    t(typeKeys[q.type]),
    t(q.required ? 'required' : 'optional'),
    q.dimension && t('scoredIn', { dimension: dimensionName(q.dimension) }),
    q.reverse && t('reversed'),
    q.showIf &&
      t('shownOnlyIf', { question: q.showIf.question, answers: q.showIf.in.join(t('orSeparator')) }),
    q.sms && t('askedByText'),
  ]
    .filter(Boolean)
    .join(', ');
}

export function QuestionCard(p: { si: number; qi: number; number: number; last: boolean }) {
  const t = useWords('surveys');
  const f = useFormats();
  const { ed, findings, grades, say } = useEd();
  const { si, qi } = p;
  const q = ed.draft.sections[si]!.questions[qi]!;
  const base = fieldId(questionPath(si, qi));
  const open = ed.work.open.has(q.id);
  const mine = ofQuestion(findings, si, qi);
  const grade = grades[questionPath(si, qi).join('.')];
  const dimensionName = (id: string) => ed.draft.dimensions.find((d) => d.id === id)?.label.en || id;

  function move(dir: -1 | 1) {
    const at = ed.change((w) => moveQuestion(w, si, qi, dir));
    if (!at) return;
    const to = fieldId(questionPath(at.si, at.qi));
    const [same, other] = dir < 0 ? ['up', 'down'] : ['down', 'up'];
    ed.focusLater(() => firstEnabled(`${to}-${same}`, `${to}-${other}`));
    say(t('questionMoved', { section: at.si + 1, place: at.qi + 1 }));
  }

  function remove() {
    // Focus goes to the question that took its place (or the one before it), else to "Add a question".
    const left = ed.change((w) => (removeQuestion(w, si, qi), w.d.sections[si]!.questions.length));
    ed.focusLater(() =>
      left > 0
        ? document.getElementById(`${fieldId(questionPath(si, Math.min(qi, left - 1)))}-toggle`)
        : document.getElementById(`${fieldId(['sections', si])}-add`),
    );
    say(t('questionRemoved', { id: q.id }));
  }

  return (
    <li class={`question-card${open ? ' open' : ''}`} id={base} tabIndex={-1} aria-labelledby={`${base}-h`}>
      <h3 id={`${base}-h`}>
        {/* The survey's own English, marked so for a screen reader reading the screen in Spanish. */}
        {p.number}. {q.text.en?.trim() ? <span lang="en">{q.text.en.trim()}</span> : t('newQuestion')}
      </h3>
      <p class="muted small">
        {t.rich('questionMeta', {
          summary: summary(t, q, dimensionName),
          id: q.id,
          code: (chunks) => <code>{chunks}</code>,
        })}
        {grade && t('questionGrade', { grades: byLanguage(t, f, grade) })}
      </p>
      <FindingList items={mine} label={t('checksOnQuestion', { n: p.number })} />
      <MeaningChange si={si} qi={qi} />
      <div class="row">
        <button
          type="button"
          id={`${base}-toggle`}
          aria-expanded={open}
          aria-controls={`${base}-body`}
          onClick={() => ed.change((w) => void (open ? w.open.delete(q.id) : w.open.add(q.id)), false)}
        >
          {t.rich(open ? 'closeQuestion' : 'editQuestion', { n: p.number, sr })}
        </button>
        <button type="button" id={`${base}-up`} disabled={si === 0 && qi === 0} onClick={() => move(-1)}>
          {t.rich('moveUpQuestion', { n: p.number, sr })}
        </button>
        <button type="button" id={`${base}-down`} disabled={p.last} onClick={() => move(1)}>
          {t.rich('moveDownQuestion', { n: p.number, sr })}
        </button>
        <ConfirmAction
          id={`${base}-remove`}
          label={t('removeQuestion', { n: p.number })}
          question={t('removeQuestionAsk', { n: p.number, id: q.id })}
          yes={t('removeIt')}
          no={t('keepIt')}
          danger
          busy={false}
          onConfirm={remove}
        >
          {null}
        </ConfirmAction>
      </div>
      <div id={`${base}-body`} hidden={!open}>
        {open && <QuestionFields si={si} qi={qi} />}
      </div>
    </li>
  );
}
