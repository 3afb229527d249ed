// Every partner organization (employers included) rates the value and return it gets for what it puts
// in, and the health of the collaboration, as the framework's continuous-improvement practice asks.
import type { SurveyDefinition } from '../schema.js';
import { agree, dim, opt, t } from './helpers.js';

export const partnerRoiV1: SurveyDefinition = {
  id: 'partner-roi',
  version: 1,
  kind: 'partner-roi',
  title: t('Partner value and return', 'Valor y beneficio para los socios'),
  intro: t(
    'Tell us what your organization gets from the partnership, what it puts in, and how well partners ' +
      'work together. It takes about 5 minutes.',
    'Cuéntenos qué recibe su organización de la alianza, qué aporta y qué tan bien trabajan juntos los ' +
      'socios. Toma unos 5 minutos.',
  ),
  estimatedMinutes: 5,
  dimensions: [
    dim('value', { en: 'Value', es: 'Valor' }),
    dim('roi', { en: 'Return on investment', es: 'Retorno de la inversión' }),
    dim('collaboration', { en: 'Collaboration', es: 'Colaboración' }),
  ],
  sections: [
    {
      id: 'value_return',
      title: t('What you get back', 'Lo que recibe'),
      intro: t('How much do you agree with each sentence?', '¿Qué tan de acuerdo está con cada frase?'),
      questions: [
        agree('value_goals', 'value', {
          en: 'Being part of the partnership helps my organization meet its goals.',
          es: 'Ser parte de la alianza ayuda a mi organización a cumplir sus metas.',
        }),
        agree('value_connections', 'value', {
          en: 'The partnership gives us information or connections that would be hard to get on our own.',
          es: 'La alianza nos da información o contactos que nos costaría conseguir por nuestra cuenta.',
        }),
        agree('value_impact', 'value', {
          en: 'The partnership makes a real difference for workers in our region.',
          es: 'La alianza hace una diferencia real para los trabajadores de nuestra región.',
        }),
        agree('roi_time', 'roi', {
          en: 'The staff time we put into the partnership is well spent.',
          es: 'El tiempo que nuestro personal dedica a la alianza está bien aprovechado.',
        }),
        agree('roi_money', 'roi', {
          en: 'The money and resources we put in are worth what we get back.',
          es: 'El dinero y los recursos que aportamos valen lo que recibimos a cambio.',
        }),
        {
          id: 'roi_overall',
          type: 'single',
          required: true,
          measure: 'roi',
          text: t(
            'Overall, compared with what your organization puts in, how much does it get back?',
            'En general, comparado con lo que su organización aporta, ¿cuánto recibe a cambio?',
          ),
          options: [
            opt('much_more', 'Much more than we put in', 'Mucho más de lo que aportamos'),
            opt('somewhat_more', 'Somewhat more than we put in', 'Algo más de lo que aportamos'),
            opt('about_same', 'About the same', 'Más o menos lo mismo'),
            opt('less', 'Less than we put in', 'Menos de lo que aportamos'),
            opt('much_less', 'Much less than we put in', 'Mucho menos de lo que aportamos'),
          ],
        },
      ],
    },
    {
      id: 'contributions',
      title: t('What you put in', 'Lo que aporta'),
      questions: [
        {
          id: 'contributions',
          type: 'multi',
          required: true,
          measure: 'contributions',
          text: t(
            'What has your organization given to the partnership in the last 12 months?',
            '¿Qué ha aportado su organización a la alianza en los últimos 12 meses?',
          ),
          options: [
            opt('staff_time', 'Staff time', 'Tiempo del personal'),
            opt('funding', 'Funding', 'Fondos'),
            opt('space', 'Meeting or training space', 'Espacio para reuniones o capacitación'),
            opt('equipment', 'Equipment or supplies', 'Equipo o materiales'),
            opt('curriculum', 'Help designing training', 'Ayuda para diseñar la capacitación'),
            opt('instructors', 'Instructors or trainers', 'Instructores o capacitadores'),
            opt(
              'work_learning',
              'Internships, apprenticeships or job shadowing',
              'Prácticas, programas de aprendizaje u observación de puestos',
            ),
            opt(
              'referrals',
              'Referrals of workers or job seekers',
              'Envío de trabajadores o personas que buscan empleo',
            ),
            opt('hiring', 'Job openings or hiring', 'Vacantes o contrataciones'),
            opt('data', 'Data or information', 'Datos o información'),
            opt('outreach', 'Outreach in the community', 'Difusión en la comunidad'),
            opt('other', 'Something else', 'Otra cosa'),
            opt('none', 'Nothing yet', 'Nada todavía'),
          ],
        },
        {
          id: 'partner_type',
          type: 'single',
          required: false,
          demographic: true,
          text: t('What kind of organization do you represent?', '¿Qué tipo de organización representa?'),
          options: [
            opt('employer', 'Employer', 'Empleador'),
            opt('workforce_board', 'Workforce board or job center', 'Junta laboral o centro de empleo'),
            opt(
              'education',
              'College, school or training provider',
              'Universidad, escuela o centro de capacitación',
            ),
            opt('community', 'Community organization', 'Organización comunitaria'),
            opt('labor', 'Union or labor group', 'Sindicato u organización laboral'),
            opt('economic_development', 'Economic development', 'Desarrollo económico'),
            opt('other', 'Other', 'Otro'),
          ],
        },
      ],
    },
    {
      id: 'collaboration',
      title: t('Working together', 'Trabajo en equipo'),
      questions: [
        agree('collab_trust', 'collaboration', {
          en: 'Partners trust each other.',
          es: 'Los socios confían unos en otros.',
        }),
        agree('collab_communication', 'collaboration', {
          en: 'Partners share information openly and on time.',
          es: 'Los socios comparten información de manera abierta y a tiempo.',
        }),
        agree('collab_decisions', 'collaboration', {
          en: 'Partners make important decisions together.',
          es: 'Los socios toman juntos las decisiones importantes.',
        }),
        agree('collab_accountability', 'collaboration', {
          en: 'Partners do what they say they will do.',
          es: 'Los socios cumplen lo que prometen.',
        }),
        {
          id: 'comment',
          type: 'text',
          required: false,
          measure: 'comment',
          maxLength: 1000,
          text: t(
            'What would make the partnership more valuable to your organization?',
            '¿Qué haría que la alianza fuera más valiosa para su organización?',
          ),
        },
      ],
    },
  ],
};
