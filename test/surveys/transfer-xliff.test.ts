import { XMLParser } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { draftFromDefinition, type SurveyDraft } from '../../surveys/draft.ts';
import { publishedTemplates } from '../../surveys/index.ts';
import { exportXliff, importXliff, surveyTexts, TransferError } from '../../surveys/transfer/index.ts';
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

/** The fixture with a placeholder in one question, as a partnership's own text may have. */
function draftWithPlaceholder(): SurveyDraft {
  const draft = draftFromDefinition(fixture);
  draft.sections[0]!.questions[0]!.text = {
    en: 'Does {partnership} pay fairly?',
    es: '¿{partnership} paga justo?',
  };
  return draft;
}

/** Replaces the target of one unit in an exported file, as a translator's tool would write it. */
function setTarget(xml: string, key: string, target: string): string {
  const unit = new RegExp(
    `(<unit id="${key.replace(/\./g, '\\.')}">[\\s\\S]*?)(?:<target[^>]*>[\\s\\S]*?</target>|(</source>))`,
  );
  expect(xml).toMatch(unit);
  return xml.replace(
    unit,
    (_, head: string, source?: string) => `${head}${source ?? ''}<target>${target}</target>`,
  );
}

const changed = (draft: SurveyDraft, key: string, lang: 'en' | 'es') =>
  surveyTexts(draft).find((e) => e.key === key)!.texts[lang];

describe('exportXliff', () => {
  it('writes XLIFF 2.0 with one unit per text, the survey in its metadata and the context as notes', () => {
    const draft = templates[0]!;
    const xml = exportXliff(draft, 'es');
    const doc = new XMLParser({
      ignoreAttributes: false,
      isArray: (name) => ['unit', 'note', 'mda:meta'].includes(name),
    }).parse(xml);
    expect(doc.xliff['@_xmlns']).toBe('urn:oasis:names:tc:xliff:document:2.0');
    expect([doc.xliff['@_version'], doc.xliff['@_srcLang'], doc.xliff['@_trgLang']]).toEqual([
      '2.0',
      'en',
      'es',
    ]);
    const file = doc.xliff.file;
    expect(
      file['mda:metadata']['mda:metaGroup']['mda:meta'].map((m: Record<string, string>) => m['#text']),
    ).toEqual(['worker-voice', 1]);
    const units = file.unit as Record<string, any>[];
    expect(units.map((u) => u['@_id'])).toEqual(surveyTexts(draft).map((e) => e.key));
    const first = units.find((u) => u['@_id'].endsWith('.text'))!;
    expect(first.notes.note[0]['#text']).toMatch(
      /^Text of question 1 of \d+ in section 1 of \d+ ".+": a statement answered on a 5-point scale/,
    );
    expect(first.segment.target['#text']).toBe(changed(draft, first['@_id'], 'es'));
  });

  it('leaves out the target of a text not yet translated, and notes its placeholders', () => {
    const draft = draftWithPlaceholder();
    delete draft.sections[0]!.questions[1]!.text.es;
    const xml = exportXliff(draft, 'es');
    expect(xml).toMatch(
      /<unit id="question\.pay_low\.text">[\s\S]*?<segment state="initial">\s*<source xml:space="preserve">Pay is low<\/source>\s*<\/segment>/,
    );
    expect(xml).toContain('<note category="placeholders">Keep {partnership} exactly as written');
  });

  it('refuses a text XML cannot carry', () => {
    const draft = draftFromDefinition(fixture);
    draft.title.en = 'Fixture\u0007';
    expect(refusal(() => exportXliff(draft, 'es')).code).toBe('UNREPRESENTABLE_TEXT');
  });
});

describe('importXliff', () => {
  it('round-trips every built-in template into each language unchanged', () => {
    for (const draft of templates) {
      for (const [target, source] of [
        ['es', 'en'],
        ['en', 'es'],
      ] as const) {
        const result = importXliff(draft, exportXliff(draft, target, source));
        expect(result.draft).toEqual(draft);
        expect([result.updated, result.refused]).toEqual([0, 0]);
        expect(result.rows).toHaveLength(surveyTexts(draft).length);
        expect(new Set(result.rows.map((r) => `${r.lang} ${r.status}`))).toEqual(
          new Set([`${target} unchanged`]),
        );
      }
    }
  });

  it('applies exactly the texts a translator changed or added', () => {
    const draft = draftFromDefinition(fixture);
    delete draft.sections[3]!.questions[1]!.text.es;
    let xml = exportXliff(draft, 'es');
    xml = setTarget(xml, 'question.note.text', 'Nota &amp; más');
    xml = setTarget(
      xml,
      'question.barriers.option.housing',
      '<mrk id="m1" type="comment" value="ok">Vivienda</mrk>',
    );
    const result = importXliff(draft, xml);
    const updated = result.rows.filter((r) => r.status === 'updated');
    expect(updated.map((r) => r.key)).toEqual(['question.barriers.option.housing', 'question.note.text']);
    expect(result.updated).toBe(2);
    const expected = structuredClone(draft);
    expected.sections[2]!.questions[0]!.options![2]!.label.es = 'Vivienda';
    expected.sections[3]!.questions[1]!.text.es = 'Nota & más';
    expect(result.draft).toEqual(expected);
    expect(draft.sections[3]!.questions[1]!.text.es).toBeUndefined();
    expect(updated[0]!.row).toBe(
      xml.slice(0, xml.indexOf('<unit id="question.barriers.option.housing"')).split('\n').length,
    );
  });

  it('leaves a text as it is where the target is empty', () => {
    const draft = draftFromDefinition(fixture);
    const result = importXliff(draft, setTarget(exportXliff(draft, 'es'), 'title', ''));
    expect(result.rows.find((r) => r.key === 'title')!.status).toBe('unchanged');
    expect(result.draft).toEqual(draft);
  });

  it('refuses a unit whose key the survey does not have, and applies the others', () => {
    const draft = draftFromDefinition(fixture);
    let xml = exportXliff(draft, 'es').replace(
      '<unit id="question.note.text">',
      '<unit id="question.notes.text">',
    );
    xml = setTarget(xml, 'question.comment.text', 'Comentario');
    const result = importXliff(draft, xml);
    const refused = result.rows.filter((r) => r.status === 'refused');
    expect(refused).toHaveLength(1);
    expect(refused[0]!.reason).toMatch(/unknown key "question\.notes\.text"/);
    expect(result.draft.sections[3]!.questions[0]!.text.es).toBe('Comentario');
    expect(result.draft.sections[3]!.questions[1]!.text).toEqual(draft.sections[3]!.questions[1]!.text);
  });

  it('refuses a translation that drops or adds a placeholder, and accepts one that repeats it', () => {
    const draft = draftWithPlaceholder();
    const key = 'question.pay_fair.text';
    const rowOf = (target: string) => importXliff(draft, setTarget(exportXliff(draft, 'es'), key, target));
    const missing = rowOf('¿Le pagan justo?');
    expect(missing.rows.find((r) => r.key === key)).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/placeholder \{partnership\} missing/),
    });
    expect(missing.draft).toEqual(draft);
    const added = rowOf('¿{partnership} de {city} paga justo?');
    expect(added.rows.find((r) => r.key === key)!.reason).toMatch(/\{city\} is not in the English text/);
    const twice = rowOf('¿{partnership} paga justo? {partnership} dice que sí.');
    expect(twice.rows.find((r) => r.key === key)!.status).toBe('updated');
  });

  it('refuses a text over the length limit, alone', () => {
    const draft = draftFromDefinition(fixture);
    let xml = setTarget(exportXliff(draft, 'es'), 'intro', 'x'.repeat(2001));
    xml = setTarget(xml, 'title', 'Prueba');
    const result = importXliff(draft, xml);
    expect(result.rows.find((r) => r.key === 'intro')).toMatchObject({
      status: 'refused',
      reason: '2001 characters, over the limit of 2000',
    });
    expect(result.draft.intro).toEqual(draft.intro);
    expect(result.draft.title.es).toBe('Prueba');
  });

  it('warns, but applies, when line breaks differ or the source changed since the export', () => {
    const draft = draftFromDefinition(fixture);
    const xml = setTarget(exportXliff(draft, 'es'), 'intro', 'Una encuesta\nde prueba');
    const edited = structuredClone(draft);
    edited.intro.en = 'A survey for tests';
    const result = importXliff(edited, xml);
    const row = result.rows.find((r) => r.key === 'intro')!;
    expect(row.status).toBe('updated');
    expect(row.warning).toMatch(/1 line break where the English text has 0/);
    expect(row.warning).toMatch(/English text changed since this file was exported/);
  });

  it('imports by key into a survey reordered since the export', () => {
    const draft = draftFromDefinition(fixture);
    const xml = setTarget(exportXliff(draft, 'es'), 'question.training_cost.text', '¿Pagó usted?');
    const reordered = structuredClone(draft);
    reordered.sections.reverse();
    for (const s of reordered.sections) s.questions.reverse();
    const result = importXliff(reordered, xml);
    const training = result.draft.sections.find((s) => s.id === 'training')!;
    expect(training.questions.map((q) => [q.id, q.text.es])).toEqual([
      ['training_cost', '¿Pagó usted?'],
      ['training_kind', 'Kind (es)'],
    ]);
    expect(result.updated).toBe(1);
  });

  it('refuses a file for another survey or version, or one that does not say', () => {
    const draft = draftFromDefinition(fixture);
    const xml = exportXliff(draft, 'es');
    expect(refusal(() => importXliff({ ...draft, id: 'other' }, xml))).toMatchObject({
      code: 'SURVEY_MISMATCH',
      message: 'The file is for survey fixture version 1, not other version 1.',
    });
    expect(refusal(() => importXliff({ ...draft, version: 2 }, xml)).code).toBe('SURVEY_MISMATCH');
    const bare = xml.replace(/<mda:metadata>[\s\S]*<\/mda:metadata>/, '');
    expect(refusal(() => importXliff(draft, bare)).message).toMatch(/does not say which survey/);
  });

  it('refuses what is not well-formed XML, with where', () => {
    const draft = draftFromDefinition(fixture);
    const xml = exportXliff(draft, 'es');
    const cut = refusal(() => importXliff(draft, xml.replace('</segment>', '')));
    expect(cut.code).toBe('BAD_XML');
    expect(cut.message).toMatch(/line \d+/);
    expect(refusal(() => importXliff(draft, setTarget(xml, 'title', 'a &nbsp; b'))).code).toBe('BAD_XML');
    const doctype = xml.replace('<xliff', '<!DOCTYPE xliff [<!ENTITY a "aaaa">]>\n<xliff');
    expect(refusal(() => importXliff(draft, doctype)).code).toBe('BAD_XML');
  });

  it('refuses other versions of XLIFF and languages a survey does not have', () => {
    const draft = draftFromDefinition(fixture);
    const xml = exportXliff(draft, 'es');
    expect(refusal(() => importXliff(draft, xml.replace('version="2.0"', 'version="1.2"'))).code).toBe(
      'UNSUPPORTED_FORMAT',
    );
    expect(refusal(() => importXliff(draft, '<html><body/></html>')).code).toBe('UNSUPPORTED_FORMAT');
    expect(refusal(() => importXliff(draft, xml.replace('trgLang="es"', 'trgLang="fr"'))).code).toBe(
      'UNKNOWN_LANGUAGE',
    );
    const mexican = importXliff(
      draft,
      setTarget(xml.replace('trgLang="es"', 'trgLang="es-MX"'), 'title', 'Prueba'),
    );
    expect(mexican.draft.title.es).toBe('Prueba');
  });

  it('refuses inline codes, and reads segments a tool split and characters it escaped', () => {
    const draft = draftFromDefinition(fixture);
    let xml = setTarget(exportXliff(draft, 'es'), 'title', 'Prueba <ph id="1"/>');
    xml = xml.replace(
      /<segment state="translated">\s*<source xml:space="preserve">A test survey<\/source>[\s\S]*?<\/segment>/,
      '<segment><source>A test</source><target>Una prueba</target></segment><ignorable><source> </source></ignorable><segment><source>survey</source><target>&#x263A;<cp hex="0007"/></target></segment>',
    );
    const result = importXliff(draft, xml);
    expect(result.rows.find((r) => r.key === 'title')).toMatchObject({
      status: 'refused',
      reason: expect.stringMatching(/inline code <ph>/),
    });
    expect(result.draft.intro.es).toBe('Una prueba ☺\u0007');
  });

  it('keeps keys made of ids XML does not allow in a unit id', () => {
    const draft = draftFromDefinition(fixture);
    draft.sections[3]!.questions[0]!.id = 'my note: ñ';
    const xml = exportXliff(draft, 'es');
    expect(xml).toContain('<unit id="question.my:20:note:3a::20::f1:.text">');
    const result = importXliff(draft, setTarget(xml, 'question.my:20:note:3a::20::f1:.text', 'Nota'));
    expect(result.draft.sections[3]!.questions[0]!.text.es).toBe('Nota');
  });
});
