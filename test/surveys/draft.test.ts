import { describe, expect, it } from 'vitest';
import { canonicalJson, publishedTemplates, surveyDefinition, surveyLanguages } from '../../surveys/index.ts';
import { definitionCandidate, draftFromDefinition, draftLimits, surveyDraft } from '../../surveys/draft.ts';

describe('survey drafts', () => {
  it('turn every published template into a draft and back to the same definition', () => {
    for (const def of publishedTemplates) {
      const draft = surveyDraft.parse(draftFromDefinition(def));
      expect(draft.languages).toEqual(surveyLanguages(def));
      const back = surveyDefinition.parse(definitionCandidate(draft));
      expect(canonicalJson(back)).toBe(canonicalJson(def));
    }
  });

  it('keep a half-written question, and refuse only shapes and sizes', () => {
    const draft = draftFromDefinition(publishedTemplates[0]!);
    draft.sections[0]!.questions.push({
      id: 'new_item',
      type: 'agree5',
      text: { en: 'I get breaks.' },
      required: true,
    });
    expect(surveyDraft.safeParse(draft).success).toBe(true);
    expect(surveyDefinition.safeParse(definitionCandidate(draft)).success).toBe(false);
    const huge = { ...draft, title: { en: 'x'.repeat(draftLimits.textLength + 1) } };
    expect(surveyDraft.safeParse(huge).success).toBe(false);
    const stranger = { ...draft, sections: [{ ...draft.sections[0]!, extra: 1 }] };
    expect(surveyDraft.safeParse(stranger).success).toBe(false);
    const many = {
      ...draft,
      sections: Array.from({ length: 3 }, (_, i) => ({
        id: `s${i}`,
        title: {},
        questions: Array.from({ length: 55 }, (_, j) => ({
          id: `q${i}_${j}`,
          type: 'yesno',
          text: {},
          required: false,
        })),
      })),
    };
    expect(surveyDraft.safeParse(many).success).toBe(false);
  });
});
