// The respondent island: takes over the server-rendered form so sections change without reloads, skip
// logic and validation run live (surveys/logic.ts, the same rules as the server), and the draft is
// saved through the JSON endpoints. Without it the plain form still works end to end.
import { render } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import type { UiText } from '../../surveys/i18n.ts';
import { coerceFormAnswers, validateAnswers, type AnswerError } from '../../surveys/logic.ts';
import { postAnswers, type Sent } from './api.ts';
import { Message, SurveyView } from './survey-form.tsx';
import type { Action, PageData, RawAnswers } from './types.ts';
import { cleanValues, findStep, liveQuestions } from './view.ts';

type Done = { title: string; body: string };

/** What to show for an error code from the JSON endpoints: a whole-page message, or a notice on the form. */
function explain(d: PageData, sent: Sent & { ok: false }): Done | string {
  const ui: UiText = d.ui;
  const pages: Record<string, Done> = {
    LINK_USED: { title: ui.usedTitle, body: ui.usedBody },
    LINK_UNKNOWN: { title: ui.unknownTitle, body: ui.unknownBody },
    CAMPAIGN_CLOSED: { title: ui.closedTitle, body: ui.closedBody },
    CAMPAIGN_NOT_OPEN: { title: ui.notOpenTitle, body: ui.notOpenBody },
  };
  if (sent.code && pages[sent.code]) return pages[sent.code]!;
  return sent.code === 'RATE_LIMITED' ? d.text.tooFast : d.text.offline;
}

function Island({ d }: { d: PageData }) {
  const [answers, setAnswers] = useState<RawAnswers>(d.answers);
  const [step, setStep] = useState(d.step);
  const [errors, setErrors] = useState<Record<string, AnswerError>>(d.errors ?? {});
  const [checking, setChecking] = useState(d.errors !== undefined);
  const [notice, setNotice] = useState<string | null>(d.notice ?? null);
  const [done, setDone] = useState<Done | null>(null);
  const [busy, setBusy] = useState(false);
  const summary = useRef<HTMLDivElement>(null);
  const heading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  const { survey } = d;
  const values = cleanValues(survey, answers);
  const section = survey.sections[step]!;

  useEffect(() => {
    if (!moved.current) return;
    window.scrollTo(0, 0);
    // Focus the new heading so screen readers announce the new section (or the closing message).
    (heading.current ?? document.querySelector<HTMLElement>('#app h1'))?.focus();
  }, [step, done]);

  const sectionErrors = (a: RawAnswers) => validateAnswers(survey, a, { sectionIds: [section.id] }).errors;
  const showErrors = (e: Record<string, AnswerError>) => {
    setErrors(e);
    setChecking(true);
    // Wait for the summary to render, then move focus to it so it is read out and in view.
    setTimeout(() => summary.current?.focus(), 0);
  };
  const go = (next: number) => {
    moved.current = true;
    setStep(next);
    setErrors({});
    setChecking(false);
    // The address follows the section, so reloading the page (or reopening the link) lands here too.
    history.replaceState(null, '', `?step=${next + 1}&lang=${d.lang}`);
  };
  const finish = (message: Done, sent?: boolean) => {
    moved.current = true;
    setDone(message);
    // After sending: no token in the address any more, and Back does not lead to a sent form.
    if (sent) history.replaceState(null, '', `/s/thanks?lang=${d.lang}`);
  };
  const save = async () => {
    const sent = await postAnswers(`${d.post}/draft`, values);
    if (sent.ok) setNotice(null);
    else {
      const why = explain(d, sent);
      if (typeof why === 'string') setNotice(why);
      else finish(why);
    }
    return sent.ok;
  };

  const set = (id: string, value: unknown) => {
    const next = { ...answers, [id]: value };
    setAnswers(next);
    if (checking) setErrors(sectionErrors(next));
  };

  const act = async (action: Action) => {
    if (busy) return;
    if (action === 'restart') {
      // The plain form's own path: the server drops the draft, then the first section loads afresh.
      setBusy(true);
      const body = new URLSearchParams({ _action: 'restart' });
      const sent = await fetch(d.post, { method: 'POST', body, redirect: 'manual' }).then(
        () => true,
        () => false,
      );
      if (sent) return location.assign(`?step=1&lang=${d.lang}`);
      setNotice(d.text.offline);
      return setBusy(false);
    }
    if (action === 'back') {
      void save();
      return go(findStep(survey, values, step, -1) ?? step);
    }
    if (action === 'save') {
      setBusy(true);
      if (await save()) finish({ title: d.ui.savedTitle, body: d.ui.savedBody });
      return setBusy(false);
    }
    const wrong = sectionErrors(answers);
    if (Object.keys(wrong).length > 0) return showErrors(wrong);
    const ahead = findStep(survey, values, step, 1);
    if (ahead !== null) {
      // Moving on never waits for the network; a failed save shows a notice and the next save retries.
      void save();
      return go(ahead);
    }
    setBusy(true);
    setNotice(null);
    const sent = await postAnswers(`${d.post}/submit`, values);
    setBusy(false);
    if (sent.ok) return finish({ title: d.ui.thanksTitle, body: d.ui.thanksBody }, true);
    if (sent.status === 422 && sent.details && typeof sent.details === 'object') {
      const all = sent.details as Record<string, AnswerError>;
      const at = survey.sections.findIndex((s) => s.questions.some((q) => all[q.id]));
      if (at >= 0) {
        if (at !== step) go(at);
        return showErrors(all);
      }
    }
    const why = explain(d, sent);
    if (typeof why === 'string') setNotice(why);
    else finish(why);
  };

  const onLanguage = (e: Event) => {
    // Keep what was typed on this page before the other language loads.
    e.preventDefault();
    const href = (e.currentTarget as HTMLAnchorElement).href;
    void save().then(() => location.assign(href));
  };

  if (done) return <Message title={done.title} body={done.body} />;
  return (
    <SurveyView
      data={d}
      step={step}
      questions={liveQuestions(survey, values, step)}
      answers={answers}
      errors={errors}
      last={findStep(survey, values, step, 1) === null}
      notice={notice}
      busy={busy}
      set={set}
      onAction={(a) => void act(a)}
      onLanguage={onLanguage}
      summaryRef={summary}
      headingRef={heading}
    />
  );
}

/**
 * On a slow connection people start answering before the script arrives: what the form holds now
 * wins over the embedded answers, so taking over never undoes a tap.
 */
function typedSoFar(root: HTMLElement, d: PageData): RawAnswers {
  const form = root.querySelector('form');
  if (!form) return d.answers;
  const fields: Record<string, string[]> = {};
  new FormData(form).forEach((v, k) => void (fields[k] = [...(fields[k] ?? []), String(v)]));
  const answers = { ...d.answers };
  for (const q of d.survey.sections[d.step]?.questions ?? [])
    if (form.elements.namedItem(q.id)) delete answers[q.id];
  return { ...answers, ...coerceFormAnswers(d.survey, fields) };
}

function start() {
  const json = document.getElementById('survey-data')?.textContent;
  const root = document.getElementById('app');
  if (!json || !root) return;
  const d = JSON.parse(json) as PageData;
  render(<Island d={{ ...d, answers: typedSoFar(root, d) }} />, root);
}

if (document.readyState === 'loading') document.addEventListener('DOMContentLoaded', start);
else start();
