// Plain language: Spanish syllables counted by hand, the two formulas on texts worked out by hand, the
// ease-to-grade table, and READING_GRADE warnings beside the item.
import { describe, expect, it } from 'vitest';
import { draftFromDefinition } from '../../surveys/draft.ts';
import { checkSurvey } from '../../surveys/checks/index.ts';
import {
  easeToGrade,
  fernandezHuertaEase,
  fleschKincaidGrade,
  readingGrade,
  textStats,
} from '../../surveys/checks/readability.ts';
import { spanishSyllables } from '../../surveys/checks/syllables-es.ts';
import { fixture } from './fixture.ts';

const legalEn =
  'Notwithstanding any provision of this agreement to the contrary, the indemnifying party shall, at its ' +
  'sole expense, defend, indemnify and hold harmless the indemnified party from and against any and all ' +
  'liabilities, obligations, damages, penalties, claims, costs, charges and expenses arising therefrom.';
const legalEs =
  'Sin perjuicio de lo dispuesto en el presente contrato, la parte indemnizadora deberá, a su exclusivo ' +
  'cargo, defender, indemnizar y mantener indemne a la parte indemnizada frente a cualesquiera ' +
  'responsabilidades, obligaciones, daños, sanciones, reclamaciones, costos y gastos que de ello se deriven.';

describe('Spanish syllables', () => {
  // Each split by hand with the RAE's rules.
  const words: [string, number, string][] = [
    ['trabajo', 3, 'tra-ba-jo'],
    ['capacitación', 5, 'ca-pa-ci-ta-ción'],
    ['prestaciones', 4, 'pres-ta-cio-nes: io is a diphthong'],
    ['ciudad', 2, 'ciu-dad: two weak vowels share a syllable'],
    ['cuidado', 3, 'cui-da-do'],
    ['historia', 3, 'his-to-ria'],
    ['día', 2, 'dí-a: an accented í breaks the diphthong'],
    ['país', 2, 'pa-ís'],
    ['oído', 3, 'o-í-do'],
    ['reír', 2, 're-ír'],
    ['baúl', 2, 'ba-úl'],
    ['acentúa', 4, 'a-cen-tú-a'],
    ['increíble', 4, 'in-cre-í-ble'],
    ['poeta', 3, 'po-e-ta: two strong vowels are a hiatus'],
    ['teatro', 3, 'te-a-tro'],
    ['aéreo', 4, 'a-é-re-o'],
    ['leer', 2, 'le-er'],
    ['quien', 1, 'quien: the u of qu is silent'],
    ['quiero', 2, 'quie-ro'],
    ['guerra', 2, 'gue-rra: the u of gue is silent'],
    ['guitarra', 3, 'gui-ta-rra'],
    ['guía', 2, 'guí-a'],
    ['pingüino', 3, 'pin-güi-no: ü is spoken'],
    ['averigüéis', 4, 'a-ve-ri-güéis: a triphthong'],
    ['Paraguay', 3, 'Pa-ra-guay: final y is a vowel'],
    ['hoy', 1, 'hoy'],
    ['muy', 1, 'muy'],
    ['y', 1, 'y, the word'],
    ['ayuda', 3, 'a-yu-da: y before a vowel is a consonant'],
    ['ahora', 3, 'a-ho-ra'],
    ['huevo', 2, 'hue-vo'],
    ['Aquí', 2, 'A-quí'],
    ['km', 1, 'an abbreviation still takes a beat'],
  ];
  it.each(words)('%s has %i (%s)', (word, count) => {
    expect(spanishSyllables(word)).toBe(count);
  });
});

describe('reading grade', () => {
  it('counts words, sentences and syllables, each text part ending a sentence', () => {
    expect(textStats(['I can do my job safely.'], 'en')).toEqual({ words: 6, sentences: 1, syllables: 7 });
    expect(textStats(['¿Qué tan probable es? Mucho.', 'Tomó 1.5 horas', 'Cuidado de niños'], 'es')).toEqual({
      words: 11,
      sentences: 4,
      // qué tan pro-ba-ble es | mu-cho | to-mó 1.5 (two digits) ho-ras | cui-da-do de ni-ños
      syllables: 6 + 2 + 6 + 6,
    });
  });

  it('computes Flesch-Kincaid: 0.39 words per sentence + 11.8 syllables per word - 15.59', () => {
    // 6 words, 7 syllables: 2.34 + 13.77 - 15.59
    expect(fleschKincaidGrade({ words: 6, sentences: 1, syllables: 7 })).toBeCloseTo(0.517, 3);
    expect(readingGrade(['I can do my job safely.'], 'en')).toBe(0.5);
  });

  it('computes Fernández-Huerta with words per sentence, so shorter sentences read easier', () => {
    // pue-do ha-cer mi tra-ba-jo de for-ma se-gu-ra: 7 words, 14 syllables; 206.84 - 120 - 7.14
    const stats = textStats(['Puedo hacer mi trabajo de forma segura.'], 'es');
    expect(stats).toEqual({ words: 7, sentences: 1, syllables: 14 });
    expect(fernandezHuertaEase(stats)).toBeCloseTo(79.7, 5);
    const split = { ...stats, sentences: 2 };
    expect(fernandezHuertaEase(split)).toBeGreaterThan(fernandezHuertaEase(stats));
  });

  it("turns reading ease into a grade with Flesch's table", () => {
    const table: [number, number][] = [
      [105, 5], [90, 5], [89.9, 6], [80, 6], [79.7, 7], [70, 7], [65, 8.5], [60, 8.5], [59, 11], [50, 11],
      [49, 14.5], [30, 14.5], [29.9, 17], [-20, 17],
    ]; // prettier-ignore
    for (const [ease, grade] of table) expect(easeToGrade(ease), `ease ${ease}`).toBe(grade);
  });

  it('grades short plain sentences low and a long legal sentence high, in both languages', () => {
    expect(readingGrade(['The cat sat on the mat. I like my job.'], 'en')).toBe(0);
    expect(readingGrade(['Me gusta mi trabajo. Mi jefe es bueno.'], 'es')).toBe(5);
    expect(readingGrade([legalEn], 'en')).toBeGreaterThan(20);
    expect(readingGrade([legalEs], 'es')).toBe(17);
    expect(readingGrade(['   '], 'en')).toBeUndefined();
    // One long word is not a sentence to grade.
    expect(readingGrade(['Recommendation?'], 'en')).toBeUndefined();
    expect(readingGrade(['Pay is fair.'], 'en')).toBe(0);
  });
});

describe('READING_GRADE', () => {
  it('warns beside an item above grade 8, per language, and keeps every grade by item', () => {
    const d = draftFromDefinition(fixture);
    d.sections[0]!.questions[0]!.text = { en: legalEn, es: legalEs };
    d.sections[0]!.questions[1]!.text = { en: legalEn, es: 'Me pagan poco.' };
    const { findings, grades } = checkSurvey(d);
    const warned = findings.filter((f) => f.code === 'READING_GRADE');
    expect(warned.map((f) => [f.path.join('.'), f.lang, f.severity])).toEqual([
      ['sections.0.questions.0', 'en', 'warning'],
      ['sections.0.questions.0', 'es', 'warning'],
      ['sections.0.questions.1', 'en', 'warning'],
    ]);
    expect(warned[1]).toMatchObject({ questionId: 'pay_fair', sectionId: 'first' });
    expect(warned[1]!.message).toBe(
      'Question pay_fair reads at about grade 17 in Spanish; aim for grade 8 or lower (about 6 suits most ' +
        'workers): use shorter sentences and everyday words.',
    );
    expect(grades['sections.0.questions.1']).toEqual({ en: readingGrade([legalEn], 'en'), es: 5 });
    expect(grades['intro']).toBeDefined();
  });

  it('reads a question with its help and option labels as one item', () => {
    const d = draftFromDefinition(fixture);
    const kind = d.sections[1]!.questions[0]!;
    const before = checkSurvey(d).grades['sections.1.questions.0']!.en!;
    kind.options![0]!.label.en = 'Comprehensive institutional accreditation';
    kind.help = { en: 'Consider organizational considerations.', es: 'Piense en lo que hizo.' };
    expect(checkSurvey(d).grades['sections.1.questions.0']!.en!).toBeGreaterThan(before + 5);
  });

  it('grades only the languages the survey lists', () => {
    const d = draftFromDefinition(fixture);
    d.languages = ['en'];
    const { grades } = checkSurvey(d);
    expect(Object.values(grades).every((g) => g.es === undefined && g.en !== undefined)).toBe(true);
  });
});
