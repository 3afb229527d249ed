// The survey editor's edits of a question's text message (client/admin/surveys/sms-ops.ts): a choice's
// numbered list is kept only while it differs from page order, and follows an option renamed or
// removed or a type that takes no options, so an edit never leaves it naming what the question lacks.
import { describe, expect, it } from 'vitest';
import { setOptionValueByHand, removeOption, setType } from '../../client/admin/surveys/question-ops.ts';
import { addSms, numbered, removeSms, setNumbered, setSmsText } from '../../client/admin/surveys/sms-ops.ts';
import type { Work } from '../../client/admin/surveys/work.ts';
import { checkSurvey } from '../../surveys/checks/index.ts';
import { draftFromDefinition } from '../../surveys/draft.ts';
import { fixture } from './fixture.ts';

// Barriers: "choose several" with transport, child_care and housing, first in section 2.
const [si, qi] = [2, 0];
function work(): Work {
  return {
    d: draftFromDefinition(fixture),
    fresh: new Set(),
    open: new Set(),
    kept: new Set(),
    reserved: new Set(),
  };
}
const barriers = (w: Work) => w.d.sections[si]!.questions[qi]!;

describe("the editor's text message edits", () => {
  it('add an empty text message, write it per language and remove it whole', () => {
    const w = work();
    addSms(w, si, qi);
    expect(barriers(w).sms).toEqual({ text: { en: '' } });
    setSmsText(w, si, qi, 'en', 'Reply all that fit: 1 Transport 2 Child care 3 Housing');
    setSmsText(w, si, qi, 'es', 'Elija: 1 Transporte 2 Cuidado de niños 3 Vivienda');
    expect(checkSurvey(w.d).blocking).toBe(0);
    removeSms(w, si, qi);
    expect(barriers(w).sms).toBeUndefined();
  });

  it('number the answers in page order with no list, and keep a list only while it differs', () => {
    const w = work();
    addSms(w, si, qi);
    expect(numbered(barriers(w))).toEqual(['transport', 'child_care', 'housing']);
    setNumbered(w, si, qi, ['housing', 'transport']);
    expect(barriers(w).sms!.options).toEqual(['housing', 'transport']);
    setNumbered(w, si, qi, ['transport', 'child_care', 'housing']);
    expect(barriers(w).sms).not.toHaveProperty('options');
  });

  it('follow an option renamed or removed, and give way to every answer below two', () => {
    const w = work();
    addSms(w, si, qi);
    setNumbered(w, si, qi, ['housing', 'child_care', 'transport']);
    setOptionValueByHand(w, si, qi, 2, 'Place to live');
    expect(barriers(w).sms!.options).toEqual(['place_to_live', 'child_care', 'transport']);
    removeOption(w, si, qi, 1);
    expect(barriers(w).sms!.options).toEqual(['place_to_live', 'transport']);
    removeOption(w, si, qi, 0);
    expect(barriers(w).sms).not.toHaveProperty('options');
    expect(barriers(w).sms!.text).toEqual({ en: '' });
  });

  it('drop the numbered list, not the text, when the type takes no options', () => {
    const w = work();
    addSms(w, si, qi);
    setNumbered(w, si, qi, ['housing', 'transport']);
    setType(w, si, qi, 'yesno');
    expect(barriers(w).sms).toEqual({ text: { en: '' } });
  });
});
