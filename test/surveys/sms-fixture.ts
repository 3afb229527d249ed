// A small survey with an SMS form that exercises every rule of a conversation by text: a required
// scale, a yes/no controlling a follow-up (skip logic), an optional single choice, an optional multi
// choice with a shorter SMS list, an optional 0-10 item, an optional comment, and one required
// question without an SMS text (never asked by text, never required of a texted response).
import { surveyDefinition, type SurveyDefinition } from '../../surveys/index.ts';
import { smsForm } from '../../surveys/sms/index.ts';

const t = (en: string, es: string) => ({ en, es });
const sms = (en: string, es: string) => ({ text: t(en, es) });

export const smsFixture: SurveyDefinition = surveyDefinition.parse({
  id: 'sms-fixture',
  version: 1,
  kind: 'worker-voice',
  title: t('Texting test', 'Prueba por mensaje'),
  intro: t('A short test survey.', 'Una encuesta de prueba corta.'),
  estimatedMinutes: 2,
  dimensions: [{ id: 'pay', label: t('Pay', 'Salario') }],
  sections: [
    {
      id: 'one',
      title: t('First part', 'Primera parte'),
      questions: [
        {
          id: 'pay_fair',
          type: 'agree5',
          required: true,
          dimension: 'pay',
          text: t('My pay is fair.', 'Me pagan lo justo.'),
          sms: sms('My pay is fair. Reply 1 to 5.', 'Me pagan lo justo. Responda de 1 a 5.'),
        },
        {
          id: 'web_only',
          type: 'agree5',
          required: true,
          dimension: 'pay',
          text: t('My pay is enough.', 'Mi pago me alcanza.'),
        },
        {
          id: 'got_training',
          type: 'yesno',
          required: true,
          text: t('Did you get training?', '¿Recibió capacitación?'),
          sms: sms('Did you get training? Y/N', '¿Recibio capacitacion? S/N'),
        },
        {
          id: 'training_helped',
          type: 'agree5',
          required: true,
          showIf: { question: 'got_training', in: ['yes'] },
          text: t('The training helped me.', 'La capacitación me ayudó.'),
          sms: sms('The training helped me. Reply 1 to 5.', 'La capacitacion me ayudo. Responda de 1 a 5.'),
        },
      ],
    },
    {
      id: 'two',
      title: t('Second part', 'Segunda parte'),
      questions: [
        {
          id: 'shift',
          type: 'single',
          required: false,
          text: t('Which shift?', '¿Qué turno?'),
          options: [
            { value: 'day', label: t('Day', 'De día') },
            { value: 'evening', label: t('Evening', 'De tarde') },
            { value: 'night', label: t('Night', 'De noche') },
          ],
          sms: sms('Which shift? 1 Day 2 Evening 3 Night', '¿Que turno? 1 Dia 2 Tarde 3 Noche'),
        },
        {
          id: 'barriers',
          type: 'multi',
          required: false,
          max: 3,
          text: t('What makes work hard?', '¿Qué le dificulta el trabajo?'),
          options: [
            { value: 'transportation', label: t('Getting to work', 'Llegar al trabajo') },
            { value: 'child_care', label: t('Child care', 'El cuidado de los niños') },
            { value: 'housing', label: t('Housing', 'La vivienda') },
            { value: 'health', label: t('My health', 'Mi salud') },
            { value: 'none', label: t('Nothing right now', 'Nada por ahora') },
          ],
          sms: {
            ...sms(
              'What makes work hard? 1 Getting to work 2 Child care 3 Health 4 Nothing',
              '¿Que le dificulta el trabajo? 1 Transporte 2 Cuidado de niños 3 Salud 4 Nada',
            ),
            options: ['transportation', 'child_care', 'health', 'none'],
          },
        },
        {
          id: 'recommend',
          type: 'likelihood',
          required: false,
          measure: 'nps',
          text: t('Would you recommend this job?', '¿Recomendaría este trabajo?'),
          sms: sms('Recommend this job? Reply 0 to 10.', '¿Recomendaria este trabajo? Responda de 0 a 10.'),
        },
        {
          id: 'comment',
          type: 'text',
          required: false,
          maxLength: 200,
          text: t('Anything else?', '¿Algo más?'),
          sms: sms('Anything else? Reply in your words.', '¿Algo mas? Escriba su respuesta.'),
        },
      ],
    },
  ],
});

export const fixtureForm = smsForm(smsFixture)!;
