/**
 * The dashboard's message catalogue (client/shared/i18n/messages/<locale>/<area>.ts): every locale has
 * every area and every key of English, each message is valid ICU MessageFormat, and a translation
 * uses exactly the placeholders, plural and select arguments and tags of its English message, so a
 * name or a count can never drop out of a sentence in one language.
 */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { TYPE, type MessageFormatElement } from '@formatjs/icu-messageformat-parser';
import { compileMessage } from '../../client/shared/i18n/compile.ts';
import { locales } from '../../client/shared/i18n/locales.ts';
import { root } from '../helpers/cli.ts';

const dir = join(root, 'client/shared/i18n/messages');
const areas = readdirSync(join(dir, 'en')).map((f) => f.replace(/\.ts$/, ''));

async function catalogue(locale: string, area: string): Promise<Record<string, string>> {
  return (
    (await import(pathToFileURL(join(dir, locale, `${area}.ts`)).href)) as { default: Record<string, string> }
  ).default;
}

/** Every argument, plural, select and tag a message uses, each with its kind. */
function placeholders(elements: MessageFormatElement[], into = new Set<string>()): Set<string> {
  for (const e of elements) {
    if (e.type === TYPE.literal || e.type === TYPE.pound) continue;
    if (e.type === TYPE.tag) {
      into.add(`<${e.value}>`);
      placeholders(e.children, into);
      continue;
    }
    into.add(`${e.value}:${TYPE[e.type]}`);
    if (e.type === TYPE.plural || e.type === TYPE.select)
      for (const option of Object.values(e.options)) placeholders(option.value, into);
  }
  return into;
}

const used = (message: string) => {
  const c = compileMessage(message);
  return typeof c === 'string' ? [] : [...placeholders(c)].sort();
};

describe('the dashboard catalogue', () => {
  it('has the same areas in every locale', () => {
    expect(areas.length).toBeGreaterThan(0);
    for (const l of locales)
      expect(
        readdirSync(join(dir, l))
          .map((f) => f.replace(/\.ts$/, ''))
          .sort(),
        l,
      ).toEqual([...areas].sort());
  });

  for (const area of areas) {
    it(`${area}: every locale has every English key and no other, with the same placeholders`, async () => {
      const en = await catalogue('en', area);
      for (const l of locales.filter((x) => x !== 'en')) {
        const other = await catalogue(l, area);
        expect(Object.keys(other).sort(), `${l}/${area} keys`).toEqual(Object.keys(en).sort());
        for (const [key, message] of Object.entries(en)) {
          expect(other[key]!.trim(), `${l}/${area}.${key} is empty`).not.toBe('');
          expect(used(other[key]!), `${l}/${area}.${key}: ${other[key]}`).toEqual(used(message));
        }
      }
    });
  }

  it('catches a translation that drops or renames a placeholder', () => {
    expect(used('{n, plural, one {# answer} other {# answers}} from {period}')).not.toEqual(
      used('{n, plural, one {# respuesta} other {# respuestas}}'),
    );
    expect(used('<link>sign in</link>')).not.toEqual(used('<enlace>inicie sesión</enlace>'));
    expect(used('{status}')).toEqual(used('El servidor respondió {status}.'));
  });
});
