/**
 * A survey's texts out to a translator and back through the API (CSV and XLIFF 2.0), and a whole
 * survey carried to another partnership as JSON. Refusals are envelopes that change nothing.
 */
import { describe, expect, it } from 'vitest';
import type { SurveyDraft } from '../../surveys/draft.ts';
import { adminClient, makeTestApp, staffClient, type TestClient } from '../helpers/app.ts';
import { seedCampaign } from '../helpers/seed.ts';

const childCare = {
  id: 'childcare_access',
  type: 'yesno' as const,
  required: false,
  text: { en: 'Can you get child care for the hours you work?' },
};
const spanish = '¿Puede conseguir cuidado infantil para sus horas de trabajo?';

async function setup() {
  const ctx = makeTestApp();
  const admin = await adminClient(ctx);
  const { partnershipId } = await seedCampaign(admin, { workers: 3 });
  const started = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
    name: 'Ours',
    from: { templateId: 'worker-voice', version: 1 },
  });
  const id = started.json.survey.id as string;
  const draft = (await admin.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;
  draft.sections[1]!.questions.push(childCare);
  expect((await admin.put(`/api/surveys/${id}/draft`, { draft })).status).toBe(200);
  return { ctx, admin, partnershipId, id };
}

const upload = (client: TestClient, id: string, type: string, body: string) =>
  client.request('POST', `/api/surveys/${id}/texts`, body, { 'content-type': type });

const draftOf = async (admin: TestClient, id: string) =>
  (await admin.get(`/api/surveys/${id}`)).json.survey.draftDefinition as SurveyDraft;

describe('translation round trip', () => {
  it('sends the texts out as CSV, takes the translation back into the draft, and publishes', async () => {
    const { admin, id } = await setup();
    const csv = await admin.get(`/api/surveys/${id}/texts.csv`);
    expect(csv.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(csv.headers.get('content-disposition')).toMatch(
      /^attachment; filename="own-worker-voice-\w+-v1\.csv"$/,
    );
    const line = csv.text.split('\n').find((l) => l.startsWith('question.childcare_access.text,'))!;
    expect(
      line.startsWith('question.childcare_access.text,Can you get child care for the hours you work?,,'),
    ).toBe(true);
    const translated = csv.text.replace(line, line.replace('work?,,', `work?,${spanish},`));
    const res = await upload(admin, id, 'text/csv', translated);
    expect(res.status, res.text).toBe(200);
    expect(res.json.report).toMatchObject({ updated: 1, refused: 0 });
    expect(res.json.checks.blocking).toBe(0);
    expect((await draftOf(admin, id)).sections[1]!.questions.at(-1)!.text.es).toBe(spanish);
    expect((await admin.post(`/api/surveys/${id}/publish`)).status).toBe(201);
  });

  it('does the same with XLIFF 2.0, and refuses a file it cannot use, changing nothing', async () => {
    const { admin, id } = await setup();
    const xlf = await admin.get(`/api/surveys/${id}/texts.xlf?lang=es`);
    expect(xlf.headers.get('content-type')).toBe('application/xliff+xml; charset=utf-8');
    expect(xlf.text).toContain('version="2.0" srcLang="en" trgLang="es"');
    const unit = /<unit id="question\.childcare_access\.text">[\s\S]*?<\/unit>/.exec(xlf.text)![0];
    const done = unit.replace(/<\/source>/, `</source>\n<target xml:space="preserve">${spanish}</target>`);
    const before = await draftOf(admin, id);
    for (const [type, body, status] of [
      ['text/plain', xlf.text, 415],
      ['application/xliff+xml', '<xliff version="2.0"><file', 400],
      ['application/xliff+xml', xlf.text.replace(id, 'own-worker-voice-aaaaaaaaaaaa'), 409],
      ['text/csv', 'key,en,es\n"unclosed', 400],
    ] as const) {
      const refused = await upload(admin, id, type, body);
      expect(refused.status, `${type}: ${refused.text}`).toBe(status);
      expect(refused.json.error.code).toMatch(/^[A-Z_]+$/);
    }
    expect(await draftOf(admin, id)).toEqual(before);
    const res = await upload(admin, id, 'application/xliff+xml', xlf.text.replace(unit, done));
    expect(res.status, res.text).toBe(200);
    expect(res.json.report.updated).toBe(1);
    expect((await draftOf(admin, id)).sections[1]!.questions.at(-1)!.text.es).toBe(spanish);
  });

  it('reports a translation that drops a placeholder or names an unknown text, row by row', async () => {
    const { admin, id } = await setup();
    const csv = (await admin.get(`/api/surveys/${id}/texts.csv`)).text;
    const extra = `${csv.trimEnd()}\nquestion.no_such_question.text,Hello,Hola,\n`;
    const res = await upload(admin, id, 'text/csv', extra);
    expect(res.status).toBe(200);
    expect(res.json.report.refused).toBeGreaterThan(0);
    expect(res.json.report.rows).toContainEqual(
      expect.objectContaining({ key: 'question.no_such_question.text', status: 'refused' }),
    );
  });
});

describe('a language added by its translation', () => {
  const vietnamese = 'Bạn có thể tìm người trông trẻ trong giờ làm việc không?';
  const fill = (xlf: string, text: string) => {
    const unit = /<unit id="question\.childcare_access\.text">[\s\S]*?<\/unit>/.exec(xlf)![0];
    return xlf.replace(
      unit,
      unit.replace(/<\/source>/, `</source>\n<target xml:space="preserve">${text}</target>`),
    );
  };

  it('refuses an XLIFF for a language the survey is not written in, naming it', async () => {
    const { admin, id } = await setup();
    const vi = await admin.get(`/api/surveys/${id}/texts.xlf?lang=vi`);
    expect([vi.status, vi.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    expect(vi.json.error.message).toMatch(/not written in Vietnamese: add it to the survey's languages/);
    // Somali is a language contacts speak, but no survey page is written in it yet.
    for (const lang of ['so', 'xx']) {
      const res = await admin.get(`/api/surveys/${id}/texts.xlf?lang=${lang}`);
      expect([res.status, res.json.error.code], lang).toEqual([422, 'VALIDATION_FAILED']);
    }
  });

  it('exports Vietnamese once the survey lists it, takes the translation back, and refuses it once removed', async () => {
    const { admin, id } = await setup();
    const draft = await draftOf(admin, id);
    expect(
      (await admin.put(`/api/surveys/${id}/draft`, { draft: { ...draft, languages: ['en', 'es', 'vi'] } }))
        .status,
    ).toBe(200);
    const xlf = await admin.get(`/api/surveys/${id}/texts.xlf?lang=vi`);
    expect(xlf.status, xlf.text).toBe(200);
    expect(xlf.headers.get('content-disposition')).toMatch(/-vi\.xlf"$/);
    expect(xlf.text).toContain('srcLang="en" trgLang="vi"');
    const csv = (await admin.get(`/api/surveys/${id}/texts.csv`)).text;
    expect(csv.split('\n')[0]).toMatch(/^key,en,es,vi\b/);

    const res = await upload(admin, id, 'application/xliff+xml', fill(xlf.text, vietnamese));
    expect(res.status, res.text).toBe(200);
    expect(res.json.report).toMatchObject({ updated: 1, refused: 0 });
    expect((await draftOf(admin, id)).sections[1]!.questions.at(-1)!.text.vi).toBe(vietnamese);

    // Taken off the survey, Vietnamese keeps its texts in the draft, and a file in it is refused row by row.
    const now = await draftOf(admin, id);
    expect(
      (await admin.put(`/api/surveys/${id}/draft`, { draft: { ...now, languages: ['en', 'es'] } })).status,
    ).toBe(200);
    const again = await upload(admin, id, 'application/xliff+xml', fill(xlf.text, `${vietnamese} (2)`));
    expect(again.status, again.text).toBe(200);
    expect(again.json.report.updated).toBe(0);
    expect(again.json.report.rows).toContainEqual(
      expect.objectContaining({
        key: 'question.childcare_access.text',
        lang: 'vi',
        status: 'refused',
        reason: expect.stringMatching(/not written in Vietnamese/),
      }),
    );
    expect((await draftOf(admin, id)).sections[1]!.questions.at(-1)!.text.vi).toBe(vietnamese);
    expect((await admin.get(`/api/surveys/${id}/texts.xlf?lang=vi`)).status).toBe(422);
  });

  it('exports an Arabic file from a survey started from a six-language version', async () => {
    const { admin, partnershipId } = await setup();
    const started = await admin.post(`/api/partnerships/${partnershipId}/surveys`, {
      name: 'All six',
      from: { templateId: 'worker-voice', version: 2 },
    });
    const id = started.json.survey.id as string;
    expect((started.json.survey.draftDefinition as SurveyDraft).languages).toEqual([
      'en',
      'es',
      'vi',
      'zh-Hans',
      'ht',
      'ar',
    ]);
    const ar = await admin.get(`/api/surveys/${id}/texts.xlf?lang=ar`);
    expect(ar.status, ar.text).toBe(200);
    expect(ar.text).toContain('srcLang="en" trgLang="ar"');
    // Every text of a complete version is already there in Arabic.
    expect(ar.text.match(/<target/g)?.length).toBe(ar.text.match(/<source/g)?.length);
  });
});

describe('a whole survey as JSON', () => {
  it('carries a survey to another partnership as a new survey of its own', async () => {
    const { ctx, admin, id } = await setup();
    const file = await admin.get(`/api/surveys/${id}/export.json`);
    expect(JSON.parse(file.text)).toMatchObject({ format: 'sector-voice/survey', formatVersion: 1 });
    const other = await seedCampaign(admin, { workers: 1 });
    const made = await admin.post(`/api/partnerships/${other.partnershipId}/surveys/import`, {
      name: 'Borrowed from River Valley',
      content: file.text,
    });
    expect(made.status, made.text).toBe(201);
    expect(made.json.survey.id).not.toBe(id);
    expect(made.json.survey).toMatchObject({
      kind: 'worker-voice',
      line: 'worker-voice',
      draft: { version: 1 },
    });
    const { id: _a, ...mine } = await draftOf(admin, id);
    const { id: _b, ...theirs } = made.json.survey.draftDefinition as SurveyDraft;
    expect(theirs).toEqual(mine);
    expect(made.json.checks.blocking).toBe(1);

    const bad = await admin.post(`/api/partnerships/${other.partnershipId}/surveys/import`, {
      name: 'Broken',
      content: '{"format":"something-else"}',
    });
    expect([bad.status, bad.json.error.code]).toEqual([422, 'VALIDATION_FAILED']);
    const viewer = await staffClient(ctx, admin, 'viewer', [other.partnershipId]);
    const refused = await viewer.post(`/api/partnerships/${other.partnershipId}/surveys/import`, {
      name: 'X',
      content: file.text,
    });
    expect(refused.status).toBe(403);
    // A viewer changes nothing, here or anywhere.
    expect((await upload(viewer, id, 'text/csv', 'key,en,es\n')).status).toBe(403);
  });
});
