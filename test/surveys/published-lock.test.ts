import { createHash } from 'node:crypto';
import { describe, it, expect } from 'vitest';
import { canonicalJson, publishedTemplates } from '../../surveys/index.js';
import lock from '../../surveys/published.lock.json' with { type: 'json' };

const fingerprint = (value: unknown) => createHash('sha256').update(canonicalJson(value)).digest('hex');
const locked: Record<string, string> = lock;

describe('published.lock.json', () => {
  it.each(publishedTemplates.map((d) => [`${d.id}@${d.version}`, d] as const))('pins %s', (key, def) => {
    const actual = fingerprint(def);
    expect(locked[key], `${key} has no lock entry; add "${key}": "${actual}"`).toBeDefined();
    expect(
      actual,
      `${key} differs from its lock entry: a published version never changes: add version ${def.version + 1} instead`,
    ).toBe(locked[key]);
  });

  it('still publishes every locked version, since stored answers refer to it', () => {
    const published = new Set(publishedTemplates.map((d) => `${d.id}@${d.version}`));
    for (const key of Object.keys(locked)) expect(published.has(key), `${key} was removed`).toBe(true);
  });
});

describe('canonicalJson', () => {
  it('sorts keys at every level and drops whitespace', () => {
    expect(canonicalJson({ b: 1, a: [{ d: true, c: null }, 'x'] })).toBe(
      '{"a":[{"c":null,"d":true},"x"],"b":1}',
    );
  });

  it('gives the same text for the same value built in a different order', () => {
    expect(canonicalJson({ x: 1, y: { p: 'é', q: [1, 2] } })).toBe(
      canonicalJson({ y: { q: [1, 2], p: 'é' }, x: 1 }),
    );
  });

  it('leaves out undefined members and escapes strings as JSON does', () => {
    expect(canonicalJson({ a: undefined, b: 'say "hi"\n' })).toBe('{"b":"say \\"hi\\"\\n"}');
  });

  it('refuses values JSON cannot carry', () => {
    expect(() => canonicalJson({ a: Number.NaN })).toThrow(TypeError);
    expect(() => canonicalJson([undefined])).toThrow(TypeError);
    expect(() => canonicalJson({ f: () => 1 })).toThrow(TypeError);
    expect(() => canonicalJson(1n)).toThrow(TypeError);
  });
});
