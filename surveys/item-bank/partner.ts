// Partner-ROI alternatives: more ways for every partner organization to rate the value it gets, the
// return on what it puts in and how well partners work together, and unscored counts of the referrals
// and meetings behind those ratings.
import { opt, t } from '../templates/helpers.js';
import { scoredIn, unscored, type BankEntry } from './entry.js';

const value = scoredIn('value');
const roi = scoredIn('roi');
const collaboration = scoredIn('collaboration');

export const partnerItems: BankEntry[] = [
  value('value_learning', t('Learning from partners', 'Aprender de los socios'), {
    en: 'We learn useful things from the other partners.',
    es: 'Aprendemos cosas útiles de los otros socios.',
  }),
  value('value_reach', t('Reaching more people', 'Llegar a más personas'), {
    en: 'The partnership helps us reach more people than we could alone.',
    es: 'La alianza nos ayuda a llegar a más personas de las que podríamos solos.',
  }),
  value('value_funding', t('New funding', 'Nuevos fondos'), {
    en: 'The partnership helps us find or win new funding.',
    es: 'La alianza nos ayuda a encontrar o conseguir nuevos fondos.',
  }),
  value('value_better_programs', t('Better programs of our own', 'Mejores programas propios'), {
    en: 'The partnership makes our own programs better.',
    es: 'La alianza hace que nuestros propios programas sean mejores.',
  }),

  roi('roi_results_worth', t('Results worth the effort', 'Resultados que valen el esfuerzo'), {
    en: 'The results we see are worth the effort we put in.',
    es: 'Los resultados que vemos valen el esfuerzo que ponemos.',
  }),
  roi('roi_leaders_agree', t('Our leaders see the value', 'Nuestros directivos ven el valor'), {
    en: 'Our leaders see the partnership as a good use of our resources.',
    es: 'Nuestros directivos ven la alianza como un buen uso de nuestros recursos.',
  }),
  roi('roi_less_duplication', t('No work done twice', 'Sin trabajo repetido'), {
    en: 'The partnership saves us from doing the same work twice.',
    es: 'La alianza nos evita hacer el mismo trabajo dos veces.',
  }),
  roi('roi_keep_investing', t('Plan to keep investing', 'Seguir invirtiendo'), {
    en: 'We plan to keep putting time or money into the partnership.',
    es: 'Pensamos seguir dedicando tiempo o dinero a la alianza.',
  }),

  collaboration('collab_meetings_run', t('Well-run meetings', 'Reuniones bien organizadas'), {
    en: 'Partnership meetings are well run.',
    es: 'Las reuniones de la alianza están bien organizadas.',
  }),
  collaboration('collab_roles_clear', t('Clear roles', 'Papeles claros'), {
    en: 'Each partner’s role is clear.',
    es: 'El papel de cada socio está claro.',
  }),
  collaboration('collab_disagreements', t('Working out disagreements', 'Resolver desacuerdos'), {
    en: 'Partners work out disagreements in a fair way.',
    es: 'Los socios resuelven sus desacuerdos de forma justa.',
  }),
  collaboration('collab_lead_on_track', t('The lead keeps us on track', 'La organización líder nos guía'), {
    en: 'The group that leads the partnership keeps the work on track.',
    es: 'La organización que dirige la alianza mantiene el trabajo por buen camino.',
  }),
  collaboration('collab_worker_voice', t('Workers are heard', 'Se escucha a los trabajadores'), {
    en: 'The partnership listens to workers when it makes plans.',
    es: 'La alianza toma en cuenta a los trabajadores al hacer sus planes.',
  }),

  unscored(t('Referrals made', 'Personas enviadas'), {
    id: 'referrals_made',
    type: 'single',
    text: t(
      'In the last 3 months, how many people did you send to partnership programs?',
      'En los últimos 3 meses, ¿a cuántas personas envió su organización a los programas de la alianza?',
    ),
    options: [
      opt('none', 'None', 'Ninguna'),
      opt('from_1_to_10', '1 to 10', 'De 1 a 10'),
      opt('from_11_to_50', '11 to 50', 'De 11 a 50'),
      opt('over_50', 'More than 50', 'Más de 50'),
      opt('not_sure', 'Not sure', 'No lo sé'),
    ],
  }),
  unscored(t('Referrals received', 'Personas recibidas'), {
    id: 'referrals_received',
    type: 'yesno',
    text: t(
      'In the last 3 months, did other partners send people to your organization?',
      'En los últimos 3 meses, ¿otros socios le enviaron personas a su organización?',
    ),
  }),
  unscored(t('Meetings attended', 'Reuniones a las que asistió'), {
    id: 'meetings_attended',
    type: 'single',
    text: t(
      'How many partnership meetings did your team go to in the last 3 months?',
      '¿A cuántas reuniones de la alianza fue su equipo en los últimos 3 meses?',
    ),
    options: [
      opt('none', 'None', 'Ninguna'),
      opt('one', 'One', 'Una'),
      opt('two_three', 'Two or three', 'Dos o tres'),
      opt('four_plus', 'Four or more', 'Cuatro o más'),
    ],
  }),
  unscored(t('Next year’s focus', 'Prioridades del próximo año'), {
    id: 'focus_next_year',
    type: 'multi',
    max: 2,
    text: t(
      'What should the partnership focus on next year?',
      '¿En qué debería enfocarse la alianza el próximo año?',
    ),
    options: [
      opt('training', 'More or better training', 'Más o mejor capacitación'),
      opt('hiring', 'Filling open jobs', 'Cubrir vacantes'),
      opt('supports', 'Supports like child care or rides', 'Apoyos como cuidado de niños o transporte'),
      opt(
        'job_quality',
        'Better jobs: pay, benefits, schedules',
        'Mejores trabajos: pago, prestaciones y horarios',
      ),
      opt('reach', 'Reaching more workers', 'Llegar a más trabajadores'),
      opt('data', 'Better data on results', 'Mejores datos sobre los resultados'),
      opt('other', 'Something else', 'Otra cosa'),
    ],
  }),
];
