// The texts of a draft as a flat list a translator can work through. Each text is named by a key made
// of ids (never positions), so a file exported before sections were reordered still lands where it
// belongs, and a renamed or deleted item is refused by name instead of overwriting its neighbour.
import type { DraftText, SurveyDraft } from '../draft.js';
import { langs, type Lang } from '../schema.js';
import { typeOf, type QuestionTypeModule } from '../types/index.js';
import { TransferError } from './errors.js';

export interface TextEntry {
  /** `title`, `intro`, `dimension.<id>.label`, `section.<id>.title|intro`, `question.<id>.text|help|sms`, `question.<id>.option.<value>`. */
  key: string;
  /** The text in each language that has one (a copy: changing it changes nothing in the draft). */
  texts: DraftText;
  /** Where the text appears and how it is answered, in English, for the translator. */
  context: string;
}

/** A text's place in a draft: the object holding it and the member it is under. */
export interface TextSlot {
  key: string;
  context: string;
  holder: Record<string, unknown>;
  field: string;
}

/**
 * How a question of this type is answered, for its translator, in the words respondents read on the
 * scale (the type's English labels), so the translation agrees with them.
 */
function answeredAs(type: QuestionTypeModule): string {
  const { points, ends } = type.labels.en;
  const [lo, hi] = type.answer.range ?? [];
  const end = (i: 0 | 1) => (ends ? ` (${ends[i].toLowerCase()})` : '');
  switch (type.kind) {
    case 'scale':
      // Worded points (agree) make a statement to agree with; a number line is named by its two ends.
      return points
        ? `a statement answered on a ${points.length}-point scale from "${points[0]}" to "${points.at(-1)}"`
        : `answered on a scale from ${lo}${end(0)} to ${hi}${end(1)}`;
    case 'yesno':
      return `answered ${(points ?? []).join(' or ')}`;
    case 'choice':
      return `answered by choosing ${type.multiple ? 'any number' : 'one'} of its options`;
    case 'text':
      return "answered in the respondent's own words";
  }
}

/** A short quote of a text for context, in the first language that has it. */
function quote(text: DraftText | undefined): string {
  const found = langs.map((l) => text?.[l]?.trim()).find((t) => t);
  if (!found) return '';
  const line = found.replace(/\s+/g, ' ');
  return ` "${line.length > 70 ? `${line.slice(0, 69)}…` : line}"`;
}

/**
 * Every text slot of `draft`, in reading order. Optional texts (help, a section's intro) are listed only
 * where the draft has them, so an import cannot invent one. Throws DUPLICATE_KEY when two texts would
 * share a key (two questions with one id), since an import could not tell them apart.
 */
export function textSlots(draft: SurveyDraft): TextSlot[] {
  const slots: TextSlot[] = [];
  const seen = new Set<string>();
  const add = (key: string, context: string, holder: object, field: string) => {
    if (seen.has(key)) {
      throw new TransferError(
        'DUPLICATE_KEY',
        `Two texts of the survey have the key ${key}: give them different ids first.`,
      );
    }
    seen.add(key);
    slots.push({ key, context, holder: holder as Record<string, unknown>, field });
  };

  add('title', "The survey's title, shown at the top of every page.", draft, 'title');
  add('intro', "The survey's introduction, shown before the first question.", draft, 'intro');
  for (const d of draft.dimensions) {
    add(
      `dimension.${d.id}.label`,
      `Name of a group of questions scored together (a dimension), shown in reviews.`,
      d,
      'label',
    );
  }
  draft.sections.forEach((s, si) => {
    const where = `section ${si + 1} of ${draft.sections.length}${quote(s.title)}`;
    add(`section.${s.id}.title`, `Title of ${where}.`, s, 'title');
    if (s.intro) add(`section.${s.id}.intro`, `Introduction of ${where}, shown under its title.`, s, 'intro');
    s.questions.forEach((q, qi) => {
      const question = `question ${qi + 1} of ${s.questions.length} in ${where}`;
      // A reversed item is negative on purpose (agreeing is the bad end); a softened translation flips it.
      const reverse = q.reverse ? ' It is worded negatively on purpose: keep it negative.' : '';
      add(`question.${q.id}.text`, `Text of ${question}: ${answeredAs(typeOf(q))}.${reverse}`, q, 'text');
      if (q.help) add(`question.${q.id}.help`, `Help shown under ${question}${quote(q.text)}.`, q, 'help');
      (q.options ?? []).forEach((o, oi) => {
        const of = `${oi + 1} of ${q.options?.length ?? 0}`;
        add(
          `question.${q.id}.option.${o.value}`,
          `Answer option ${of} of ${question}${quote(q.text)}.`,
          o,
          'label',
        );
      });
      if (q.sms) {
        add(
          `question.${q.id}.sms`,
          `Text message asking ${question}${quote(q.text)}, when the survey is answered by SMS: ` +
            'keep its answer numbers or letters, and keep it to one message (160 plain letters, or 70 ' +
            'when any letter has an accent or is not Latin).',
          q.sms,
          'text',
        );
      }
    });
  });
  return slots;
}

/** The languages of a text in the survey-wide order, so equal drafts serialize alike. */
export function orderedText(text: DraftText): DraftText {
  const out: DraftText = {};
  for (const l of langs) if (text[l] !== undefined) out[l] = text[l];
  return out;
}

/** Every text of `draft` with a stable key, in reading order. */
export function surveyTexts(draft: SurveyDraft): TextEntry[] {
  return textSlots(draft).map((s) => ({
    key: s.key,
    texts: orderedText((s.holder[s.field] as DraftText | undefined) ?? {}),
    context: s.context,
  }));
}

/**
 * A copy of `draft` with each entry's text written in `lang`, the other languages kept. Writes what it
 * is given (the imports decide what counts as a change); an unknown key throws UNKNOWN_KEY.
 */
export function applyTexts(
  draft: SurveyDraft,
  lang: Lang,
  entries: readonly { key: string; text: string }[],
): SurveyDraft {
  const next = structuredClone(draft);
  const byKey = new Map(textSlots(next).map((s) => [s.key, s]));
  for (const { key, text } of entries) {
    const slot = byKey.get(key);
    if (!slot) throw new TransferError('UNKNOWN_KEY', `No text of the survey has the key ${key}.`);
    const current = (slot.holder[slot.field] as DraftText | undefined) ?? {};
    slot.holder[slot.field] = orderedText({ ...current, [lang]: text });
  }
  return next;
}
