import { describe, expect, it } from 'vitest';
import { publishedTemplates, surveyDefinition } from '../../surveys/index.ts';
import { definitionCandidate, draftFromDefinition, surveyDraft } from '../../surveys/draft.ts';
import { hasChanges, versionChanges } from '../../surveys/changes.ts';
import type { SurveyDefinition } from '../../surveys/schema.ts';

// Reverse every object's keys, as a browser round trip may: the meaning is the same.
function shuffled<T>(value: T): T {
  if (Array.isArray(value)) return value.map(shuffled) as T;
  if (value && typeof value === 'object')
    return Object.fromEntries(Object.entries(value).reverse().map(([k, v]) => [k, shuffled(v)])) as T;
  return value;
}

describe('version changes', () => {
  it('find nothing changed in a template turned into a draft, shuffled and parsed again', () => {
    for (const def of publishedTemplates) {
      const draft = surveyDraft.parse(shuffled(draftFromDefinition(def)));
      const again = surveyDefinition.parse(definitionCandidate(draft));
      const c = versionChanges(def, again, draft);
      expect(c.changed).toEqual([]);
      expect(c.reworded).toEqual([]);
      expect(hasChanges(c)).toBe(false);
    }
  });

  it('name a reworded item, a changed rule, an added item and a replaced one', () => {
    const def = publishedTemplates[0]!;
    const draft = draftFromDefinition(def);
    const [first, second, third] = draft.sections[0]!.questions;
    first!.text = { ...first!.text, en: `${first!.text.en} today` };
    second!.required = !second!.required;
    const oldId = third!.id;
    third!.id = `${oldId}_v2`;
    third!.replaces = oldId;
    draft.sections[0]!.questions.push({ ...structuredClone(second!), id: 'brand_new', replaces: undefined });
    const after = surveyDefinition.parse(definitionCandidate(surveyDraft.parse(draft))) as SurveyDefinition;
    const c = versionChanges(def, after, draft);
    expect(c.reworded).toEqual([first!.id]);
    expect(c.changed).toEqual([second!.id]);
    expect(c.replaced).toEqual([{ id: `${oldId}_v2`, replaces: oldId }]);
    expect(c.added).toEqual(['brand_new']);
    expect(c.removed).toEqual([]);
    expect(hasChanges(c)).toBe(true);
  });
});
