/**
 * fast-check drafts for the survey checks: valid ones (built from generated questions, or a published
 * template) with none to a few subtle edits that may or may not break them: questions reordered or
 * moved, ids renamed or duplicated, translations dropped or blanked, skip rules pointed forward or at
 * answers that cannot happen, types changed under their options, dimensions dropped or invented, text
 * messages added, left untranslated, too long or numbering answers the question lacks. The
 * generator does not know which drafts are broken: the schema is the oracle.
 */
import fc from 'fast-check';
import { publishedTemplates, questionTypes, surveyKinds, type QuestionType } from '../../surveys/index.ts';
import { draftFromDefinition, type DraftQuestion, type SurveyDraft } from '../../surveys/draft.ts';

const questionSpec = fc.record({
  type: fc.constantFrom(...questionTypes),
  required: fc.boolean(),
  options: fc.integer({ min: 2, max: 4 }),
  dimension: fc.nat(4),
  showIf: fc.option(fc.nat(20), { nil: undefined }),
  help: fc.boolean(),
  extra: fc.nat(3),
  wording: fc.nat(3),
});
type QuestionSpec = typeof questionSpec extends fc.Arbitrary<infer T> ? T : never;

const dimensionPool = ['pay', 'culture', 'benefits', 'own_dim'];
const wordings: [string, string][] = [
  ['My pay is fair.', 'Mi pago es justo.'],
  ['I am not treated with respect at work.', 'En el trabajo no me tratan con respeto.'],
  [
    'The organization consistently communicates comprehensive information regarding organizational priorities.',
    'La organización comunica sistemáticamente información exhaustiva sobre las prioridades institucionales.',
  ],
  ['I can get to work.', 'Puedo llegar al trabajo.'],
];

/** Answers a question can have, for a skip rule that works. */
function answersOf(q: DraftQuestion): (string | number)[] {
  if (q.type === 'yesno') return ['yes'];
  if (q.options) return [q.options[0]!.value];
  return { agree5: [4], likelihood: [9], rating10: [1] }[q.type as 'agree5'] ?? [];
}

function buildQuestion(spec: QuestionSpec, n: number, earlier: DraftQuestion[]): DraftQuestion {
  const [en, es] = wordings[spec.wording]!;
  const q: DraftQuestion = { id: `q${n}`, type: spec.type, required: spec.required, text: { en, es } };
  if (spec.help) q.help = { en: 'Think of the last month.', es: 'Piense en el último mes.' };
  if (spec.type === 'single' || spec.type === 'multi') {
    q.options = Array.from({ length: spec.options }, (_, i) => ({
      value: `o${i}`,
      label: { en: `Choice ${i}`, es: `Opción ${i}` },
    }));
    if (spec.type === 'multi' && spec.extra > 0) q.max = Math.min(spec.extra, spec.options);
  }
  if (spec.type === 'agree5' && spec.dimension < dimensionPool.length) {
    q.dimension = dimensionPool[spec.dimension];
    if (spec.extra === 0) q.reverse = true;
  }
  if (spec.type === 'text' && spec.extra > 1) q.maxLength = 300;
  if (spec.type === 'likelihood' && spec.extra === 1) q.measure = 'nps';
  const controls = earlier.filter((e) => answersOf(e).length > 0);
  if (spec.showIf !== undefined && controls.length > 0) {
    const ctrl = controls[spec.showIf % controls.length]!;
    q.showIf = { question: ctrl.id, in: answersOf(ctrl) };
  }
  return q;
}

const builtDraft = fc
  .record({
    kind: fc.constantFrom(...surveyKinds),
    sections: fc.array(fc.array(questionSpec, { minLength: 1, maxLength: 5 }), {
      minLength: 1,
      maxLength: 3,
    }),
  })
  .map(({ kind, sections }): SurveyDraft => {
    const earlier: DraftQuestion[] = [];
    const built = sections.map((specs, si) => ({
      id: `s${si}`,
      title: { en: `Part ${si}`, es: `Parte ${si}` },
      questions: specs.map((spec) => {
        const q = buildQuestion(spec, earlier.length, earlier);
        earlier.push(q);
        return q;
      }),
    }));
    const used = dimensionPool.filter((d) => earlier.some((q) => q.dimension === d));
    return {
      id: 'plant-survey',
      version: 1,
      kind,
      languages: ['en', 'es'],
      title: { en: 'Your job', es: 'Su trabajo' },
      intro: { en: 'A few questions.', es: 'Unas preguntas.' },
      estimatedMinutes: 4,
      dimensions: used.map((id) => ({ id, label: { en: id, es: id } })),
      sections: built,
    };
  });

/** A draft that `surveyDefinition` accepts: generated, or a published template. */
export const validDraftArb: fc.Arbitrary<SurveyDraft> = fc.oneof(
  { weight: 3, arbitrary: builtDraft },
  { weight: 1, arbitrary: fc.constantFrom(...publishedTemplates).map(draftFromDefinition) },
);

// prettier-ignore
export const mutationKinds = [
  'swap-questions', 'move-question', 'rename-question', 'drop-text', 'empty-section', 'no-sections',
  'point-show-if', 'show-if-unknown', 'show-if-answer', 'change-type', 'options', 'max', 'max-length',
  'reverse', 'dimension', 'drop-dimension', 'add-dimension', 'rename-dimension', 'survey-id', 'no-estimate',
  'languages', 'help', 'section-intro', 'measure', 'rename-section', 'sms',
] as const;
export type Mutation = { kind: (typeof mutationKinds)[number]; a: number; b: number; c: number };

export const mutationArb: fc.Arbitrary<Mutation> = fc.record({
  kind: fc.constantFrom(...mutationKinds),
  a: fc.nat(50),
  b: fc.nat(50),
  c: fc.nat(50),
});

const pick = <T>(list: readonly T[], n: number): T | undefined => list[n % Math.max(1, list.length)];
const text = (c: number) =>
  [{}, { en: 'Only English' }, { en: 'Both', es: 'Ambos' }, { en: ' ', es: 'x' }][c % 4]!;

/** Applies one edit to `d` in place; an edit with nothing to act on leaves it as it was. */
export function mutate(d: SurveyDraft, { kind, a, b, c }: Mutation): void {
  const all = d.sections.flatMap((s) => s.questions);
  const q = pick(all, a);
  const other = pick(all, b);
  const section = pick(d.sections, a);
  // Edits about options go to a question that has some when there is one, so they meet the edge cases.
  const choice =
    pick(
      all.filter((x) => x.options),
      a,
    ) ?? q;
  const ids = [...all.map((x) => x.id), 'fresh_id', 'Bad-Id', '9lives', 'nowhere'];
  switch (kind) {
    case 'swap-questions': {
      const [s1, s2] = [pick(d.sections, a), pick(d.sections, b)];
      if (!s1?.questions.length || !s2?.questions.length) return;
      const [i, j] = [c % s1.questions.length, (c >> 2) % s2.questions.length];
      [s1.questions[i], s2.questions[j]] = [s2.questions[j]!, s1.questions[i]!];
      return;
    }
    case 'move-question': {
      if (!section?.questions.length) return;
      const [moved] = section.questions.splice(c % section.questions.length, 1);
      pick(d.sections, b)!.questions.push(moved!);
      return;
    }
    case 'rename-question':
      if (q) q.id = pick(ids, c)!;
      return;
    case 'drop-text': {
      const owners = [
        d.title,
        d.intro,
        ...d.sections.flatMap((s) => [s.title, ...s.questions.map((x) => x.text)]),
      ];
      const owner = pick([...owners, ...all.flatMap((x) => x.options?.map((o) => o.label) ?? [])], a)!;
      const lang = b % 2 ? 'en' : 'es';
      if (c % 3 === 0) delete owner[lang];
      else owner[lang] = c % 3 === 1 ? '' : '  ';
      return;
    }
    case 'empty-section':
      if (section) section.questions = [];
      return;
    case 'no-sections':
      d.sections = [];
      return;
    case 'point-show-if':
      if (q && other)
        q.showIf = { question: other.id, in: answersOf(other).length ? answersOf(other) : ['yes'] };
      return;
    case 'show-if-unknown':
      if (q) q.showIf = { question: 'nowhere', in: ['yes'] };
      return;
    case 'show-if-answer': {
      const target = all.find((x) => x.showIf) ?? q;
      if (target?.showIf) target.showIf.in = [pick(['maybe', 6, 0, '3', 2.5, 'yes', 3, 'o1', 10], c)!];
      return;
    }
    case 'change-type':
      if (q) q.type = pick(questionTypes, b) as QuestionType;
      return;
    case 'options': {
      const target = b % 5 === 0 ? q : choice;
      if (!target) return;
      const yesNo = [
        { value: 'yes', label: { en: 'Yes', es: 'Sí' } },
        { value: 'no', label: { en: 'No', es: 'No' } },
      ];
      const options = target.options ?? [];
      const edits = [
        () => (target.options = yesNo),
        () => delete target.options,
        () => (target.options = options.slice(0, 1)),
        () => (target.options = [...options, structuredClone(options[0] ?? yesNo[0]!)]),
        () => options[0] && (options[0].value = 'Yes'),
      ];
      edits[b % edits.length]!();
      return;
    }
    case 'max':
      if (choice) choice.max = Math.max(1, (choice.options?.length ?? 2) + (b % 3) - 1);
      return;
    case 'max-length':
      if (q) q.maxLength = 100;
      return;
    case 'reverse':
      if (q) q.reverse = b % 2 === 0;
      return;
    case 'dimension':
      if (q) q.dimension = pick(['pay', 'ghost', 'Bad', ...d.dimensions.map((x) => x.id)], b);
      return;
    case 'drop-dimension':
      d.dimensions.splice(a % Math.max(1, d.dimensions.length), 1);
      return;
    case 'add-dimension':
      d.dimensions.push({ id: pick(['extra', 'pay', 'Bad Dim'], b)!, label: { en: 'Extra', es: 'Extra' } });
      return;
    case 'rename-dimension': {
      const dim = pick(d.dimensions, a);
      if (dim) dim.id = pick(['renamed', 'Bad', ...d.dimensions.map((x) => x.id)], b)!;
      return;
    }
    case 'survey-id':
      d.id = pick(['Worker_Voice', 'plant-2', '-x'], b)!;
      return;
    case 'no-estimate':
      delete d.estimatedMinutes;
      return;
    case 'languages':
      d.languages = pick([['en'], ['es'], ['es', 'en']] as const, b)!.slice();
      return;
    case 'help':
      if (q) q.help = text(c);
      return;
    case 'section-intro':
      if (section) section.intro = text(c);
      return;
    case 'measure':
      if (q) q.measure = pick(['nps', 'NPS', '2x'], b);
      return;
    case 'rename-section':
      if (section) section.id = pick([...d.sections.map((s) => s.id), 'Bad', 'renamed'], b)!;
      return;
    case 'sms':
      smsEdit(all, a, b, c);
      return;
  }
}

/** A text message given, broken or taken away: on a follow-up half the time, on a choice for its list. */
function smsEdit(all: DraftQuestion[], a: number, b: number, c: number) {
  const q = pick(c % 2 ? all.filter((x) => x.showIf) : all, a) ?? pick(all, a);
  const choice = pick(
    all.filter((x) => x.options && x.options.length >= 2),
    a,
  );
  if (!q) return;
  const fits = { en: 'Reply 1 to 5.', es: 'Responda de 1 a 5.' };
  const values = choice?.options?.map((o) => o.value) ?? [];
  const edits = [
    () => (q.sms = { text: { ...fits } }),
    () => (q.sms = { text: { en: 'Reply 1 to 5.' } }),
    () => (q.sms = { text: { en: ' ', es: 'x' } }),
    () => (q.sms = { text: { en: 'Tell us more. '.repeat(14), es: 'Díganos más, por favor. '.repeat(4) } }),
    () => delete q.sms,
    () => (q.sms = { text: { ...fits }, options: ['yes', 'no'] }),
    () => choice && (choice.sms = { text: { ...fits }, options: [...values].reverse() }),
    () => choice && (choice.sms = { text: { ...fits }, options: values.slice(0, 2) }),
    () => choice && (choice.sms = { text: { ...fits }, options: [values[0]!, 'ghost'] }),
    () => choice && (choice.sms = { text: { ...fits }, options: [values[0]!, values[0]!] }),
    () => choice && (choice.sms = { text: { ...fits }, options: values.slice(0, 1) }),
  ];
  edits[b % edits.length]!();
}

/** A valid draft with no edit (about a third of the time) or up to three. */
export const draftArb: fc.Arbitrary<SurveyDraft> = fc
  .tuple(
    validDraftArb,
    fc.oneof(
      { weight: 1, arbitrary: fc.constant([]) },
      { weight: 2, arbitrary: fc.array(mutationArb, { minLength: 1, maxLength: 3 }) },
    ),
  )
  .map(([base, edits]) => {
    const d = structuredClone(base);
    for (const m of edits) mutate(d, m);
    return d;
  });
