// Employer contacts rate the partnership's strategies, the training it supports and the candidates it
// refers, then answer the measures the field already compares across programs: NPS (0-10) and the
// three ACSI items (1-10) used for employers under WIA, plus whether they will stay next year.
import type { SurveyDefinition } from '../schema.js';
import { agree, dim, opt, t } from './helpers.js';

// Asked only of employers who had referrals, so nobody is forced to rate candidates they never saw.
const ifCandidates = { question: 'got_candidates', in: ['yes'] };

export const employerSatisfactionV1: SurveyDefinition = {
  id: 'employer-satisfaction',
  version: 1,
  kind: 'employer-satisfaction',
  title: t('Employer feedback on the partnership', 'Opinión de los empleadores sobre la alianza'),
  intro: t(
    'Tell us how well the partnership works for your company: its plans, the training it supports ' +
      'and the candidates it sends you. It takes about 5 minutes.',
    'Cuéntenos qué tan bien le funciona la alianza a su empresa: sus planes, la capacitación que apoya ' +
      'y los candidatos que le envía. Toma unos 5 minutos.',
  ),
  estimatedMinutes: 5,
  dimensions: [
    dim('strategies', { en: 'Partnership strategies', es: 'Estrategias de la alianza' }),
    dim('training', { en: 'Training', es: 'Capacitación' }),
    dim('candidates', { en: 'Candidates referred', es: 'Candidatos enviados' }),
  ],
  sections: [
    {
      id: 'strategies',
      title: t('The partnership’s plans', 'Los planes de la alianza'),
      intro: t('How much do you agree with each sentence?', '¿Qué tan de acuerdo está con cada frase?'),
      questions: [
        agree('strategy_priorities', 'strategies', {
          en: 'The partnership works on the hiring and training problems that matter most to my company.',
          es: 'La alianza atiende los problemas de contratación y capacitación que más afectan a mi empresa.',
        }),
        agree('strategy_clear', 'strategies', {
          en: 'The partnership’s goals and plans are clear.',
          es: 'Las metas y los planes de la alianza son claros.',
        }),
        agree('strategy_voice', 'strategies', {
          en: 'My company has a real say in what the partnership does.',
          es: 'Mi empresa tiene una voz real en lo que hace la alianza.',
        }),
      ],
    },
    {
      id: 'training_candidates',
      title: t('Training and candidates', 'Capacitación y candidatos'),
      questions: [
        agree('training_skills', 'training', {
          en: 'Training programs teach the skills my company needs.',
          es: 'Los programas de capacitación enseñan las habilidades que mi empresa necesita.',
        }),
        agree('training_ready', 'training', {
          en: 'People who finish the training are ready to do the work.',
          es: 'Las personas que terminan la capacitación están listas para hacer el trabajo.',
        }),
        agree('training_responsive', 'training', {
          en: 'Training providers change their programs when employers give feedback.',
          es: 'Los centros de capacitación cambian sus programas cuando los empleadores les dan su opinión.',
        }),
        {
          id: 'got_candidates',
          type: 'yesno',
          required: true,
          text: t(
            'In the last 12 months, did the partnership send your company any candidates?',
            'En los últimos 12 meses, ¿la alianza le envió candidatos a su empresa?',
          ),
        },
        agree(
          'candidates_fit',
          'candidates',
          {
            en: 'The candidates sent to us fit our open jobs.',
            es: 'Los candidatos que nos envían son adecuados para nuestras vacantes.',
          },
          { showIf: ifCandidates },
        ),
        agree(
          'candidates_enough',
          'candidates',
          {
            en: 'We get enough candidates to help fill our open jobs.',
            es: 'Recibimos suficientes candidatos para ayudarnos a cubrir nuestras vacantes.',
          },
          { showIf: ifCandidates },
        ),
        agree(
          'candidates_stay',
          'candidates',
          {
            en: 'People we hired through the partnership stay as long as our other new hires, or longer.',
            es:
              'Las personas que contratamos por medio de la alianza se quedan tanto tiempo como nuestros ' +
              'otros empleados nuevos, o más.',
          },
          { showIf: ifCandidates },
        ),
      ],
    },
    {
      id: 'overall',
      title: t('Overall', 'En general'),
      questions: [
        {
          id: 'recommend',
          type: 'likelihood',
          required: true,
          measure: 'nps',
          text: t(
            'How likely are you to recommend joining this partnership to another employer?',
            '¿Qué tan probable es que le recomiende a otro empleador unirse a esta alianza?',
          ),
        },
        {
          id: 'acsi_overall',
          type: 'rating10',
          required: true,
          measure: 'acsi',
          text: t(
            'Overall, how satisfied are you with the partnership?',
            'En general, ¿cuál es su nivel de satisfacción con la alianza?',
          ),
          help: t(
            '1 means very dissatisfied and 10 means very satisfied.',
            'El 1 es la satisfacción más baja y el 10 la más alta.',
          ),
        },
        {
          id: 'acsi_expectations',
          type: 'rating10',
          required: true,
          measure: 'acsi',
          text: t(
            'How well has the partnership met your expectations?',
            '¿Qué tanto ha cumplido la alianza con lo que usted esperaba?',
          ),
          help: t(
            '1 means it fell far short and 10 means it did better than you expected.',
            'El 1 quiere decir que quedó muy por debajo y el 10 que superó lo que esperaba.',
          ),
        },
        {
          id: 'acsi_ideal',
          type: 'rating10',
          required: true,
          measure: 'acsi',
          text: t(
            'Think of an ideal partnership. How close does this one come to it?',
            'Piense en una alianza ideal. ¿Qué tanto se parece esta alianza a ese ideal?',
          ),
          help: t(
            '1 means far from ideal and 10 means very close to ideal.',
            'El 1 quiere decir muy lejos del ideal y el 10 muy cerca del ideal.',
          ),
        },
        {
          id: 'continue_next_year',
          type: 'single',
          required: true,
          measure: 'intent',
          text: t(
            'Will your company keep taking part in the partnership next year?',
            '¿Su empresa seguirá participando en la alianza el próximo año?',
          ),
          options: [
            opt('yes', 'Yes', 'Sí'),
            opt('probably', 'Probably', 'Probablemente'),
            opt('not_sure', 'Not sure yet', 'Todavía no lo sé'),
            opt('no', 'No', 'No'),
          ],
        },
        {
          id: 'leave_reason',
          type: 'single',
          required: false,
          measure: 'intent_reason',
          showIf: { question: 'continue_next_year', in: ['not_sure', 'no'] },
          text: t('What is the main reason?', '¿Cuál es la razón principal?'),
          options: [
            opt('not_enough_value', 'We do not get enough out of it', 'No recibimos suficiente beneficio'),
            opt('no_time', 'We do not have the time', 'No tenemos tiempo'),
            opt(
              'hiring_changed',
              'Our hiring needs changed',
              'Cambiaron nuestras necesidades de contratación',
            ),
            opt('other', 'Something else', 'Otra razón'),
          ],
        },
        {
          id: 'comment',
          type: 'text',
          required: false,
          measure: 'comment',
          maxLength: 1000,
          text: t(
            'What one change would make the partnership more useful to your company?',
            '¿Qué cambio haría que la alianza fuera más útil para su empresa?',
          ),
        },
      ],
    },
  ],
};
