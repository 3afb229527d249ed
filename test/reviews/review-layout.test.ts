/**
 * How a review is laid out for reading: which breakdowns show (an attribute and a question about the
 * same thing become one table; the response-rate column only where a group has a rate), and which
 * measure each question opens under (nothing lost when the survey definition is missing).
 */
import { describe, expect, it } from 'vitest';
import { shownBreakdowns } from '../../client/shared/breakdowns.ts';
import { groupQuestions, hiddenText } from '../../client/shared/question-groups.ts';
import { serverWords } from '../../client/shared/i18n/server-words.ts';
import type { PublicGroup, PublicQuestion, PublicStat } from '../../server/reviews/contract.ts';
import { workerVoiceV1 } from '../../surveys/index.ts';

const stat = (value: number | null): PublicStat => ({
  value,
  low: null,
  high: null,
  n: 5,
  suppressed: false,
});
const group = (key: string, measures: Record<string, PublicStat> = {}): PublicGroup => ({
  key,
  label: key,
  n: 5,
  suppressed: false,
  measures,
});
const question = (id: string, type = 'agree5'): PublicQuestion => ({
  id,
  text: id,
  type,
  suppressed: false,
  n: 5,
  mean: null,
  favorable: null,
  distribution: [],
});

describe('shownBreakdowns', () => {
  it('folds an attribute into the question about the same thing, and keeps the others', () => {
    const shown = shownBreakdowns([
      { key: 'organization', label: 'Organization', groups: [group('a')] },
      { key: 'shift', label: 'Shift', groups: [group('~')] },
      {
        key: 'q.shift',
        label: 'Which shift do you work most often?',
        groups: [group('day'), group('night')],
      },
      { key: 'q.hours', label: 'Do you work full time or part time?', groups: [group('full_time')] },
    ]);
    expect(shown.map((b) => [b.key, b.title, b.alsoRecorded])).toEqual([
      ['organization', 'organization', null],
      ['q.shift', 'shift', 'Shift'],
      ['q.hours', 'Do you work full time or part time?', null],
    ]);
  });

  it('has a response-rate column only where some group has a rate, shown or hidden', () => {
    const hidden: PublicStat = { ...stat(null), suppressed: true, reason: 'small' };
    const [none, shown, suppressed] = shownBreakdowns([
      { key: 'a', label: 'A', groups: [group('x', { 'index.jqi': stat(60) })] },
      { key: 'b', label: 'B', groups: [group('x', { response_rate: stat(40) })] },
      { key: 'c', label: 'C', groups: [group('x', { response_rate: hidden })] },
    ]);
    expect([none!.hasRate, shown!.hasRate, suppressed!.hasRate]).toEqual([false, true, true]);
  });
});

describe('groupQuestions', () => {
  const measures = ['index.jqi', 'nps.recommend_job', 'dim.pay', 'dim.benefits', 'response_rate'];
  const qs = [
    question('pay_fair'),
    question('benefits_useful'),
    question('recommend_job', 'likelihood'),
    question('got_training', 'yesno'),
    question('pay_enough'),
  ];

  it('puts each question under the measure it feeds, in the measures’ order, then the rest', () => {
    const groups = groupQuestions(qs, measures, workerVoiceV1);
    expect(groups.map((g) => [g.measure, g.questions.map((q) => q.id)])).toEqual([
      ['nps.recommend_job', ['recommend_job']],
      ['dim.pay', ['pay_fair', 'pay_enough']],
      ['dim.benefits', ['benefits_useful']],
      [null, ['got_training']],
    ]);
  });

  it('loses no question without a definition, and carries a reversed item’s flag', () => {
    expect(groupQuestions(qs, measures, null)).toEqual([{ measure: null, questions: qs }]);
    const reversed = { sections: [{ questions: [{ id: 'pay_fair', dimension: 'pay', reverse: true }] }] };
    expect(groupQuestions(qs, measures, reversed)[0]!.questions[0]).toMatchObject({
      id: 'pay_fair',
      reverse: true,
    });
  });

  it('says why a figure is hidden', () => {
    const t = serverWords('en', 'review');
    expect(hiddenText(t, 'small', 5)).toBe('too small to report (fewer than 5)');
    expect(hiddenText(t, 'protects-another', 5)).toBe('hidden to protect a smaller group');
    expect(hiddenText(t, 'withheld', 5)).toBe('hidden so a small group cannot be worked out');
    expect(hiddenText(t, undefined, 10)).toBe('too small to report (fewer than 10)');
    expect(hiddenText(serverWords('es', 'review'), 'small', 5)).toBe(
      'demasiado pequeño para informar (menos de 5)',
    );
  });
});
