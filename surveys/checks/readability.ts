// Plain language: an estimated school grade for each text a respondent reads. English uses the
// Flesch-Kincaid grade; Spanish the Fernández-Huerta reading ease turned into a grade with Flesch's table.
//
// Fernández-Huerta (1959) is usually printed as L = 206.84 − 0.60·P − 1.02·F with P syllables and F
// sentences per 100 words. Read literally, more sentences in 100 words (shorter sentences) would make a
// text harder, the opposite of Flesch's formula it adapts; Law (2011) showed the F term stands for
// Flesch's words per sentence. We use that corrected form, L = 206.84 − 60·(syllables/word) −
// 1.02·(words/sentence), as the textstat library does, so that splitting a long sentence helps, which
// is the advice the warning gives.
import { syllable } from 'syllable';
import type { Lang } from '../schema.js';
import { spanishSyllables } from './syllables-es.js';

export interface TextStats {
  words: number;
  sentences: number;
  syllables: number;
}

/** Above this grade an item gets a READING_GRADE warning; the domain aims at about grade 6. */
export const gradeLimit = 8;

// A number ("1.5", "10,000") is one word; so is "else’s".
const wordPattern = /\p{N}+(?:[.,]\p{N}+)*|\p{L}+(?:['’]\p{L}+)*/gu;
// A sentence ends at . ! ? or … before a space or the end; ¿ and ¡ only open one.
const sentenceEnd = /[.!?…]+(?=\s|$)/u;

// A number is read aloud: "12" is one word of about as many syllables as it has digits.
const wordSyllables = (word: string, lang: Lang) =>
  /^\p{N}/u.test(word)
    ? word.replace(/\P{N}/gu, '').length
    : Math.max(1, lang === 'en' ? syllable(word) : spanishSyllables(word));

/**
 * Words, sentences and syllables of some texts read one after another. Each part ends a sentence, so
 * option labels ("Child care") count as short sentences rather than one run-on.
 */
export function textStats(parts: readonly string[], lang: Lang): TextStats {
  const stats: TextStats = { words: 0, sentences: 0, syllables: 0 };
  for (const part of parts) {
    for (const sentence of part.split(sentenceEnd)) {
      const words = sentence.match(wordPattern) ?? [];
      if (words.length === 0) continue;
      stats.sentences++;
      stats.words += words.length;
      for (const w of words) stats.syllables += wordSyllables(w, lang);
    }
  }
  return stats;
}

/** Flesch-Kincaid grade level: 0.39·(words/sentence) + 11.8·(syllables/word) − 15.59. */
export function fleschKincaidGrade(s: TextStats): number {
  return 0.39 * (s.words / s.sentences) + 11.8 * (s.syllables / s.words) - 15.59;
}

/** Fernández-Huerta reading ease, corrected form (see the top of this file): higher is easier. */
export function fernandezHuertaEase(s: TextStats): number {
  return 206.84 - 60 * (s.syllables / s.words) - 1.02 * (s.words / s.sentences);
}

/**
 * Flesch's table from reading ease to school grade, each band at the middle of the grades it names:
 * 90+ very easy, 5th grade; 80-90 easy, 6th; 70-80 fairly easy, 7th; 60-70 standard, 8th-9th (8.5);
 * 50-60 fairly difficult, 10th-12th (11); 30-50 difficult, college (14.5); below 30 very difficult,
 * college graduate (17).
 */
export function easeToGrade(ease: number): number {
  const bands: [number, number][] = [
    [90, 5],
    [80, 6],
    [70, 7],
    [60, 8.5],
    [50, 11],
    [30, 14.5],
  ];
  return bands.find(([floor]) => ease >= floor)?.[1] ?? 17;
}

/** Fewer words than this get no grade: the formulas measure sentences, and "Overall" would grade 20. */
export const minGradedWords = 3;

/**
 * The languages a reading-grade formula exists for here: Flesch-Kincaid (English) and
 * Fernández-Huerta (Spanish). Syllable counts mean nothing for Chinese or Vietnamese, and no
 * validated formula for Haitian Creole or Arabic is at hand, so those texts get no grade rather than
 * a made-up one.
 */
export const gradedLangs: readonly Lang[] = ['en', 'es'];

/** The estimated grade of some texts read together, to one decimal and never below 0. */
export function readingGrade(parts: readonly string[], lang: Lang): number | undefined {
  if (!gradedLangs.includes(lang)) return undefined;
  const stats = textStats(parts, lang);
  if (stats.words < minGradedWords) return undefined;
  const grade = lang === 'en' ? fleschKincaidGrade(stats) : easeToGrade(fernandezHuertaEase(stats));
  return Math.max(0, Math.round(grade * 10) / 10);
}
