// What the editor holds while staff work: the draft, and beside it what is not saved with it — which
// ids are still new (made from the English text until it is first left or saved), which questions are
// open, and which rewordings staff said keep their meaning. Edits are functions that change a copy.
import type { DraftQuestion, SurveyDraft } from '../../../surveys/draft.ts';
import { slug, uniqueId } from './ids.ts';

export interface Work {
  d: SurveyDraft;
  /** Still-new ids: `q:<id>`, `s:<id>` and `o:<question id>:<value>`. */
  fresh: Set<string>;
  /** Question ids whose editor is open. */
  open: Set<string>;
  /** Question ids reworded with the meaning kept: not asked again. */
  kept: Set<string>;
  /** Ids no new question may take: the previous version's and the item bank's (their meaning is set). */
  reserved: ReadonlySet<string>;
}

/** A copy to change; the draft itself is shared when only the editor's notes change (`draft` false). */
export const copyWork = (w: Work, draft = true): Work => ({
  d: draft ? structuredClone(w.d) : w.d,
  fresh: new Set(w.fresh),
  open: new Set(w.open),
  kept: new Set(w.kept),
  reserved: w.reserved,
});

export const questionAt = (w: Work, si: number, qi: number): DraftQuestion =>
  w.d.sections[si]!.questions[qi]!;

export const allQuestionIds = (d: SurveyDraft) =>
  new Set(d.sections.flatMap((s) => s.questions.map((q) => q.id)));

/** Ids a question could take: none in use elsewhere in the survey, none reserved. */
export function takenIds(w: Work, except?: string): Set<string> {
  const taken = new Set([...allQuestionIds(w.d), ...w.reserved]);
  if (except !== undefined) taken.delete(except);
  return taken;
}

/** A new id for the question at (si, qi), from its English text; `from` is kept when it already fits. */
export function idFromText(w: Work, si: number, qi: number, keepOwn: boolean): string {
  const q = questionAt(w, si, qi);
  const taken = takenIds(w, keepOwn ? q.id : undefined);
  return uniqueId(slug(q.text.en ?? ''), taken, 'q');
}

/**
 * Renames the question at (si, qi) and everything that names it: skip rules of other questions, and
 * the editor's own notes about it (new, open, kept).
 */
export function renameQuestion(w: Work, si: number, qi: number, to: string) {
  const q = questionAt(w, si, qi);
  const from = q.id;
  if (from === to) return;
  q.id = to;
  for (const s of w.d.sections)
    for (const other of s.questions) if (other.showIf?.question === from) other.showIf.question = to;
  for (const set of [w.open, w.kept]) if (set.delete(from)) set.add(to);
  for (const key of [...w.fresh]) {
    if (key === `q:${from}`) w.fresh.add(`q:${to}`);
    else if (key.startsWith(`o:${from}:`)) w.fresh.add(`o:${to}:${key.slice(from.length + 3)}`);
    else continue;
    w.fresh.delete(key);
  }
}

/** Skip rules that wait on `value` of question `questionId` now wait on `to` (or drop it, for null). */
export function renameAnswer(w: Work, questionId: string, value: string, to: string | null) {
  for (const s of w.d.sections)
    for (const q of s.questions) {
      const rule = q.showIf;
      if (rule?.question !== questionId) continue;
      rule.in = rule.in.flatMap((v) => (v === value ? (to === null ? [] : [to]) : [v]));
      if (rule.in.length === 0) delete q.showIf;
    }
}

/** The English text changed: a still-new question (or section) follows it with its id. */
export function followText(w: Work, si: number, qi: number | null) {
  if (qi === null) {
    const s = w.d.sections[si]!;
    if (!w.fresh.has(`s:${s.id}`)) return;
    const others = new Set(w.d.sections.filter((x) => x !== s).map((x) => x.id));
    const id = uniqueId(slug(s.title.en ?? ''), others, 'section');
    w.fresh.delete(`s:${s.id}`);
    w.fresh.add(`s:${id}`);
    s.id = id;
    return;
  }
  const q = questionAt(w, si, qi);
  if (!w.fresh.has(`q:${q.id}`) || !(q.text.en ?? '').trim()) return;
  renameQuestion(w, si, qi, idFromText(w, si, qi, true));
}

/** Leaving the English text (or saving) fixes an id for good. */
export function settle(w: Work, key: string) {
  w.fresh.delete(key);
}
