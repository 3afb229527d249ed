// How a reply to a question asked by text is read, language by language (surveys/sms/reply.ts): each
// table holds replies and what they must read as, digits in every form a phone may send included.
import { describe, expect, it } from 'vitest';
import { getTemplate, langs, type AnswerValue, type Lang } from '../../surveys/index.ts';
import { answerKeys, keysLabel, normalizeReply, readReply, type SmsItem } from '../../surveys/sms/index.ts';
import { fixtureForm } from './sms-fixture.ts';

const def = getTemplate('worker-voice', 3)!;
const item = (id: string): SmsItem => {
  const question = def.sections.flatMap((s) => s.questions).find((q) => q.id === id)!;
  return { question, keys: answerKeys(question) };
};
const agree = item('pay_fair');
const likely = item('recommend_job');
const yesno = item('got_training'); // not asked by text in version 3, but every language's yes/no is read alike
const shift = item('shift');
const barriers = item('barriers');
const comment = item('comment');

type Row = [reply: string, reads: AnswerValue | 'unclear' | 'back' | 'skip'];

function reads(asked: SmsItem, lang: Lang, body: string) {
  const r = readReply(asked, lang, body);
  return r.kind === 'answer' ? r.value : r.kind;
}

function table(name: string, asked: SmsItem, rows: Partial<Record<Lang, Row[]>>) {
  describe(name, () => {
    for (const [lang, list] of Object.entries(rows) as [Lang, Row[]][])
      it.each(list)(`${lang}: %j reads as %j`, (body, want) =>
        expect(reads(asked, lang, body)).toEqual(want),
      );
  });
}

table('a five-point agree item', agree, {
  en: [
    ['5', 5],
    [' 5. ', 5],
    ['٥', 5],
    ['۵', 5],
    ['５', 5],
    ['五', 5],
    ['Agree', 4],
    ['strongly agree', 5],
    ['Disagree!', 2],
    ['6', 'unclear'],
    ['0', 'unclear'],
    ['4 or 5', 'unclear'],
    ['45', 'unclear'],
    ['strongly', 'unclear'],
    ['', 'unclear'],
  ],
  es: [
    ['3', 3],
    ['De acuerdo', 4],
    ['muy de acuerdo', 5],
    ['EN DESACUERDO', 2],
    ['acuerdo', 'unclear'],
  ],
  vi: [
    ['Đồng ý', 4],
    ['dong y', 4],
    ['hoàn toàn đồng ý', 5],
    ['2', 2],
  ],
  'zh-Hans': [
    ['同意', 4],
    ['非常同意', 5],
    ['３', 3],
    ['三', 3],
  ],
  ht: [
    ['Dakò', 4],
    ['dako net', 5],
    ['1', 1],
  ],
  ar: [
    ['٣', 3],
    ['أوافق', 4],
    ['اوافق بشدة', 5],
    ['٦', 'unclear'],
  ],
});

table('a 0-10 recommend item', likely, {
  en: [
    ['10', 10],
    ['0', 0],
    ['０', 0],
    ['１０', 10],
    ['11', 'unclear'],
    ['-1', 'unclear'],
    ['7.5', 'unclear'],
  ],
  ar: [
    ['١٠', 10],
    ['۹', 9],
  ],
  'zh-Hans': [['十', 10]],
});

table('a yes/no item', yesno, {
  en: [
    ['yes', 'yes'],
    ['Y', 'yes'],
    ['Yes!', 'yes'],
    ['yeah', 'yes'],
    ['no', 'no'],
    ['N', 'no'],
    ['nope', 'no'],
    ['maybe', 'unclear'],
    ['1', 'unclear'],
    ['yes no', 'unclear'],
  ],
  es: [
    ['Sí', 'yes'],
    ['si', 'yes'],
    ['S', 'yes'],
    ['yes', 'yes'],
    ['No.', 'no'],
    ['n', 'no'],
  ],
  vi: [
    ['có', 'yes'],
    ['co', 'yes'],
    ['Vâng', 'yes'],
    ['không', 'no'],
    ['khong', 'no'],
    ['ko', 'no'],
    ['K', 'no'],
  ],
  'zh-Hans': [
    ['是', 'yes'],
    ['是的', 'yes'],
    ['有', 'yes'],
    ['否', 'no'],
    ['不是', 'no'],
    ['没有', 'no'],
    ['Ｙ', 'yes'],
  ],
  ht: [
    ['wi', 'yes'],
    ['Wi', 'yes'],
    ['non', 'no'],
    ['N', 'no'],
  ],
  ar: [
    ['نعم', 'yes'],
    ['نَعَم', 'yes'],
    ['لا', 'no'],
    ['كلا', 'no'],
  ],
});

table('a single choice (numbered options, or an option’s own words where only one fits)', shift, {
  en: [
    ['3', 'night'],
    ['Night', 'night'],
    ['day', 'day'],
    ['it changes', 'changes'],
    ['5', 'unclear'],
    ['1 2', 'unclear'],
  ],
  es: [
    ['noche', 'night'],
    ['De día', 'day'],
    ['cambia', 'changes'],
    ['de', 'unclear'],
  ],
  'zh-Hans': [['夜班', 'night']],
  ar: [
    ['ليلية', 'night'],
    ['٢', 'evening'],
  ],
});

table('several choices in one reply (barriers: 8 of its options by text)', barriers, {
  en: [
    ['1 3', ['transportation', 'schedule']],
    ['1,3', ['transportation', 'schedule']],
    ['1, 3', ['transportation', 'schedule']],
    ['1 and 3', ['transportation', 'schedule']],
    ['3 1', ['transportation', 'schedule']],
    ['1 1', ['transportation']],
    ['8', ['none']],
    ['１ ３', ['transportation', 'schedule']],
    ['child care', ['child_care']],
    ['child care, my health', ['child_care', 'health']],
    ['9', 'unclear'],
    ['0', 'unclear'],
    ['1 9', 'unclear'],
    ['housing', 'unclear'],
    ['13', 'unclear'],
  ],
  es: [['1 y 3', ['transportation', 'schedule']]],
  vi: [['1 và 3', ['transportation', 'schedule']]],
  'zh-Hans': [
    ['1和3', ['transportation', 'schedule']],
    ['1、3', ['transportation', 'schedule']],
  ],
  ht: [['1 ak 3', ['transportation', 'schedule']]],
  ar: [
    ['١ و ٣', ['transportation', 'schedule']],
    ['1و3', ['transportation', 'schedule']],
  ],
});

table('a comment', comment, {
  en: [
    ['  The bus is late. ', 'The bus is late.'],
    ['   ', 'unclear'],
    ['x'.repeat(501), 'unclear'],
    ['skip', 'skip'],
  ],
});

describe('BACK and SKIP', () => {
  const words: Record<Lang, [back: string, skip: string]> = {
    en: ['back', 'Skip.'],
    es: ['Atrás', 'saltar'],
    vi: ['quay lại', 'bỏ qua'],
    'zh-Hans': ['返回', '跳过'],
    ht: ['retounen', 'sote'],
    ar: ['رجوع', 'تخطي'],
  };

  it.each(langs)('are read in %s, and in English there too', (lang) => {
    const [back, skip] = words[lang];
    for (const asked of [agree, barriers, comment]) {
      expect(reads(asked, lang, back)).toBe('back');
      expect(reads(asked, lang, skip)).toBe('skip');
      expect(reads(asked, lang, 'BACK')).toBe('back');
      expect(reads(asked, lang, 'SKIP')).toBe('skip');
    }
  });

  it('count spaced or not, and another language’s control word is only an answer there', () => {
    expect(reads(agree, 'vi', 'quaylai')).toBe('back');
    expect(reads(comment, 'en', 'saltar')).toBe('saltar');
  });
});

describe('answer keys', () => {
  it('come from the question type', () => {
    expect(keysLabel(agree.keys)).toBe('1-5');
    expect(keysLabel(likely.keys)).toBe('0-10');
    expect(keysLabel(yesno.keys)).toBe('Y/N');
    expect(keysLabel(shift.keys)).toBe('1-4');
    expect(keysLabel(barriers.keys)).toBe('1 3 (1-8)');
    expect(keysLabel(comment.keys)).toBe('text');
    expect(fixtureForm.items.map((i) => i.keys.kind)).toEqual([
      'scale',
      'yesno',
      'scale',
      'choice',
      'choice',
      'scale',
      'text',
    ]);
  });

  it('number a shorter SMS option list in its own order', () => {
    expect(barriers.keys).toEqual({
      kind: 'choice',
      several: true,
      values: ['transportation', 'child_care', 'schedule', 'pay', 'health', 'language', 'other', 'none'],
    });
  });
});

describe('normalizeReply', () => {
  it('folds digits, width, marks and case as keywords are compared', () => {
    expect(normalizeReply(' ¡Sí! ')).toBe('SI');
    expect(normalizeReply('٠١٢٣٤٥٦٧٨٩')).toBe('0123456789');
    expect(normalizeReply('۰۱۲۳۴۵۶۷۸۹')).toBe('0123456789');
    expect(normalizeReply('０１２３')).toBe('0123');
    expect(normalizeReply('Đồng  ý')).toBe('DONG Y');
  });
});
