// A small survey that exercises every question type and both kinds of skip logic, so logic tests do not
// depend on the wording of the published templates.
import type { LocalizedText, SurveyDefinition } from '../../surveys/index.js';

const t = (en: string): LocalizedText => ({ en, es: `${en} (es)` });
const o = (value: string) => ({ value, label: t(value) });

export const fixture: SurveyDefinition = {
  id: 'fixture',
  version: 1,
  kind: 'worker-voice',
  title: t('Fixture'),
  intro: t('A test survey'),
  estimatedMinutes: 2,
  dimensions: [
    { id: 'pay', label: t('Pay') },
    { id: 'culture', label: t('Culture') },
  ],
  sections: [
    {
      id: 'first',
      title: t('First'),
      questions: [
        { id: 'pay_fair', type: 'agree5', required: true, dimension: 'pay', text: t('Pay is fair') },
        {
          id: 'pay_low',
          type: 'agree5',
          required: false,
          dimension: 'pay',
          reverse: true,
          text: t('Pay is low'),
        },
        { id: 'respect', type: 'agree5', required: false, dimension: 'culture', text: t('Respect') },
        { id: 'recommend', type: 'likelihood', required: false, text: t('Recommend') },
        { id: 'overall', type: 'rating10', required: false, text: t('Overall') },
        { id: 'trained', type: 'yesno', required: true, text: t('Trained') },
      ],
    },
    {
      id: 'training',
      title: t('Training'),
      questions: [
        {
          id: 'training_kind',
          type: 'single',
          required: true,
          showIf: { question: 'trained', in: ['yes'] },
          options: [o('classroom'), o('on_the_job'), o('online')],
          text: t('Kind'),
        },
        {
          id: 'training_cost',
          type: 'yesno',
          required: true,
          showIf: { question: 'training_kind', in: ['classroom'] },
          text: t('Did you pay'),
        },
      ],
    },
    {
      id: 'needs',
      title: t('Needs'),
      questions: [
        {
          id: 'barriers',
          type: 'multi',
          required: false,
          max: 2,
          options: [o('transport'), o('child_care'), o('housing')],
          text: t('Barriers'),
        },
        {
          id: 'child_care_help',
          type: 'yesno',
          required: false,
          showIf: { question: 'barriers', in: ['child_care'] },
          text: t('Help with child care'),
        },
      ],
    },
    {
      id: 'closing',
      title: t('Closing'),
      questions: [
        { id: 'comment', type: 'text', required: false, maxLength: 20, text: t('Comment') },
        { id: 'note', type: 'text', required: false, text: t('Note') },
      ],
    },
  ],
};
