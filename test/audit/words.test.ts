/**
 * Every action the server writes to the audit trail is named in words in both dashboard languages,
 * and its kind is one the Activity screen's filter offers: found by reading the server's source for
 * `action: '<kind>.<verb>'`, so an action added later without words fails here.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { actionWords, detailLines } from '../../client/admin/audit/audit-words.ts';
import { auditKinds } from '../../server/audit/contract.ts';
import { compileCatalogue } from '../../client/shared/i18n/compile.ts';
import { wordsOf } from '../../client/shared/i18n/translate.ts';
import en from '../../client/shared/i18n/messages/en/audit.ts';
import es from '../../client/shared/i18n/messages/es/audit.ts';
import { root } from '../helpers/cli.ts';
import { sourceFiles } from '../helpers/source-files.ts';

const written = [
  ...new Set(
    sourceFiles('server').flatMap((f) =>
      [...readFileSync(join(root, f), 'utf8').matchAll(/action: '([a-z_]+\.[a-z_]+)'/g)].map((m) => m[1]!),
    ),
  ),
].sort();

describe('the audit actions in words', () => {
  it('finds the actions the server writes', () => {
    expect(written.length).toBeGreaterThan(40);
    expect(written).toEqual(
      expect.arrayContaining(['partnership.settings', 'auth.sign_in_failed', 'campaign.launch']),
    );
  });

  for (const [locale, messages] of [
    ['en', en],
    ['es', es],
  ] as const) {
    it(`names each one in ${locale}, under a kind the filter offers`, () => {
      const t = wordsOf<keyof typeof en & string>(locale, compileCatalogue(messages));
      for (const action of written) {
        expect(auditKinds, action).toContain(action.split('.')[0]);
        const said = actionWords(t, action);
        expect(said, action).not.toBe(action);
        expect(said.length, action).toBeGreaterThan(3);
      }
    });
  }

  it('shows an action it has no words for by its name', () => {
    const t = wordsOf<keyof typeof en & string>('en', compileCatalogue(en));
    expect(actionWords(t, 'something.new')).toBe('something.new');
    expect(actionWords(t, 'campaign.launch')).toBe('Launched a campaign');
    expect(actionWords(wordsOf('es', compileCatalogue(es)), 'campaign.launch')).toBe('Lanzó una campaña');
  });

  it("writes a change as before → after and a fact as field: value, in the reader's language", () => {
    const t = wordsOf<keyof typeof en & string>('en', compileCatalogue(en));
    const tEs = wordsOf<keyof typeof en & string>('es', compileCatalogue(es));
    const settings = {
      minGroupSize: { before: 5, after: 7 },
      helpContact: { before: null, after: 'help@x.org' },
    };
    expect(detailLines(t, settings)).toEqual(['minimum group size: 5 → 7', 'helpContact: none → help@x.org']);
    expect(detailLines(tEs, settings)).toEqual([
      'tamaño mínimo de grupo: 5 → 7',
      'helpContact: ninguno → help@x.org',
    ]);
    const schedule = {
      templateId: 'worker-voice',
      created: false,
      changes: { openDay: { before: 1, after: 8 } },
    };
    expect(detailLines(t, schedule)).toEqual(['templateId: worker-voice', 'created: no', 'openDay: 1 → 8']);
    expect(detailLines(t, { count: 2, contactIds: ['a', 'b'] })).toEqual(['count: 2', 'contactIds: a, b']);
  });
});
