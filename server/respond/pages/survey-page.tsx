// The survey page: one section of a link's survey, rendered as a plain form that works without
// JavaScript, with the data the island needs to take it over.
import type { Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import {
  directionOf,
  languageOf,
  localize,
  minutesText,
  sectionProgress,
  surveyLanguages,
  ui,
  visibleQuestions,
  type AnswerError,
  type Lang,
  type SurveyDefinition,
} from '../../../surveys/index.ts';
import { extraText } from '../../../client/respond/strings.ts';
import { SurveyView } from '../../../client/respond/survey-form.tsx';
import type { PageData, PageSurvey, RawAnswers } from '../../../client/respond/types.ts';
import { cleanValues, findStep, staticQuestions } from '../../../client/respond/view.ts';
import type { AppEnv } from '../../http.ts';
import type { OpenedLink } from '../link.ts';
import type { Asking } from '../../pages/asking.tsx';
import { sendPage } from '../../pages/document.tsx';

export interface SurveyPageState {
  lang: Lang;
  /** Section index; null resumes at the first unfinished section. */
  step: number | null;
  /** As typed (a re-render after errors) or as saved. */
  answers: RawAnswers;
  errors?: Record<string, AnswerError>;
  notice?: string;
  status?: ContentfulStatusCode;
}

// Stored template versions never change (campaignTemplate keeps one parsed copy), so neither does a
// slimmed, localized copy of one.
const slimmed = new WeakMap<SurveyDefinition, Partial<Record<Lang, PageSurvey>>>();

/** One language of a survey with only what the page uses; scoring fields stay on the server. */
export function pageSurvey(def: SurveyDefinition, lang: Lang): PageSurvey {
  const cached = slimmed.get(def)?.[lang];
  if (cached) return cached;
  const l = localize(def, lang);
  const survey: PageSurvey = {
    title: l.title,
    intro: l.intro,
    length: minutesText(lang, l.estimatedMinutes),
    sections: l.sections.map((s) => ({
      id: s.id,
      title: s.title,
      intro: s.intro,
      questions: s.questions.map(({ id, type, text, help, required, options, max, maxLength, showIf }) => ({
        id,
        type,
        text,
        help,
        required,
        options,
        max,
        maxLength,
        showIf,
      })),
    })),
  };
  slimmed.set(def, { ...slimmed.get(def), [lang]: survey });
  return survey;
}

/** The section to show: the one asked for, else where the person left off; never an empty one. */
export function pickStep(
  def: SurveyDefinition,
  survey: PageSurvey,
  answers: RawAnswers,
  step: number | null,
): number {
  const values = cleanValues(survey, answers);
  const last = survey.sections.length - 1;
  const wanted = Math.min(Math.max(step ?? sectionProgress(def, values).index, 0), last);
  if (visibleQuestions(survey, values, survey.sections[wanted]?.id).length > 0) return wanted;
  return findStep(survey, values, wanted, 1) ?? findStep(survey, values, wanted, -1) ?? wanted;
}

/** Who is asking through this link, until when, and where to ask (the page's header). */
export function linkAsking(link: OpenedLink): Asking {
  return {
    partnershipName: link.partnershipName,
    helpContact: link.helpContact,
    closesOn: link.campaign.closesOn,
    timeZone: link.timeZone,
  };
}

export function sendSurveyPage(c: Context<AppEnv>, token: string, link: OpenedLink, state: SurveyPageState) {
  return sendSurvey(c, {
    def: link.template,
    post: `/s/${token}`,
    asking: linkAsking(link),
    startOver: link.shortLived,
    state,
  });
}

/**
 * A survey page for any source of the survey and any place its forms post to: a person's link, or
 * the editor's preview of a draft (surveys area), which must show exactly what a link would.
 */
export function sendSurvey(
  c: Context<AppEnv>,
  page: { def: SurveyDefinition; post: string; asking: Asking; startOver?: boolean; state: SurveyPageState },
) {
  const { state, def } = page;
  const { lang, answers } = state;
  const survey = pageSurvey(def, lang);
  const step = pickStep(def, survey, answers, state.step);
  const values = cleanValues(survey, answers);
  const data: PageData = {
    lang,
    survey,
    answers,
    step,
    ui: ui[lang],
    text: extraText[lang],
    others: surveyLanguages(def)
      .filter((l) => l !== lang)
      .map((l) => ({ tag: l, name: languageOf(l)!.name, dir: directionOf(l) })),
    post: page.post,
    ...(page.startOver && { startOver: true as const }),
    ...(state.errors && { errors: state.errors }),
    ...(state.notice && { notice: state.notice }),
  };
  return sendPage(c, {
    lang,
    title: survey.title,
    status: state.status ?? 200,
    data,
    asking: page.asking,
    body: (
      <SurveyView
        data={data}
        step={step}
        questions={staticQuestions(survey, values, step, ui[lang], extraText[lang])}
        answers={answers}
        errors={state.errors ?? {}}
        last={findStep(survey, values, step, 1) === null}
        notice={state.notice}
      />
    ),
  });
}
