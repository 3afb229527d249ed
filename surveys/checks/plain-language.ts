// READING_GRADE: each text a respondent reads as one piece (a question with its help and option labels,
// the survey's intro, a section's intro) gets an estimated grade per language, and a warning above 8.
import type { DraftText, SurveyDraft } from '../draft.js';
import type { Lang } from '../schema.js';
import { readingGrade, gradeLimit } from './readability.js';
import { checkedLangs } from './texts.js';
import { langName, pathKey, warning, type Finding, type Params, type Place } from './types.js';

export type Grades = Record<string, Partial<Record<Lang, number>>>;

interface Item {
  place: Place;
  what: string;
  /** `what` as the dashboard's words take it: which kind of item, and its id. */
  params: Params;
  texts: (DraftText | undefined)[];
}

function readItems(d: SurveyDraft): Item[] {
  const items: Item[] = [
    {
      place: { path: ['intro'] },
      what: 'The survey intro',
      params: { item: 'intro', id: '' },
      texts: [d.intro],
    },
  ];
  d.sections.forEach((s, si) => {
    if (s.intro) {
      const place = { path: ['sections', si, 'intro'], sectionId: s.id };
      const params = { item: 'section', id: s.id };
      items.push({ place, what: `The intro of section ${s.id}`, params, texts: [s.intro] });
    }
    s.questions.forEach((q, qi) =>
      items.push({
        place: { path: ['sections', si, 'questions', qi], sectionId: s.id, questionId: q.id },
        what: `Question ${q.id}`,
        params: { item: 'question', id: q.id },
        texts: [q.text, q.help, ...(q.options ?? []).map((o) => o.label)],
      }),
    );
  });
  return items;
}

/**
 * Grades keyed by the item's path ('intro', 'sections.0.intro', 'sections.0.questions.2'), and a
 * READING_GRADE warning for each item and language above grade 8. Items too short to grade are left out.
 */
export function checkPlainLanguage(d: SurveyDraft): { grades: Grades; findings: Finding[] } {
  const grades: Grades = {};
  const findings: Finding[] = [];
  for (const item of readItems(d)) {
    const key = pathKey(item.place.path);
    for (const lang of checkedLangs(d)) {
      const parts = item.texts.flatMap((t) => t?.[lang] ?? []);
      const grade = readingGrade(parts, lang);
      if (grade === undefined) continue;
      (grades[key] ??= {})[lang] = grade;
      if (grade <= gradeLimit) continue;
      findings.push(
        warning(
          'READING_GRADE',
          { ...item.place, lang },
          `${item.what} reads at about grade ${grade} in ${langName(lang)}; aim for grade ${gradeLimit} ` +
            `or lower (about 6 suits most workers): use shorter sentences and everyday words.`,
          { ...item.params, grade, lang, limit: gradeLimit },
        ),
      );
    }
  }
  return { grades, findings };
}
