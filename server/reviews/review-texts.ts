/**
 * A published review in the reader's locale. The figures are drawn (and frozen when final) with
 * English texts; this puts back each survey's own texts in the reader's language where the survey
 * was written in it (else they stay English), and the measure, group and period names from the
 * catalogue. Only words change: every figure, and what is hidden, is the review's own.
 */
import type { Deps } from '../deps.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import { formatMonth } from '../../client/shared/i18n/format.ts';
import type { Key, WordsOf } from '../../client/shared/i18n/areas.ts';
import type { Locale } from '../../client/shared/i18n/locales.ts';
import { isOwnSurvey } from '../../surveys/lines.ts';
import {
  getTemplate,
  pointLabel,
  surveyLanguages,
  typeOf,
  type Lang,
  type Question,
  type SurveyDefinition,
} from '../../surveys/index.ts';
import { campaignTemplate } from '../surveys/versions.ts';
import type { PublicGroup, PublicReview, PublicTemplate } from './contract.ts';
import { mergedDefinition } from './lines.ts';
import { none, notRecorded } from './response-cells.ts';

const standardMeasures: Record<string, Key<'review'>> = {
  responses: 'measureResponses',
  response_rate: 'measureResponseRate',
  'index.jqi': 'measureJqi',
  'index.acsi': 'measureAcsi',
  'share.intent': 'measureIntent',
  'share.roi': 'measureRoi',
};

/** The definitions a section counted, merged as the review reads them; null when none can be read. */
async function sectionDefinition(
  deps: Pick<Deps, 'db'>,
  t: PublicTemplate,
): Promise<SurveyDefinition | null> {
  const versions = t.surveys ?? [];
  const defs = (
    await Promise.all(versions.map((v) => campaignTemplate(deps, v.templateId, v.version).catch(() => null)))
  ).filter((d): d is SurveyDefinition => d !== null);
  // Reviews made final before they listed their versions: the built-in template's newest wording.
  if (defs.length === 0 && !isOwnSurvey(t.templateId)) {
    const latest = getTemplate(t.templateId);
    if (latest) defs.push(latest);
  }
  return defs.length > 0 ? mergedDefinition(defs) : null;
}

function measureLabel(
  t: WordsOf<'review'>,
  key: string,
  english: string,
  def: SurveyDefinition | null,
  lang: Lang,
) {
  const standard = standardMeasures[key];
  if (standard) return t(standard);
  if (key.startsWith('nps.')) return t(def?.kind === 'worker-voice' ? 'measureNpsJob' : 'measureNps');
  // A partner survey's value dimension is named as an index (period-figures.ts does the same).
  if (key === 'dim.value' && def?.kind === 'partner-roi') return t('measureValue');
  const dim = key.startsWith('dim.') ? def?.dimensions.find((d) => `dim.${d.id}` === key) : undefined;
  return dim?.label[lang] ?? english;
}

function groupLabel(
  t: WordsOf<'review'>,
  breakdown: string,
  g: PublicGroup,
  question: Question | undefined,
  lang: Lang,
): string {
  if (g.key === notRecorded) return t('groupNotRecorded');
  if (g.key === none) return t(breakdown.startsWith('q.') ? 'groupNoAnswer' : 'groupNone');
  return question?.options?.find((o) => o.value === g.key)?.label[lang] ?? g.label;
}

async function localizeTemplate(
  deps: Pick<Deps, 'db'>,
  tpl: PublicTemplate,
  locale: Locale,
  t: WordsOf<'review'>,
): Promise<PublicTemplate> {
  const def = await sectionDefinition(deps, tpl);
  const lang: Lang =
    def && (surveyLanguages(def) as readonly string[]).includes(locale) ? (locale as Lang) : 'en';
  const questions = new Map(def?.sections.flatMap((s) => s.questions.map((q) => [q.id, q] as const)) ?? []);
  const answerLabel = (q: Question | undefined, value: string, english: string) => {
    if (!q) return english;
    const type = typeOf(q);
    return (
      q.options?.find((o) => o.value === value)?.label[lang] ??
      (type.answer.range ? undefined : pointLabel(type, value, lang)) ??
      english
    );
  };
  return {
    ...tpl,
    lang,
    title: def?.title[lang] ?? tpl.title,
    surveys: tpl.surveys?.map((v) =>
      isOwnSurvey(v.templateId) ? v : { ...v, name: def?.title[lang] ?? v.name },
    ),
    measureLabels: Object.fromEntries(
      Object.entries(tpl.measureLabels).map(([k, english]) => [k, measureLabel(t, k, english, def, lang)]),
    ),
    overall: { ...tpl.overall, label: t('groupEveryone') },
    questions: tpl.questions.map((pq) => {
      const q = questions.get(pq.id);
      return {
        ...pq,
        text: q?.text[lang] ?? pq.text,
        distribution: pq.distribution.map((d) => ({ ...d, label: answerLabel(q, d.value, d.label) })),
      };
    }),
    breakdowns: tpl.breakdowns.map((b) => {
      const q = b.key.startsWith('q.') ? questions.get(b.key.slice(2)) : undefined;
      const label = b.key === 'organization' ? t('groupOrganization') : (q?.text[lang] ?? b.label);
      return {
        ...b,
        label,
        groups: b.groups.map((g) => ({ ...g, label: groupLabel(t, b.key, g, q, lang) })),
      };
    }),
  };
}

/** The review with its words in `locale`; English is how reviews are drawn, so it comes back as is. */
export async function localizeReview(
  deps: Pick<Deps, 'db'>,
  review: PublicReview,
  locale: Locale,
): Promise<PublicReview> {
  if (locale === 'en') return review;
  const t = serverWords(locale, 'review');
  return {
    ...review,
    period: {
      ...review.period,
      label: t('periodLabel', {
        first: formatMonth(locale, review.period.first),
        last: formatMonth(locale, review.period.last),
      }),
    },
    templates: await Promise.all(review.templates.map((tpl) => localizeTemplate(deps, tpl, locale, t))),
  };
}
