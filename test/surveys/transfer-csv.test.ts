import { describe, expect, it } from 'vitest';
import { draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { publishedTemplates } from '../../surveys/index.ts';
import { exportCsv, importCsv, surveyTexts, TransferError } from '../../surveys/transfer/index.ts';
import { fixture } from './fixture.ts';

const templates = publishedTemplates.map(draftFromDefinition);

function refusal(run: () => unknown): TransferError {
  try {
    run();
  } catch (e) {
    if (e instanceof TransferError) return e;
    throw e;
  }
  throw new Error('expected a TransferError');
}

/** A sheet as a translator may send it back: only some rows, cells quoted where needed. */
function sheet(draft: SurveyDraft, rows: string[][], header = ['key', 'en', 'es', 'context']): string {
  const cell = (v: string) => (/[",\r\n;]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v);
  const survey = [`#survey=${draft.id}@${draft.version}`, '', '', ''];
  return [header, survey, ...rows].map((r) => r.map(cell).join(',')).join('\r\n');
}

describe('exportCsv', () => {
  it('writes a byte order mark, the header, the survey row and one CRLF row per text', () => {
    const draft = draftFromDefinition(fixture);
    draft.title = { en: 'Pay, "fair"\nor not', es: 'Pago' };
    const csv = exportCsv(draft);
    expect(csv.startsWith('\uFEFFkey,en,es,context\r\n#survey=fixture@1,,,')).toBe(true);
    expect(csv).toContain('\r\ntitle,"Pay, ""fair""\nor not",Pago,');
    expect(csv.endsWith('\r\n')).toBe(true);
    expect(csv.split('\r\n')).toHaveLength(2 + surveyTexts(draft).length + 1);
  });
});

describe('importCsv', () => {
  it('round-trips every built-in template unchanged', () => {
    for (const draft of templates) {
      const result = importCsv(draft, exportCsv(draft));
      expect(result.draft).toEqual(draft);
      expect([result.updated, result.refused]).toEqual([0, 0]);
      expect(result.rows).toHaveLength(draft.languages.length * surveyTexts(draft).length);
    }
  });

  it('applies exactly the cells a translator changed, in any language column', () => {
    const draft = draftFromDefinition(fixture);
    const csv = exportCsv(draft)
      .replace('Training (es)', 'Formación')
      .replace('\r\nquestion.comment.text,Comment,', '\r\nquestion.comment.text,"Anything, else?",');
    const result = importCsv(draft, csv);
    expect(result.rows.filter((r) => r.status === 'updated').map((r) => [r.key, r.lang])).toEqual([
      ['section.training.title', 'es'],
      ['question.comment.text', 'en'],
    ]);
    const expected = structuredClone(draft);
    expected.sections[1]!.title.es = 'Formación';
    expected.sections[3]!.questions[0]!.text.en = 'Anything, else?';
    expect(result.draft).toEqual(expected);
  });

  it('reads a partial sheet, where an empty cell leaves the text as it is', () => {
    const draft = draftFromDefinition(fixture);
    const result = importCsv(draft, sheet(draft, [['question.note.text', '', 'Una nota\r\nlarga', '']]));
    expect(result.rows).toEqual([
      { row: 3, key: 'question.note.text', lang: 'en', status: 'unchanged' },
      {
        row: 3,
        key: 'question.note.text',
        lang: 'es',
        status: 'updated',
        warning: '1 line break where the English text has 0',
      },
    ]);
    expect(result.draft.sections[3]!.questions[1]!.text).toEqual({ en: 'Note', es: 'Una nota\nlarga' });
  });

  it('reads a sheet Excel saved with semicolons, with or without a sep= line', () => {
    const draft = draftFromDefinition(fixture);
    const semi = '\uFEFFkey;en;es;context\r\n#survey=fixture@1;;;\r\ntitle;;"Prueba; sí";\r\n';
    expect(importCsv(draft, semi).draft.title.es).toBe('Prueba; sí');
    const result = importCsv(draft, `sep=;\r\n${semi.slice(1)}`);
    expect(result.draft.title.es).toBe('Prueba; sí');
    expect(result.rows[1]).toMatchObject({ row: 4, key: 'title', lang: 'es', status: 'updated' });
  });

  it('refuses each bad row with its reason and applies the rest', () => {
    const draft = draftFromDefinition(fixture);
    draft.sections[0]!.questions[0]!.text = {
      en: 'Does {partnership} pay fairly?',
      es: '¿{partnership} paga justo?',
    };
    const csv = sheet(
      draft,
      [
        ['question.gone.text', '', 'Nada', ''],
        ['question.pay_fair.text', '', '¿Le pagan justo?', ''],
        ['intro', '', 'x'.repeat(2001), ''],
        ['title', '', 'Prueba', 'Bonjour'],
        ['title', '', 'Otra', ''],
        ['question.note.text', '', 'Nota \uFFFD', ''],
        ['question.comment.text', 'Comment', 'Comentario', '', 'extra'],
      ],
      ['key', 'en', 'es', 'fr'],
    );
    const result = importCsv(draft, csv);
    const refused = result.rows.filter((r) => r.status === 'refused').map((r) => [r.row, r.lang, r.reason]);
    expect(refused).toEqual([
      [3, 'en', expect.stringMatching(/^unknown key "question\.gone\.text"/)],
      [3, 'es', expect.stringMatching(/^unknown key/)],
      [4, 'es', expect.stringMatching(/^placeholder \{partnership\} missing/)],
      [5, 'es', '2001 characters, over the limit of 2000'],
      [6, 'fr', expect.stringMatching(/^unknown language "fr"/)],
      [7, 'es', 'title in Spanish is given again: only its first row (6) is read'],
      [8, 'es', expect.stringMatching(/save the file as "CSV UTF-8"/)],
      [9, 'en', expect.stringMatching(/5 cells where the header has 4/)],
      [9, 'es', expect.stringMatching(/5 cells where the header has 4/)],
    ]);
    expect(result.refused).toBe(9);
    const expected = structuredClone(draft);
    expected.title.es = 'Prueba';
    expect(result.draft).toEqual(expected);
    expect(result.updated).toBe(1);
  });

  it('refuses a text in a language the survey is not written in', () => {
    const draft: SurveyDraft = { ...draftFromDefinition(fixture), languages: ['en'] };
    const result = importCsv(draft, sheet(draft, [['title', '', 'Prueba', '']]));
    expect(result.rows[1]).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/not written in Spanish/),
    });
    expect(result.draft).toEqual(draft);
  });

  it('imports by key into a survey reordered since the export', () => {
    const draft = draftFromDefinition(fixture);
    const csv = exportCsv(draft).replace('on_the_job (es)', 'En el trabajo');
    const reordered = structuredClone(draft);
    reordered.sections.reverse();
    reordered.sections[2]!.questions[0]!.options!.reverse();
    const result = importCsv(reordered, csv);
    expect(result.updated).toBe(1);
    expect(result.draft.sections[2]!.questions[0]!.options!.map((o) => o.label.es)).toEqual([
      'online (es)',
      'En el trabajo',
      'classroom (es)',
    ]);
  });

  it('refuses a file that is not CSV, lacks a key column, or is for another survey', () => {
    const draft = draftFromDefinition(fixture);
    const unbalanced = refusal(() => importCsv(draft, sheet(draft, []) + '\r\ntitle,"Fixture,Prueba,\r\n'));
    expect(unbalanced.code).toBe('BAD_CSV');
    expect(unbalanced.message).toBe('A quoted cell opens at line 3 and is never closed.');
    const stray = refusal(() => importCsv(draft, sheet(draft, []) + '\r\ntitle,"Fixture" test,\r\n'));
    expect(stray.message).toBe(
      'Text after a closing quote at line 3: write a quote inside a quoted cell as "".',
    );
    expect(refusal(() => importCsv(draft, 'id,en,es\r\ntitle,a,b\r\n')).message).toMatch(/"key"/);
    expect(refusal(() => importCsv(draft, 'key,es,es\r\n')).message).toMatch(/"es" appears twice/);
    const other = exportCsv({ ...draft, version: 2 });
    expect(refusal(() => importCsv(draft, other))).toMatchObject({
      code: 'SURVEY_MISMATCH',
      message: 'The file is for survey fixture version 2, not fixture version 1.',
    });
    const bare = exportCsv(draft).replace(/#survey=[^\r]*\r\n/, '');
    expect(refusal(() => importCsv(draft, bare)).message).toMatch(/#survey= row is missing/);
  });
});
