// Advice on a survey's answering by text (surveys/sms/): what a text message costs, which questions a
// conversation can never reach, and what answers by text leave out. A conversation asks, in survey
// order, the questions with a text message that the survey's skip logic shows for the answers given
// by text; a question without one is never asked, and only what is asked is required of a texted
// response (smsSurvey in surveys/sms/form.ts), so nothing here keeps a conversation from finishing.
import type { DraftQuestion, SurveyDraft } from '../draft.js';
import { languageOf } from '../language-list.js';
import { firstNonGsm7, singleGsmSegment, singleUcs2Segment, smsLength } from '../sms/segments.js';
import { typeOf } from '../types/index.js';
import { factorLabel, jobQualityFactors } from './coverage.js';
import { questionPlace } from './structure.js';
import { checkedLangs } from './texts.js';
import { langName, note, warning, type Finding } from './types.js';

/** SMS_SEGMENTS, SMS_OPTIONS_LEFT_OUT, SMS_NEVER_ASKED, SMS_REQUIRED_LEFT_OUT and SMS_FACTOR_MISSING. */
export function checkSmsAdvice(d: SurveyDraft): Finding[] {
  if (!d.sections.some((s) => s.questions.some((q) => q.sms))) return [];
  const asked = new Set<string>();
  const out: Finding[] = [];
  // The schema keeps the last earlier question of an id, so a duplicate is judged the same way here.
  const earlier = new Map<string, DraftQuestion>();
  d.sections.forEach((s, si) =>
    s.questions.forEach((q, qi) => {
      const at = (...rest: (string | number)[]) => questionPlace(s, si, q, qi, rest);
      if (q.sms) {
        out.push(...segments(d, q, at('sms', 'text')), ...leftOut(q, at('sms', 'options')));
        const never = neverAsked(q, earlier, asked);
        if (never) out.push(warning('SMS_NEVER_ASKED', at('sms'), never.message, never.params));
        else if (never === null) asked.add(q.id);
      }
      earlier.set(q.id, q);
    }),
  );
  return [...out, ...requiredLeftOut(d), ...factorsLeftOut(d, asked)];
}

/** SMS_SEGMENTS: a text message longer than one segment in one of the survey's languages. */
function segments(d: SurveyDraft, q: DraftQuestion, at: ReturnType<typeof questionPlace>): Finding[] {
  return checkedLangs(d).flatMap((lang) => {
    const text = q.sms!.text[lang];
    if (!text?.trim()) return [];
    const length = smsLength(text);
    if (length.segments <= 1) return [];
    const gsm = length.encoding === 'GSM-7';
    const limit = gsm ? singleGsmSegment : singleUcs2Segment;
    // In a language written in GSM-7, one letter outside it (an accent) is what costs the segments.
    const char = !gsm && languageOf(lang)?.sms === 'GSM-7' ? (firstNonGsm7(text) ?? '') : '';
    return [
      warning(
        'SMS_SEGMENTS',
        { ...at, path: [...at.path, lang], lang },
        `The ${langName(lang)} text message of question ${q.id} takes ${length.segments} segments ` +
          `(${length.units} characters; one segment holds ${limit}` +
          `${char ? ` once a text has "${char}", which the GSM alphabet lacks` : ''}): each segment is ` +
          `billed for every worker who answers. Shorten it to one where you can.`,
        {
          question: q.id,
          lang,
          segments: length.segments,
          length: length.units,
          limit,
          cause: char ? 'char' : 'none',
          char,
        },
      ),
    ];
  });
}

/** SMS_OPTIONS_LEFT_OUT: a choice's text message numbers some of its answers (once each, all known). */
function leftOut(q: DraftQuestion, at: ReturnType<typeof questionPlace>): Finding[] {
  const numbered = q.sms!.options;
  const values = (q.options ?? []).map((o) => o.value);
  if (!numbered || !typeOf(q).rules.options) return [];
  if (numbered.some((v, i) => !values.includes(v) || numbered.indexOf(v) !== i)) return [];
  const left = values.filter((v) => !numbered.includes(v));
  if (left.length === 0) return [];
  return [
    note(
      'SMS_OPTIONS_LEFT_OUT',
      at,
      `The text message of question ${q.id} numbers ${numbered.length} of its ${values.length} answers: ` +
        `by text nobody can answer ${left.join(', ')}. Check that its text lists the same ` +
        `${numbered.length}, in this order.`,
      { question: q.id, count: numbered.length, total: values.length, left: left.join(', ') },
    ),
  ];
}

/**
 * Why a question with a text message is never asked by text: its controlling question has none, is
 * never asked itself, or numbers none of the answers it waits for. Null when it is asked; undefined
 * when its rule is broken, which blocks publishing on its own (skip-logic.ts).
 */
function neverAsked(
  q: DraftQuestion,
  earlier: ReadonlyMap<string, DraftQuestion>,
  asked: ReadonlySet<string>,
): { message: string; params: Record<string, string> } | null | undefined {
  const rule = q.showIf;
  if (!rule) return null;
  const ctrl = earlier.get(rule.question);
  if (!ctrl || ctrl.id === q.id) return undefined;
  const params = { question: q.id, control: ctrl.id };
  const numbered = ctrl.sms?.options;
  if (!ctrl.sms) {
    return {
      message:
        `Question ${q.id} has a text message, but it is shown only after an answer to ${ctrl.id}, ` +
        `which has none: by text ${ctrl.id} is never asked, so neither is ${q.id}. Give ${ctrl.id} a ` +
        `text message too, or remove this one.`,
      params: { ...params, why: 'noText' },
    };
  }
  if (!asked.has(ctrl.id)) {
    return {
      message:
        `Question ${q.id} has a text message, but it is shown only after an answer to ${ctrl.id}, ` +
        `which is never asked by text either: so neither is ${q.id}. Fix ${ctrl.id} first, or remove ` +
        `this text message.`,
      params: { ...params, why: 'hidden' },
    };
  }
  if (numbered && typeOf(ctrl).rules.options && !rule.in.some((v) => numbered.includes(String(v)))) {
    const values = rule.in.map((v) => `"${v}"`).join(', ');
    return {
      message:
        `Question ${q.id} has a text message, but it is shown only after the answers ${values} to ` +
        `${ctrl.id}, which its text message does not number: by text ${q.id} is never asked. Number ` +
        `one of them in the text message of ${ctrl.id}, or remove this one.`,
      params: { ...params, why: 'leftOut', values },
    };
  }
  return null;
}

/**
 * SMS_REQUIRED_LEFT_OUT: the required questions without a text message, once for the survey. Not a
 * reason a conversation cannot finish: it requires only what it asks. But a texted response goes
 * without them, so their figures in a review rest on web answers alone.
 */
function requiredLeftOut(d: SurveyDraft): Finding[] {
  const ids = d.sections.flatMap((s) => s.questions.filter((q) => q.required && !q.sms).map((q) => q.id));
  if (ids.length === 0) return [];
  const questions = ids.join(', ');
  return [
    note(
      'SMS_REQUIRED_LEFT_OUT',
      { path: ['sections'] },
      `${ids.length === 1 ? '1 required question is' : `${ids.length} required questions are`} not asked ` +
        `by text (${questions}): a texted response is complete without them, since a conversation ` +
        `requires only what it asks, and their figures count web answers alone. Give one a text message ` +
        `if every response needs it.`,
      { count: ids.length, questions },
    ),
  ];
}

/** SMS_FACTOR_MISSING: in a worker-voice survey, a job-quality factor no question asked by text measures. */
function factorsLeftOut(d: SurveyDraft, asked: ReadonlySet<string>): Finding[] {
  if (d.kind !== 'worker-voice') return [];
  const scored = new Set(
    d.sections.flatMap((s) =>
      s.questions
        .filter((q) => asked.has(q.id) && typeOf(q).rules.dimension)
        .flatMap((q) => q.dimension ?? []),
    ),
  );
  return jobQualityFactors()
    .filter((f) => !scored.has(f.id))
    .map((f) => {
      const i = d.dimensions.findIndex((dim) => dim.id === f.id);
      return warning(
        'SMS_FACTOR_MISSING',
        { path: i >= 0 ? ['dimensions', i] : ['dimensions'] },
        `No question asked by text measures ${factorLabel(f.id, 'en')}, one of the eight job-quality ` +
          `factors: give one of its agree items (scored in ${f.id}) a text message, so answers by text ` +
          `cover it too.`,
        { factor: f.id },
      );
    });
}
