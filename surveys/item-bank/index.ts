// The items the survey editor offers to pick from instead of writing a question from scratch: every
// item of the published templates of a kind, then the bank's plain-language alternatives. A picked item
// keeps its id in the partnership's survey, so reviews line it up with every other survey that asked it.
import { latestTemplates } from '../index.js';
import {
  surveyKinds,
  type Dimension,
  type LocalizedText,
  type Question,
  type SurveyKind,
} from '../schema.js';
import { builtInTopics } from './built-in-topics.js';
import { employerItems } from './employer.js';
import type { BankEntry } from './entry.js';
import { partnerItems } from './partner.js';
import { workerItems } from './worker.js';

export interface BankItem {
  /** The question as a survey gets it; frozen, so clone it before editing. */
  question: Question;
  source: 'built-in' | 'bank';
  /** The published template a built-in item comes from. */
  templateId?: string;
  /** The dimension a scored item counts toward, as in `question.dimension`. */
  dimension?: string;
  /** A few words saying what the item asks about, for the editor's list. */
  topic: LocalizedText;
}

const alternatives: Record<SurveyKind, readonly BankEntry[]> = {
  'worker-voice': workerItems,
  'employer-satisfaction': employerItems,
  'partner-roi': partnerItems,
};

function deepFreeze<T>(value: T): T {
  if (value !== null && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value)) deepFreeze(child);
  }
  return value;
}

/** The dimensions the kind's published templates define, first definition of an id first. */
function templateDimensions(kind: SurveyKind): Dimension[] {
  const seen = new Map<string, Dimension>();
  for (const def of latestTemplates()) {
    if (def.kind !== kind) continue;
    for (const d of def.dimensions) if (!seen.has(d.id)) seen.set(d.id, d);
  }
  return [...seen.values()];
}

function builtInItems(kind: SurveyKind): BankItem[] {
  return latestTemplates()
    .filter((def) => def.kind === kind)
    .flatMap((def) =>
      def.sections.flatMap((s) =>
        s.questions.map((q): BankItem => ({
          question: q,
          source: 'built-in',
          templateId: def.id,
          ...(q.dimension !== undefined && { dimension: q.dimension }),
          topic: builtInTopics[def.id]?.[q.id] ?? s.title,
        })),
      ),
    );
}

/** The alternatives in the order of the kind's dimensions, unscored items last; ties keep file order. */
function bankItems(kind: SurveyKind): BankItem[] {
  const order = templateDimensions(kind).map((d) => d.id);
  const rank = (dim: string | undefined) =>
    dim === undefined ? order.length + 1 : order.includes(dim) ? order.indexOf(dim) : order.length;
  return alternatives[kind]
    .map(({ question, topic }): BankItem => ({
      question,
      source: 'bank',
      ...(question.dimension !== undefined && { dimension: question.dimension }),
      topic,
    }))
    .sort((a, b) => rank(a.dimension) - rank(b.dimension));
}

// Built lazily: the published templates and the bank never change while the program runs.
const cache = new Map<SurveyKind, readonly BankItem[]>();

/**
 * Everything the editor offers for a survey of `kind`: the items of the kind's published templates
 * (latest versions, in template order), then the bank's alternatives grouped by dimension.
 */
export function itemBank(kind: SurveyKind): BankItem[] {
  let items = cache.get(kind);
  if (!items) {
    items = deepFreeze([...builtInItems(kind), ...bankItems(kind)]);
    cache.set(kind, items);
  }
  return [...items];
}

/**
 * One item by question id, within `kind` when given, else in any kind. Bank ids are unique across
 * kinds; a built-in id such as `comment` is repeated in every template, so pass `kind` for those.
 */
export function bankItem(id: string, kind?: SurveyKind): BankItem | undefined {
  for (const k of kind ? [kind] : surveyKinds) {
    const found = itemBank(k).find((item) => item.question.id === id);
    if (found) return found;
  }
  return undefined;
}

/**
 * The dimensions the items of `kind` are scored into, with their labels, in template order: what a
 * survey adds to its `dimensions` when it picks an item for a dimension it does not have yet.
 */
export function bankDimensions(kind: SurveyKind): Dimension[] {
  const used = new Set(itemBank(kind).map((item) => item.dimension));
  return templateDimensions(kind).filter((d) => used.has(d.id));
}
