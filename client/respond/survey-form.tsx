// The page body, the same markup from the server (a plain form that works without JavaScript) and from
// the island (buttons call `onAction` instead of posting), so the island takes over without a jump.
import type { Ref } from 'preact';
import { format } from '../../surveys/format.ts';
import type { AnswerError } from '../../surveys/logic.ts';
import { LanguageLinks } from './language-links.tsx';
import { Question, type SetAnswer } from './questions.tsx';
import type { Action, PageData, RawAnswers } from './types.ts';
import type { ShownQuestion } from './view.ts';

export interface SurveyViewProps {
  /** `text` is read only for the poster's "start over", so the dashboard's preview may leave it out. */
  data: Pick<PageData, 'survey' | 'ui' | 'lang' | 'post' | 'startOver'> & Partial<Pick<PageData, 'text' | 'others'>>;
  step: number;
  questions: ShownQuestion[];
  answers: RawAnswers;
  errors: Record<string, AnswerError>;
  /** No later section has anything to show: the main button sends the answers. */
  last: boolean;
  notice?: string | null | undefined;
  busy?: boolean;
  set?: SetAnswer;
  onAction?: (action: Action) => void;
  onLanguage?: (e: Event) => void;
  summaryRef?: Ref<HTMLDivElement>;
  headingRef?: Ref<HTMLHeadingElement>;
}

/** A title and a few words: thanks, saved, and every reason a link cannot be answered. */
export function Message({ title, body }: { title: string; body: string }) {
  return (
    <div class="msg">
      <h1 tabIndex={-1}>{title}</h1>
      <p>{body}</p>
    </div>
  );
}

export function SurveyView(p: SurveyViewProps) {
  const { survey, ui, lang } = p.data;
  const section = survey.sections[p.step]!;
  const total = survey.sections.length;
  const wrong = p.questions.filter(({ q }) => p.errors[q.id]);
  // A reloaded page opens at the top; in the island the person is looking at the button they tapped.
  const notice = p.notice && (
    <p class="notice" role="alert">
      {p.notice}
    </p>
  );
  const button = (action: Action, label: string, cls?: string) => (
    <button
      type={p.onAction ? 'button' : 'submit'}
      name="_action"
      value={action}
      class={cls}
      disabled={p.busy}
      onClick={p.onAction && (() => p.onAction!(action))}
    >
      {label}
    </button>
  );
  return (
    <form method="post" action={p.data.post} onSubmit={p.onAction && ((e) => e.preventDefault())}>
      <div class="top">
        <h1>{survey.title}</h1>
        <LanguageLinks
          others={p.data.others ?? []}
          label={ui.otherLanguages}
          href={(tag) => `?lang=${tag}&step=${p.step + 1}`}
          onClick={p.onLanguage}
        />
      </div>
      {/* First after the title, so a page re-sent with errors shows them without scrolling. */}
      {wrong.length > 0 && (
        <div class="sum" role="alert" tabIndex={-1} ref={p.summaryRef}>
          <h2>{ui.errorSummary}</h2>
          <ul>
            {wrong.map(({ q }) => (
              <li key={q.id}>
                <a href={`#f-${q.id}`}>{`${q.text} ${ui.errors[p.errors[q.id]!]}`}</a>
              </li>
            ))}
          </ul>
        </div>
      )}
      {!p.onAction && notice}
      <p class="note">{ui.anonymityNote}</p>
      {p.step === 0 && (
        <p>
          {survey.intro} {survey.length}.
        </p>
      )}
      <p class="prog">{format(ui.progress, { n: p.step + 1, total })}</p>
      <div class="bar" aria-hidden="true">
        <i style={`width:${Math.round(((p.step + 1) / total) * 100)}%`} />
      </div>
      <h2 tabIndex={-1} ref={p.headingRef}>
        {section.title}
      </h2>
      {section.intro && <p>{section.intro}</p>}
      {p.questions.map(({ q, hint }) => (
        <Question
          key={q.id}
          q={q}
          hint={hint}
          value={p.answers[q.id]}
          error={p.errors[q.id]}
          ui={ui}
          set={p.set}
        />
      ))}
      <input type="hidden" name="_step" value={String(p.step + 1)} />
      <input type="hidden" name="_lang" value={lang} />
      {p.onAction && notice}
      <div class="actions">
        {p.last ? button('submit', ui.submit, 'primary') : button('next', ui.next, 'primary')}
        {p.step > 0 && button('back', ui.back)}
        {button('save', ui.saveLater, 'link')}
        {p.data.startOver && p.data.text && button('restart', p.data.text.startOver, 'link')}
      </div>
    </form>
  );
}
