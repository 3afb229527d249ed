// One renderer per question type (client/respond/types/): each offers its module's values, in order,
// with the words of the page's language, as the plain form the server sends.
import { h } from 'preact';
import { renderToString } from 'preact-render-to-string';
import { describe, expect, it } from 'vitest';
import { Question } from '../../client/respond/questions.tsx';
import { renderers } from '../../client/respond/types/index.ts';
import type { PageQuestion } from '../../client/respond/types.ts';
import { langs, questionTypeModules, questionTypes, ui, type QuestionType } from '../../surveys/index.js';

const options = [
  { value: 'bus', label: 'Bus' },
  { value: 'car', label: 'Car' },
];
const q = (type: QuestionType, extra: Partial<PageQuestion> = {}): PageQuestion => ({
  id: 'q1',
  type,
  text: 'How?',
  required: true,
  ...(questionTypeModules[type].rules.options ? { options } : {}),
  ...extra,
});
const inputs = (html: string) => [...html.matchAll(/<input type="(\w+)" name="q1" value="([^"]*)"/g)];

describe('renderers', () => {
  it('cover exactly the question types', () => {
    expect(Object.keys(renderers).sort()).toEqual([...questionTypes].sort());
  });

  it.each(questionTypes)("offer %s's values in order, in every language", (type) => {
    for (const lang of langs) {
      const choices = renderers[type].choices(q(type), ui[lang]);
      expect(choices.map((c) => c.value)).toEqual(questionTypeModules[type].answer.values(q(type)));
      const html = renderToString(h(Question, { q: q(type), value: undefined, ui: ui[lang] }));
      expect(inputs(html).map((m) => m[2])).toEqual(choices.map((c) => c.value));
      for (const c of choices) expect(html).toContain(`<span>${c.label}</span>`);
    }
  });

  it('word agree and yes/no points in the page language, and number the 0-10 and 1-10 scales', () => {
    expect(renderers.agree5.choices(q('agree5'), ui.es).map((c) => c.label)).toEqual(
      questionTypeModules.agree5.labels.es.points,
    );
    expect(renderers.yesno.choices(q('yesno'), ui.es).map((c) => c.label)).toEqual(['Sí', 'No']);
    expect(renderers.rating10.choices(q('rating10'), ui.en)[0]).toEqual({ value: '1', label: '1' });
    const html = renderToString(h(Question, { q: q('likelihood'), value: 7, ui: ui.es }));
    expect(html).toContain('0 = Nada probable');
    expect(html).toContain('10 = Muy probable');
    expect(html).toMatch(/value="7" checked/);
  });

  it('use radios for one answer, checkboxes for a multi question with how many to choose', () => {
    expect(
      new Set(
        inputs(renderToString(h(Question, { q: q('single'), value: 'car', ui: ui.en }))).map((m) => m[1]),
      ),
    ).toEqual(new Set(['radio']));
    const html = renderToString(h(Question, { q: q('multi', { max: 1 }), value: ['car'], ui: ui.en }));
    expect(inputs(html).map((m) => m[1])).toEqual(['checkbox', 'checkbox']);
    expect(html).toContain('Choose up to 1.');
    expect(html).toMatch(/value="car" checked/);
    expect(renderToString(h(Question, { q: q('multi'), value: undefined, ui: ui.es }))).toContain(
      ui.es.chooseAll,
    );
  });

  it('give free text a box limited to its length, 500 by default', () => {
    expect(renderToString(h(Question, { q: q('text'), value: 'hola', ui: ui.es }))).toContain(
      'Le quedan 496 caracteres',
    );
    expect(renderToString(h(Question, { q: q('text', { maxLength: 20 }), value: '', ui: ui.en }))).toMatch(
      /maxlength="20"/,
    );
  });
});
