/** The rules that pick an invitation's language and say whether a language's texts are reviewed. */
import { describe, expect, it } from 'vitest';
import { fallbackFor, invitationLanguage } from '../../server/campaigns/languages.ts';
import type { PageLanguageInfo } from '../../server/partnerships/language-contract.ts';
import { reviewState, toReview } from '../../server/partnerships/language-status.ts';
import type { Lang } from '../../surveys/languages.ts';

describe('invitationLanguage', () => {
  it("is the contact's language when the survey offers it, else the fallback when offered, else English", () => {
    const offered: Lang[] = ['en', 'es'];
    expect(invitationLanguage('es', offered, 'en')).toBe('es');
    expect(invitationLanguage('so', offered, 'es')).toBe('es');
    expect(invitationLanguage('so', offered, 'en')).toBe('en');
    // A survey written in English only: the Spanish speaker and the Spanish fallback both get English.
    expect(invitationLanguage('es', ['en'], 'es')).toBe('en');
    expect(fallbackFor(['en'], 'es')).toBe('en');
    // Tags match exactly: a contact's zh-Hant is not the survey's zh-Hans.
    expect(invitationLanguage('zh-Hant', ['en', 'zh-Hans' as Lang], 'en')).toBe('en');
  });
});

describe('reviewState', () => {
  const unreviewed = { source: 'Drafted by the project team', reviewed: null };
  // Built by hand: the rule is the same whichever languages pages are written in today.
  const vi = (reviews: PageLanguageInfo['reviews'], templateReviewed = false): PageLanguageInfo => ({
    tag: 'vi' as Lang,
    name: 'Tiếng Việt',
    english: 'Vietnamese',
    dir: 'ltr',
    sms: 'UCS-2',
    words: unreviewed,
    templates: [
      {
        templateId: 'worker-voice',
        origin: templateReviewed ? { source: 'x', reviewed: { by: 'Lan', on: '2026-12-01' } } : unreviewed,
      },
    ],
    reviews,
  });
  const review = (subject: string) => ({
    subject,
    lang: 'vi' as Lang,
    reviewerName: 'Lan',
    reviewedOn: '2026-12-04',
  });

  it('needs the words and the translation of a built-in survey reviewed, each by the project or the partnership', () => {
    expect(reviewState(vi([]), 'worker-voice')).toEqual({ words: false, survey: false });
    expect(reviewState(vi([review('words')]), 'worker-voice')).toEqual({ words: true, survey: false });
    expect(reviewState(vi([review('words'), review('worker-voice')]), 'worker-voice')).toEqual({
      words: true,
      survey: true,
    });
    expect(reviewState(vi([], true), 'worker-voice')).toEqual({ words: false, survey: true });
    // A review of one template does not vouch for another.
    expect(reviewState(vi([review('partner-roi')]), 'worker-voice').survey).toBe(false);
    expect(toReview(vi([]), 'worker-voice')).toEqual(['words', 'worker-voice']);
    expect(toReview(vi([review('words')]), 'worker-voice')).toEqual(['worker-voice']);
  });

  it("leaves a partnership's own survey out (its texts are its own), and counts English and Spanish with the words", () => {
    expect(reviewState(vi([]), 'own-worker-voice-abcdefghijkl')).toEqual({ words: false, survey: null });
    const es = { ...vi([]), tag: 'es' as Lang, reviews: [{ ...review('words'), lang: 'es' as Lang }] };
    expect(reviewState(es, 'worker-voice')).toEqual({ words: true, survey: true });
    expect(toReview({ ...es, reviews: [] }, 'worker-voice')).toEqual(['words']);
    expect(toReview(vi([]), 'own-worker-voice-abcdefghijkl')).toEqual(['words']);
  });
});
