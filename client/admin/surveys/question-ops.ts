// One question's own edits: its type (and the members that type takes), its options. An option's
// value is made from its English label while the option is new, and skip rules that wait on a value
// follow it when it changes, as does the text message's numbered list (sms-ops.ts).
import type { DraftOption } from '../../../surveys/draft.ts';
import type { Lang, QuestionType } from '../../../surveys/schema.ts';
import { questionTypeModules } from '../../../surveys/types/index.ts';
import { uniqueValue } from './ids.ts';
import { renumber } from './sms-ops.ts';
import { questionAt, renameAnswer, type Work } from './work.ts';

const optionKey = (questionId: string, value: string) => `o:${questionId}:${value}`;

function newOption(w: Work, si: number, qi: number): DraftOption {
  const q = questionAt(w, si, qi);
  const value = uniqueValue('', new Set((q.options ?? []).map((o) => o.value)));
  w.fresh.add(optionKey(q.id, value));
  return { value, label: {} };
}

/** Another type drops what it does not take and gets what it needs (two options for a choice). */
export function setType(w: Work, si: number, qi: number, type: QuestionType) {
  const q = questionAt(w, si, qi);
  const rules = questionTypeModules[type].rules;
  q.type = type;
  if (!rules.options) delete q.options;
  else if (!q.options) {
    // One at a time: each new option's value is made unique against those already there.
    q.options = [];
    q.options.push(newOption(w, si, qi));
    q.options.push(newOption(w, si, qi));
  }
  if (!rules.max) delete q.max;
  if (!rules.maxLength) delete q.maxLength;
  if (!rules.reverse) delete q.reverse;
  if (!rules.dimension) delete q.dimension;
  if (!rules.options) delete q.sms?.options;
}

export function addOption(w: Work, si: number, qi: number): number {
  const q = questionAt(w, si, qi);
  const option = newOption(w, si, qi);
  (q.options ??= []).push(option);
  return q.options.length - 1;
}

export function removeOption(w: Work, si: number, qi: number, oi: number) {
  const q = questionAt(w, si, qi);
  const [gone] = q.options!.splice(oi, 1);
  if (!gone) return;
  renameAnswer(w, q.id, gone.value, null);
  renumber(q, gone.value, null);
}

export function moveOption(w: Work, si: number, qi: number, oi: number, dir: -1 | 1): number | null {
  const options = questionAt(w, si, qi).options!;
  const target = oi + dir;
  if (target < 0 || target >= options.length) return null;
  [options[oi], options[target]] = [options[target]!, options[oi]!];
  return target;
}

function setValue(w: Work, si: number, qi: number, oi: number, value: string) {
  const q = questionAt(w, si, qi);
  const o = q.options![oi]!;
  if (o.value === value) return;
  renameAnswer(w, q.id, o.value, value);
  renumber(q, o.value, value);
  if (w.fresh.delete(optionKey(q.id, o.value))) w.fresh.add(optionKey(q.id, value));
  o.value = value;
}

export function setOptionLabel(w: Work, si: number, qi: number, oi: number, lang: Lang, text: string) {
  const q = questionAt(w, si, qi);
  const o = q.options![oi]!;
  o.label[lang] = text;
  if (lang !== 'en' || !w.fresh.has(optionKey(q.id, o.value)) || !text.trim()) return;
  const others = new Set(q.options!.filter((x) => x !== o).map((x) => x.value));
  setValue(w, si, qi, oi, uniqueValue(text, others));
}

/**
 * A value typed by hand is kept (lowercase, spaces as _): the label no longer changes it. An empty one
 * is not taken, since a saved draft needs some value; the checks explain any other bad one.
 */
export function setOptionValueByHand(w: Work, si: number, qi: number, oi: number, typed: string) {
  const value = typed.toLowerCase().replace(/\s+/g, '_').slice(0, 64);
  if (!value) return;
  const q = questionAt(w, si, qi);
  w.fresh.delete(optionKey(q.id, q.options![oi]!.value));
  setValue(w, si, qi, oi, value);
}

export const isFreshOption = (w: Pick<Work, 'fresh'>, questionId: string, value: string) =>
  w.fresh.has(optionKey(questionId, value));
