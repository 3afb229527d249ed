// Workers, job seekers and learners answer this from an SMS link on a phone, so it stays near five
// minutes: two or three plain items per job-quality factor of the DOL Sector Strategies Framework,
// then barriers and supports, one comment, and coarse optional questions for breakdowns only.
import type { SurveyDefinition } from '../schema.js';
import { agree, dim, opt, t } from './helpers.js';

export const workerVoiceV1: SurveyDefinition = {
  id: 'worker-voice',
  version: 1,
  kind: 'worker-voice',
  title: t('Your job, your voice', 'Su trabajo, su voz'),
  intro: t(
    'A few questions about your job: pay, benefits, safety, respect and chances to grow. ' +
      'Your answers help employers and local job programs make jobs better.',
    'Unas preguntas sobre su trabajo: pago, prestaciones, seguridad, respeto y oportunidades para crecer. ' +
      'Sus respuestas ayudan a los empleadores y a los programas de empleo de su zona a mejorar ' +
      'los trabajos.',
  ),
  estimatedMinutes: 5,
  dimensions: [
    dim('recruitment_hiring', { en: 'Recruitment and hiring', es: 'Reclutamiento y contratación' }),
    dim('benefits', { en: 'Benefits', es: 'Prestaciones' }),
    dim('deia', {
      en: 'Diversity, equity, inclusion and accessibility',
      es: 'Diversidad, equidad, inclusión y accesibilidad',
    }),
    dim('empowerment', {
      en: 'Worker empowerment and representation',
      es: 'Participación y representación de los trabajadores',
    }),
    dim('culture', { en: 'Organizational culture', es: 'Cultura de la organización' }),
    dim('security_conditions', {
      en: 'Job security and working conditions',
      es: 'Estabilidad laboral y condiciones de trabajo',
    }),
    dim('pay', { en: 'Pay', es: 'Salario' }),
    dim('skills_advancement', {
      en: 'Skill development and career advancement',
      es: 'Desarrollo de habilidades y avance profesional',
    }),
  ],
  sections: [
    {
      id: 'pay_benefits',
      title: t('Pay and benefits', 'Pago y prestaciones'),
      intro: t('How much do you agree with each sentence?', '¿Qué tan de acuerdo está con cada frase?'),
      questions: [
        agree('pay_fair', 'pay', {
          en: 'My pay is fair for the work I do.',
          es: 'Me pagan lo justo por el trabajo que hago.',
        }),
        agree('pay_enough', 'pay', {
          en: 'My pay is enough to cover my basic needs.',
          es: 'Lo que gano me alcanza para cubrir mis gastos básicos.',
        }),
        agree('benefits_useful', 'benefits', {
          en: 'I get benefits that matter to me, like health insurance or paid time off.',
          es: 'Tengo prestaciones que me importan, como seguro médico o días de descanso pagados.',
        }),
        agree('benefits_time_off', 'benefits', {
          en: 'I can take time off when I am sick or my family needs me.',
          es: 'Puedo tomar tiempo libre cuando me enfermo o cuando mi familia me necesita.',
        }),
      ],
    },
    {
      id: 'hiring_safety',
      title: t('Hiring, schedule and safety', 'Contratación, horario y seguridad'),
      questions: [
        agree('hiring_fair', 'recruitment_hiring', {
          en: 'The hiring process for this job was fair.',
          es: 'El proceso de contratación para este trabajo fue justo.',
        }),
        agree('hiring_clear', 'recruitment_hiring', {
          en: 'Before I started, I knew what the job, the pay and the hours would be.',
          es: 'Antes de empezar, yo sabía cómo iban a ser el trabajo, el pago y el horario.',
        }),
        agree('safe_work', 'security_conditions', {
          en: 'I can do my job safely.',
          es: 'Puedo hacer mi trabajo de forma segura.',
        }),
        agree('schedule_ahead', 'security_conditions', {
          en: 'I know my work schedule early enough to plan my life.',
          es: 'Sé mi horario de trabajo con suficiente anticipación para organizar mi vida.',
        }),
        agree('job_secure', 'security_conditions', {
          en: 'I expect to still have this job a year from now if I want it.',
          es: 'Creo que dentro de un año todavía tendré este trabajo, si así lo quiero.',
        }),
      ],
    },
    {
      id: 'workplace',
      title: t('Respect and voice at work', 'Respeto y voz en el trabajo'),
      questions: [
        agree('respect', 'culture', {
          en: 'My supervisor treats me with respect.',
          es: 'Mi supervisor me trata con respeto.',
        }),
        agree('team', 'culture', {
          en: 'I feel like part of a team at work.',
          es: 'En el trabajo me siento parte de un equipo.',
        }),
        agree('fair_treatment', 'deia', {
          en: 'People here are treated fairly, no matter who they are.',
          es: 'Aquí se trata a todas las personas con justicia, sin importar quiénes sean.',
        }),
        agree('access_needs', 'deia', {
          en: 'I get what I need to do my job, like information in my language or changes for a disability.',
          es:
            'Recibo lo que necesito para hacer bien mi trabajo, como información en mi idioma ' +
            'o ajustes por una discapacidad.',
        }),
        agree('speak_up', 'empowerment', {
          en: 'I can speak up about problems without fear of getting in trouble.',
          es: 'Puedo hablar de los problemas sin miedo a que me castiguen.',
        }),
        agree('have_say', 'empowerment', {
          en: 'Workers have a say in decisions that affect our work.',
          es: 'Los trabajadores tenemos voz en las decisiones que afectan nuestro trabajo.',
        }),
        {
          id: 'recommend_job',
          type: 'likelihood',
          required: false,
          measure: 'nps',
          text: t(
            'How likely are you to recommend this job to a friend or family member?',
            '¿Qué tan probable es que le recomiende este trabajo a un amigo o familiar?',
          ),
        },
      ],
    },
    {
      id: 'growth',
      title: t('Learning and moving up', 'Aprender y avanzar'),
      questions: [
        agree('learn_skills', 'skills_advancement', {
          en: 'I have chances to learn new skills at this job.',
          es: 'En este trabajo tengo oportunidades de aprender nuevas habilidades.',
        }),
        agree('path_up', 'skills_advancement', {
          en: 'I can see a clear path to a better job or higher pay here.',
          es: 'Aquí veo un camino claro para subir de puesto o ganar más.',
        }),
        {
          id: 'got_training',
          type: 'yesno',
          required: true,
          text: t(
            'In the last 12 months, did you get any training for your job?',
            'En los últimos 12 meses, ¿recibió alguna capacitación para su trabajo?',
          ),
          help: t(
            'Count classes, training on the job or an apprenticeship.',
            'Cuente clases, capacitación en el trabajo o un programa de aprendizaje.',
          ),
        },
        // Not in a dimension: only trained workers see it, so it would make factor scores incomparable.
        {
          id: 'training_helped',
          type: 'agree5',
          required: true,
          measure: 'training',
          showIf: { question: 'got_training', in: ['yes'] },
          text: t(
            'The training helped me do my job better or move up.',
            'La capacitación me ayudó a hacer mejor mi trabajo o a avanzar.',
          ),
        },
      ],
    },
    {
      id: 'needs',
      title: t('Challenges and support', 'Obstáculos y apoyo'),
      questions: [
        {
          id: 'barriers',
          type: 'multi',
          required: false,
          measure: 'barriers',
          text: t(
            'What makes it hard to keep your job or move up?',
            '¿Qué le hace difícil mantener su trabajo o avanzar?',
          ),
          options: [
            opt('transportation', 'Getting to work', 'Llegar al trabajo'),
            opt('child_care', 'Child care', 'El cuidado de los niños'),
            opt('family_care', 'Caring for a family member', 'Cuidar a un familiar'),
            opt('schedule', 'My work schedule', 'Mi horario de trabajo'),
            opt('pay', 'Pay too low to get by', 'El pago no me alcanza'),
            opt('health', 'My health', 'Mi salud'),
            opt('language', 'Language', 'El idioma'),
            opt('housing', 'Housing', 'La vivienda'),
            opt('training_cost', 'Cost of classes or training', 'El costo de clases o capacitación'),
            opt('technology', 'No computer or internet at home', 'No tener computadora o internet en casa'),
            opt('other', 'Something else', 'Otra cosa'),
            opt('none', 'Nothing right now', 'Nada por ahora'),
          ],
        },
        {
          id: 'supports',
          type: 'multi',
          required: false,
          measure: 'supports',
          max: 3,
          text: t(
            'What kinds of help would make the biggest difference for you?',
            '¿Qué tipo de ayuda le serviría más?',
          ),
          options: [
            opt('rides', 'Help with rides or bus fare', 'Ayuda con transporte o pasajes'),
            opt('child_care', 'Help paying for child care', 'Ayuda para pagar el cuidado de niños'),
            opt(
              'paid_training',
              'Paid training during work hours',
              'Capacitación pagada en horas de trabajo',
            ),
            opt('mentor', 'A mentor or coach', 'Un mentor o consejero'),
            opt('english', 'English classes', 'Clases de inglés'),
            opt('steady_schedule', 'A steadier schedule', 'Un horario más estable'),
            opt('emergency_money', 'Emergency money help', 'Ayuda económica en emergencias'),
            opt('digital_skills', 'Computer and phone skills', 'Aprender a usar la computadora y el celular'),
            opt('career_planning', 'Help planning my next job step', 'Ayuda para planear mi siguiente paso'),
            opt('other', 'Something else', 'Otra cosa'),
          ],
        },
        {
          id: 'comment',
          type: 'text',
          required: false,
          measure: 'comment',
          maxLength: 500,
          text: t(
            'Is there anything else you want to tell us about your job?',
            '¿Hay algo más que quiera contarnos sobre su trabajo?',
          ),
          help: t(
            'Please do not write names, yours or anyone else’s.',
            'Por favor, no escriba nombres, ni el suyo ni el de otras personas.',
          ),
        },
      ],
    },
    {
      id: 'about_you',
      title: t('About you', 'Sobre usted'),
      intro: t(
        'These questions are optional. They help us compare groups, like day and night shifts.',
        'Estas preguntas son opcionales. Nos ayudan a comparar grupos, como los turnos de día y de noche.',
      ),
      questions: [
        {
          id: 'tenure',
          type: 'single',
          required: false,
          demographic: true,
          text: t('How long have you worked at this job?', '¿Cuánto tiempo lleva en este trabajo?'),
          options: [
            opt('under_6_months', 'Less than 6 months', 'Menos de 6 meses'),
            opt('months_6_12', '6 months to 1 year', 'De 6 meses a 1 año'),
            opt('years_1_3', '1 to 3 years', 'De 1 a 3 años'),
            opt('over_3_years', 'More than 3 years', 'Más de 3 años'),
          ],
        },
        {
          id: 'shift',
          type: 'single',
          required: false,
          demographic: true,
          text: t('Which shift do you work most often?', '¿En qué turno trabaja con más frecuencia?'),
          options: [
            opt('day', 'Day', 'De día'),
            opt('evening', 'Evening', 'De tarde'),
            opt('night', 'Night', 'De noche'),
            opt('changes', 'It changes', 'Cambia'),
          ],
        },
        {
          id: 'hours',
          type: 'single',
          required: false,
          demographic: true,
          text: t('Do you work full time or part time?', '¿Trabaja tiempo completo o medio tiempo?'),
          options: [
            opt('full_time', 'Full time', 'Tiempo completo'),
            opt('part_time', 'Part time', 'Medio tiempo'),
            opt('temporary', 'Temporary or through an agency', 'Temporal o por medio de una agencia'),
          ],
        },
      ],
    },
  ],
};
