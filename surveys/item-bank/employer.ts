// Employer-satisfaction alternatives: more ways to rate the partnership's strategies, the training it
// supports and the candidates it sends, and unscored questions on hiring plans a partnership can act on.
import { opt, t } from '../templates/helpers.js';
import { scoredIn, unscored, type BankEntry } from './entry.js';

const strategies = scoredIn('strategies');
const training = scoredIn('training');
const candidates = scoredIn('candidates');

// As in the built-in template: only employers who had referrals rate the candidates. A survey that adds
// one of these items keeps (or adds) the `got_candidates` question before it.
const ifCandidates = { question: 'got_candidates', in: ['yes'] };

export const employerItems: BankEntry[] = [
  strategies('strategy_progress_shared', t('Progress is shared', 'Comparten el avance'), {
    en: 'The partnership shows us the progress it makes on its goals.',
    es: 'La alianza nos muestra el avance que logra en sus metas.',
  }),
  strategies('strategy_follow_through', t('Plans are carried out', 'Cumplen sus planes'), {
    en: 'The partnership carries out the plans it makes.',
    es: 'La alianza cumple con los planes que hace.',
  }),
  strategies('strategy_hiring_easier', t('Hiring got easier', 'Contratar es más fácil'), {
    en: 'The partnership’s work has made hiring easier for my company.',
    es: 'El trabajo de la alianza le ha facilitado la contratación a mi empresa.',
  }),
  strategies('strategy_meetings_worth', t('Meetings worth the time', 'Reuniones que valen la pena'), {
    en: 'Partnership meetings are a good use of my time.',
    es: 'Las reuniones de la alianza valen el tiempo que les dedico.',
  }),

  training('training_times_fit', t('Training times and places', 'Horarios y lugares de capacitación'), {
    en: 'Training is offered at times and places that work for our employees.',
    es: 'La capacitación se ofrece en horarios y lugares que les convienen a nuestros empleados.',
  }),
  training('training_current_staff', t('Training our current staff', 'Capacitar a nuestro personal'), {
    en: 'The partnership helps us train the workers we already have.',
    es: 'La alianza nos ayuda a capacitar a los empleados que ya tenemos.',
  }),
  training('training_certificates', t('Certificates we trust', 'Certificados confiables'), {
    en: 'Training certificates tell us what a person can really do.',
    es: 'Los certificados de capacitación nos dicen lo que una persona sabe hacer de verdad.',
  }),
  training('training_work_based', t('Internships and apprenticeships', 'Prácticas y aprendizaje'), {
    en: 'The partnership makes it easy for us to take on interns or apprentices.',
    es: 'La alianza nos facilita recibir practicantes o aprendices.',
  }),

  candidates(
    'candidates_prepared',
    t('Candidates come prepared', 'Candidatos preparados'),
    {
      en: 'Candidates show up ready for their interviews.',
      es: 'Los candidatos llegan preparados a sus entrevistas.',
    },
    { showIf: ifCandidates },
  ),
  candidates(
    'candidates_work_habits',
    t('Good work habits', 'Buenos hábitos de trabajo'),
    {
      en: 'Candidates have the work habits we need, like showing up on time.',
      es: 'Los candidatos tienen los hábitos de trabajo que necesitamos, como llegar a tiempo.',
    },
    { showIf: ifCandidates },
  ),
  candidates(
    'candidates_quick',
    t('Candidates sent quickly', 'Envío rápido de candidatos'),
    {
      en: 'When we have a job to fill, the partnership sends us people fast.',
      es: 'Cuando tenemos un puesto por cubrir, la alianza nos envía personas pronto.',
    },
    { showIf: ifCandidates },
  ),
  candidates(
    'candidates_new_reach',
    t('People we would not find alone', 'Personas que no hallaríamos solos'),
    {
      en: 'The partnership sends us good people we would not find on our own.',
      es: 'La alianza nos envía buenas personas que no encontraríamos por nuestra cuenta.',
    },
    { showIf: ifCandidates },
  ),

  unscored(t('Hiring next quarter', 'Contrataciones del próximo trimestre'), {
    id: 'hiring_next_quarter',
    type: 'single',
    text: t(
      'How many people do you expect to hire in the next 3 months?',
      '¿Cuántas personas espera contratar en los próximos 3 meses?',
    ),
    options: [
      opt('none', 'None', 'Ninguna'),
      opt('from_1_to_5', '1 to 5', 'De 1 a 5'),
      opt('from_6_to_20', '6 to 20', 'De 6 a 20'),
      opt('over_20', 'More than 20', 'Más de 20'),
      opt('not_sure', 'Not sure yet', 'Todavía no lo sé'),
    ],
  }),
  unscored(t('What makes hiring hard', 'Lo que dificulta contratar'), {
    id: 'hiring_obstacles',
    type: 'multi',
    max: 3,
    text: t('What makes hiring hard for you right now?', '¿Qué le dificulta contratar en este momento?'),
    options: [
      opt('few_applicants', 'Too few people apply', 'Muy pocas personas presentan solicitud'),
      opt('missing_skills', 'Applicants lack the skills', 'A los candidatos les faltan habilidades'),
      opt(
        'missing_credentials',
        'Applicants lack a license or certificate',
        'Les falta una licencia o certificado',
      ),
      opt('transportation', 'Applicants cannot get to our site', 'No tienen cómo llegar a nuestro lugar'),
      opt('pay_competition', 'Other employers pay more', 'Otros empleadores pagan más'),
      opt('turnover', 'New hires do not stay', 'Los nuevos empleados no se quedan'),
      opt('other', 'Something else', 'Otra cosa'),
      opt('none', 'Nothing right now', 'Nada por ahora'),
    ],
  }),
  unscored(t('Hosting interns or apprentices', 'Recibir practicantes o aprendices'), {
    id: 'work_based_host',
    type: 'yesno',
    text: t(
      'Would your company host interns or apprentices in the next 12 months?',
      '¿Su empresa recibiría practicantes o aprendices en los próximos 12 meses?',
    ),
  }),
  unscored(t('Training for current staff', 'Capacitación para el personal actual'), {
    id: 'staff_training_need',
    type: 'yesno',
    text: t(
      'Do your current employees need training the partnership could help with?',
      '¿Sus empleados actuales necesitan capacitación con la que la alianza podría ayudar?',
    ),
  }),
  unscored(t('Company size', 'Tamaño de la empresa'), {
    id: 'company_size',
    type: 'single',
    demographic: true,
    text: t(
      'How many people work for your company at this location?',
      '¿Cuántas personas trabajan para su empresa en este lugar?',
    ),
    options: [
      opt('under_50', 'Fewer than 50', 'Menos de 50'),
      opt('from_50_to_249', '50 to 249', 'De 50 a 249'),
      opt('from_250', '250 or more', '250 o más'),
    ],
  }),
];
