// Sections and questions added, moved and removed; items from the bank; dimensions; an item whose
// meaning changed taking a new id. Each works on a copy (work.ts) and says where the item ended up,
// so the editor can put focus there.
import type { DraftQuestion, DraftText } from '../../../surveys/draft.ts';
import { slug, uniqueId } from './ids.ts';
import { allQuestionIds, questionAt, renameQuestion, takenIds, type Work } from './work.ts';

export interface At {
  si: number;
  qi: number;
}

export function addQuestion(w: Work, si: number): At {
  const id = uniqueId('new_question', takenIds(w), 'q');
  const questions = w.d.sections[si]!.questions;
  questions.push({ id, type: 'agree5', text: {}, required: true });
  w.fresh.add(`q:${id}`);
  w.open.add(id);
  return { si, qi: questions.length - 1 };
}

export function removeQuestion(w: Work, si: number, qi: number) {
  const [q] = w.d.sections[si]!.questions.splice(qi, 1);
  if (q) w.open.delete(q.id);
}

/** One place up or down; past a section's first or last question it goes into the next section. */
export function moveQuestion(w: Work, si: number, qi: number, dir: -1 | 1): At | null {
  const sections = w.d.sections;
  const here = sections[si]!.questions;
  const target = qi + dir;
  if (target >= 0 && target < here.length) {
    [here[qi], here[target]] = [here[target]!, here[qi]!];
    return { si, qi: target };
  }
  const next = sections[si + dir];
  if (!next) return null;
  const [q] = here.splice(qi, 1);
  if (dir < 0) next.questions.push(q!);
  else next.questions.unshift(q!);
  return { si: si + dir, qi: dir < 0 ? next.questions.length - 1 : 0 };
}

export function addSection(w: Work): number {
  const id = uniqueId('new_section', new Set(w.d.sections.map((s) => s.id)), 'section');
  w.d.sections.push({ id, title: {}, questions: [] });
  w.fresh.add(`s:${id}`);
  return w.d.sections.length - 1;
}

export function moveSection(w: Work, si: number, dir: -1 | 1): number | null {
  const s = w.d.sections;
  const target = si + dir;
  if (target < 0 || target >= s.length) return null;
  [s[si], s[target]] = [s[target]!, s[si]!];
  return target;
}

export function removeSection(w: Work, si: number) {
  w.d.sections.splice(si, 1);
}

/** Adds a dimension unless one has its id; a new one made from its English label gets a fresh id. */
export function addDimension(w: Work, label: DraftText, id?: string): string {
  const ids = new Set(w.d.dimensions.map((x) => x.id));
  if (id !== undefined && ids.has(id)) return id;
  const made = id ?? uniqueId(slug(label.en ?? ''), new Set([...ids, ...w.reserved]), 'dimension');
  w.d.dimensions.push({ id: made, label: { ...label } });
  return made;
}

export function removeDimension(w: Work, i: number) {
  w.d.dimensions.splice(i, 1);
}

/**
 * A bank item, with its own id so reviews line it up with every other survey that asks it; refused
 * (null) when the survey already has that id. Its dimension comes along if the survey lacks it.
 */
export function addBankItem(
  w: Work,
  si: number,
  question: DraftQuestion,
  dimension?: { id: string; label: DraftText },
): At | null {
  if (allQuestionIds(w.d).has(question.id)) return null;
  if (dimension) addDimension(w, dimension.label, dimension.id);
  const questions = w.d.sections[si]!.questions;
  questions.push(structuredClone(question));
  return { si, qi: questions.length - 1 };
}

/** "The meaning changed": a new id from the new English text, replacing the old one (its trend restarts). */
export function giveNewId(w: Work, si: number, qi: number) {
  const q = questionAt(w, si, qi);
  const old = q.id;
  const id = uniqueId(slug(q.text.en ?? ''), takenIds(w), 'q');
  renameQuestion(w, si, qi, id);
  q.replaces = old;
}

/** Back to the old id, if no other question took it meanwhile. */
export function restoreId(w: Work, si: number, qi: number): boolean {
  const q = questionAt(w, si, qi);
  const old = q.replaces;
  if (old === undefined || allQuestionIds(w.d).has(old)) return false;
  renameQuestion(w, si, qi, old);
  delete q.replaces;
  return true;
}
