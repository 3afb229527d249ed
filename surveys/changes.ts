// What a survey version changed from the one before it, by question id: the short list staff read
// when publishing and the reviews show beside a version's figures. Ids are what trends follow, so an
// item whose meaning changed took a new id (the draft says which one it replaces): its trend starts
// again there, and the list says so.
import { canonicalJson } from './canonical.js';
import type { SurveyDraft } from './draft.js';
import { allQuestions } from './logic.js';
import type { Question, SurveyDefinition } from './schema.js';

export interface VersionChanges {
  /** The version compared against: the one before, or what the survey was started from. */
  from: { templateId: string; version: number } | null;
  added: string[];
  removed: string[];
  /** Same id, different wording in some language: the meaning kept, so the trend goes on. */
  reworded: string[];
  /** A new id for an item whose meaning changed: its trend starts here, not joined to the old one. */
  replaced: { id: string; replaces: string }[];
  /** Same id, with options, scale direction, required or skip logic changed. */
  changed: string[];
  /** Questions still there but in another place. */
  moved: number;
  /** Title or introduction reworded. */
  retitled: boolean;
}

// Key order is not meaning: a draft edited in the browser and parsed again lists keys in another
// order than the frozen version, so comparing plain JSON would call every question changed.
const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

// A question's text message is wording too: a new or reworded SMS text keeps the item's meaning.
function wording(q: Question) {
  return q.sms ? [q.text, q.help ?? null, q.sms] : [q.text, q.help ?? null];
}

function rules(q: Question) {
  const { text: _t, help: _h, sms: _s, ...rest } = q;
  return rest;
}

/** The changes from `before` (null for a first version with nothing before it) to `after`. */
export function versionChanges(
  before: SurveyDefinition | null,
  after: SurveyDefinition,
  draft?: Pick<SurveyDraft, 'sections'>,
): VersionChanges {
  const replacing = new Map<string, string>();
  for (const s of draft?.sections ?? [])
    for (const q of s.questions) if (q.replaces) replacing.set(q.id, q.replaces);
  const old = new Map((before ? allQuestions(before) : []).map((q) => [q.id, q]));
  const now = allQuestions(after);
  const kept = now.filter((q) => old.has(q.id));
  const oldOrder = [...old.keys()].filter((id) => kept.some((q) => q.id === id));
  const replaced = now
    .filter((q) => !old.has(q.id) && replacing.has(q.id) && old.has(replacing.get(q.id)!))
    .map((q) => ({ id: q.id, replaces: replacing.get(q.id)! }));
  const replacedOld = new Set(replaced.map((r) => r.replaces));
  return {
    from: before ? { templateId: before.id, version: before.version } : null,
    added: now.filter((q) => !old.has(q.id) && !replaced.some((r) => r.id === q.id)).map((q) => q.id),
    removed: [...old.keys()].filter((id) => !now.some((q) => q.id === id) && !replacedOld.has(id)),
    reworded: kept.filter((q) => !same(wording(q), wording(old.get(q.id)!))).map((q) => q.id),
    replaced,
    changed: kept.filter((q) => !same(rules(q), rules(old.get(q.id)!))).map((q) => q.id),
    moved: kept.filter((q, i) => oldOrder[i] !== q.id).length,
    retitled: !!before && !same([before.title, before.intro], [after.title, after.intro]),
  };
}

/** Whether anything at all changed: a version identical to the one before is not worth publishing. */
export function hasChanges(c: VersionChanges): boolean {
  return (
    c.added.length + c.removed.length + c.reworded.length + c.replaced.length + c.changed.length > 0 ||
    c.moved > 0 ||
    c.retitled
  );
}
