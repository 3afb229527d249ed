// Worker-voice alternatives: more ways to ask about each of the eight job-quality factors than the
// template has room for, and unscored questions partnerships ask for (child care, rides, schedules,
// training). Workers read them on old phones, often in Spanish: one short sentence, agreeing is good.
import { opt, t } from '../templates/helpers.js';
import { scoredIn, unscored, type BankEntry } from './entry.js';

const hiring = scoredIn('recruitment_hiring');
const benefits = scoredIn('benefits');
const deia = scoredIn('deia');
const empowerment = scoredIn('empowerment');
const culture = scoredIn('culture');
const conditions = scoredIn('security_conditions');
const pay = scoredIn('pay');
const skills = scoredIn('skills_advancement');

export const workerItems: BankEntry[] = [
  hiring('hiring_needed_only', t('Asked only what the job needs', 'Solo pidieron lo necesario'), {
    en: 'To get this job, I was asked only for skills the work really needs.',
    es: 'Para este trabajo solo me pidieron lo que de verdad se necesita para hacerlo.',
  }),
  hiring('hiring_as_described', t('Job as described', 'Trabajo como lo describieron'), {
    en: 'The job turned out the way it was described to me.',
    es: 'El trabajo resultó tal como me lo describieron.',
  }),
  hiring('hiring_apply_easy', t('Easy to apply', 'Fácil de solicitar'), {
    en: 'Applying for this job was easy.',
    es: 'Fue fácil presentar mi solicitud para este trabajo.',
  }),
  hiring('hiring_own_language', t('Apply in my language', 'Solicitar en mi idioma'), {
    en: 'I could apply for this job in a language I understand well.',
    es: 'Pude solicitar este trabajo en un idioma que entiendo bien.',
  }),
  hiring('hiring_first_weeks', t('Help in the first weeks', 'Apoyo en las primeras semanas'), {
    en: 'In my first weeks, someone showed me how to do my job.',
    es: 'En mis primeras semanas, alguien me enseñó a hacer mi trabajo.',
  }),

  benefits('benefits_paid_sick', t('Paid sick days', 'Días de enfermedad pagados'), {
    en: 'I still get paid when I miss work because I am sick.',
    es: 'Me pagan aunque falte al trabajo por enfermedad.',
  }),
  benefits('benefits_health_afford', t('Health insurance I can afford', 'Seguro médico que puedo pagar'), {
    en: 'I can afford the health insurance this job offers.',
    es: 'Puedo pagar el seguro médico que ofrece este trabajo.',
  }),
  benefits('benefits_retirement', t('Saving for retirement', 'Ahorro para el retiro'), {
    en: 'This job helps me save for when I retire.',
    es: 'Este trabajo me ayuda a ahorrar para mi retiro.',
  }),
  benefits('benefits_encouraged', t('Free to use benefits', 'Libertad para usar prestaciones'), {
    en: 'At work, I am encouraged to use my benefits.',
    es: 'En mi trabajo me animan a usar mis prestaciones.',
  }),
  benefits('benefits_asked', t('Asked which benefits we need', 'Nos preguntan qué necesitamos'), {
    en: 'My employer asks workers which benefits we need.',
    es: 'En mi trabajo nos preguntan qué prestaciones necesitamos.',
  }),

  deia('deia_welcome_all', t('Everyone is welcome', 'Todos son bienvenidos'), {
    en: 'People of every race, age and background are welcome here.',
    es: 'Aquí son bienvenidas las personas de cualquier raza, edad u origen.',
  }),
  deia('deia_same_chances', t('Same chances for all', 'Las mismas oportunidades'), {
    en: 'Everyone here has the same chance at good shifts and raises.',
    es: 'Aquí todos tienen la misma oportunidad de conseguir buenos turnos y aumentos.',
  }),
  deia('deia_languages', t('Respect for every language', 'Respeto a todos los idiomas'), {
    en: 'Workers who speak other languages are treated with respect here.',
    es: 'Aquí se trata con respeto a quienes hablan otros idiomas.',
  }),
  deia('deia_unfair_handled', t('Unfair treatment is dealt with', 'Se atiende el trato injusto'), {
    en: 'If someone is treated unfairly here, I trust it will be dealt with.',
    es: 'Si aquí tratan injustamente a alguien, confío en que se hará algo al respecto.',
  }),
  deia('deia_disability_access', t('Access for disabilities', 'Acceso con discapacidad'), {
    en: 'Workers with a disability can get around this place with ease.',
    es: 'En este lugar, las personas con discapacidad pueden moverse sin problemas.',
  }),

  empowerment('empower_ideas_used', t('Ideas are acted on', 'Se usan nuestras ideas'), {
    en: 'When workers share ideas, managers listen and act on them.',
    es: 'Cuando los trabajadores damos ideas, los jefes escuchan y hacen algo con ellas.',
  }),
  empowerment('empower_own_work', t('Say in how I work', 'Opinar sobre mi trabajo'), {
    en: 'I have a say in how I do my own work.',
    es: 'Puedo opinar sobre cómo hago mi propio trabajo.',
  }),
  empowerment('empower_rights', t('Knowing my rights', 'Conocer mis derechos'), {
    en: 'I know my rights at work.',
    es: 'Conozco mis derechos en el trabajo.',
  }),
  empowerment('empower_represented', t('Someone speaks for workers', 'Alguien nos representa'), {
    en: 'Workers here have someone to speak for us, like a union or worker committee.',
    es: 'Aquí los trabajadores tenemos quien hable por nosotros, como un sindicato o un comité.',
  }),
  empowerment('empower_reasons_told', t('Decisions are explained', 'Nos explican las decisiones'), {
    en: 'Managers tell us the reasons for decisions that affect us.',
    es: 'Los jefes nos explican por qué toman las decisiones que nos afectan.',
  }),

  culture('culture_valued', t('My work is valued', 'Valoran mi trabajo'), {
    en: 'My work is valued here.',
    es: 'Aquí valoran mi trabajo.',
  }),
  culture('culture_praised', t('Told when I do well', 'Me dicen cuando lo hago bien'), {
    en: 'My supervisor tells me when I do a good job.',
    es: 'Mi supervisor me dice cuando hago bien mi trabajo.',
  }),
  culture('culture_belong', t('Belonging', 'Sentirse parte'), {
    en: 'I feel like I belong here.',
    es: 'Siento que encajo en este lugar.',
  }),
  culture('culture_leaders_care', t('Leaders care about workers', 'A los jefes les importamos'), {
    en: 'The people in charge here care about workers.',
    es: 'A los jefes de aquí les importan los trabajadores.',
  }),
  culture('culture_proud', t('Proud to work here', 'Orgullo de trabajar aquí'), {
    en: 'I am proud to work here.',
    es: 'Me da orgullo trabajar aquí.',
  }),

  conditions('conditions_safety_gear', t('Safety gear and training', 'Equipo y capacitación de seguridad'), {
    en: 'I get the safety gear and training I need.',
    es: 'Recibo el equipo y la capacitación de seguridad que necesito.',
  }),
  conditions('conditions_report_injury', t('Reporting injuries', 'Reportar lesiones'), {
    en: 'If I get hurt at work, I can report it without fear.',
    es: 'Si me lastimo en el trabajo, puedo reportarlo sin miedo.',
  }),
  conditions('conditions_breaks', t('Breaks during the shift', 'Descansos en el turno'), {
    en: 'I can take the breaks I need during my shift.',
    es: 'Puedo tomar los descansos que necesito durante mi turno.',
  }),
  conditions('conditions_enough_hours', t('Enough hours', 'Suficientes horas'), {
    en: 'I get enough hours of work each week.',
    es: 'Me dan suficientes horas de trabajo cada semana.',
  }),
  conditions('conditions_steady_hours', t('Steady hours', 'Horas estables'), {
    en: 'My hours stay about the same from week to week.',
    es: 'Trabajo más o menos las mismas horas cada semana.',
  }),
  conditions('conditions_healthy_place', t('Clean and healthy workplace', 'Lugar limpio y sano'), {
    en: 'My workplace is clean and healthy.',
    es: 'Mi lugar de trabajo es limpio y sano.',
  }),

  pay('pay_on_time', t('Paid in full and on time', 'Pago completo y a tiempo'), {
    en: 'I get all of my pay, on time.',
    es: 'Me pagan completo y a tiempo.',
  }),
  pay('pay_all_hours', t('Paid for every hour', 'Pago por cada hora'), {
    en: 'I get paid for every hour I work, including overtime.',
    es: 'Me pagan todas las horas que trabajo, incluidas las horas extra.',
  }),
  pay('pay_understood', t('Understanding my pay', 'Entender mi pago'), {
    en: 'I understand how my pay is worked out.',
    es: 'Entiendo cómo calculan mi pago.',
  }),
  pay('pay_equal', t('Same pay for the same work', 'Mismo pago por el mismo trabajo'), {
    en: 'People here who do the same work get the same pay.',
    es: 'Aquí, quienes hacen el mismo trabajo reciben el mismo pago.',
  }),
  pay('pay_raises_fair', t('Fair raises', 'Aumentos justos'), {
    en: 'Raises here are given in a fair way.',
    es: 'Aquí los aumentos de salario se dan de forma justa.',
  }),

  skills('skills_paid_training', t('Training on paid time', 'Capacitación en horas pagadas'), {
    en: 'I can take training during paid work hours.',
    es: 'Puedo tomar capacitación en horas de trabajo pagadas.',
  }),
  skills('skills_supervisor_helps', t('Supervisor helps me grow', 'El supervisor me ayuda a crecer'), {
    en: 'My supervisor helps me grow in my job.',
    es: 'Mi supervisor me ayuda a crecer en mi trabajo.',
  }),
  skills('skills_promote_inside', t('Promotions from within', 'Ascensos desde adentro'), {
    en: 'Better jobs here often go to people who already work here.',
    es: 'Los mejores puestos muchas veces son para quienes ya trabajan aquí.',
  }),
  skills('skills_credential', t('Certificates and licenses', 'Certificados y licencias'), {
    en: 'This job helps me earn a certificate or license.',
    es: 'Este trabajo me ayuda a obtener un certificado o una licencia.',
  }),
  skills('skills_next_step', t('Knowing the next step', 'Saber el siguiente paso'), {
    en: 'I know what skills I need to move up to the next job.',
    es: 'Sé qué habilidades necesito para subir al siguiente puesto.',
  }),

  unscored(t('Child care and missed work', 'Cuidado de niños y faltas'), {
    id: 'childcare_missed_work',
    type: 'single',
    text: t(
      'In the last 3 months, did child care problems make you miss work or leave early?',
      'En los últimos 3 meses, ¿faltó o salió temprano del trabajo por problemas con el cuidado de sus hijos?',
    ),
    options: [
      opt('never', 'No, never', 'No, nunca'),
      opt('once_or_twice', 'Once or twice', 'Una o dos veces'),
      opt('often', 'More than twice', 'Más de dos veces'),
      opt('not_needed', 'I do not need child care', 'No necesito cuidado de niños'),
    ],
  }),
  unscored(t('Getting to work', 'Cómo llega al trabajo'), {
    id: 'transport_mode',
    type: 'single',
    text: t('How do you usually get to work?', '¿Cómo llega al trabajo normalmente?'),
    options: [
      opt('own_car', 'My own car', 'En mi propio carro'),
      opt('ride', 'A ride from someone', 'Alguien me lleva'),
      opt('bus_train', 'Bus or train', 'En autobús o tren'),
      opt('work_van', 'A van from work', 'En una camioneta del trabajo'),
      opt('walk_bike', 'Walk or bike', 'Caminando o en bicicleta'),
      opt('other', 'Another way', 'De otra forma'),
    ],
  }),
  unscored(t('Missed work for no ride', 'Faltas por falta de transporte'), {
    id: 'transport_missed_work',
    type: 'yesno',
    text: t(
      'In the last 3 months, did you miss work because you had no way to get there?',
      'En los últimos 3 meses, ¿faltó al trabajo porque no tenía cómo llegar?',
    ),
  }),
  unscored(t('How early I know my schedule', 'Con cuánto tiempo sé mi horario'), {
    id: 'schedule_notice',
    type: 'single',
    text: t(
      'How far ahead do you usually know your work schedule?',
      '¿Con cuánto tiempo de anticipación suele saber su horario de trabajo?',
    ),
    options: [
      opt('under_week', 'Less than a week', 'Menos de una semana'),
      opt('one_week', 'About one week', 'Más o menos una semana'),
      opt('two_weeks_plus', 'Two weeks or more', 'Dos semanas o más'),
      opt('always_same', 'My schedule is always the same', 'Mi horario siempre es el mismo'),
    ],
  }),
  unscored(t('Knowing about training programs', 'Conocer los programas de capacitación'), {
    id: 'training_program_aware',
    type: 'yesno',
    text: t(
      'Have you heard about the training programs you can join through your job?',
      '¿Conoce los programas de capacitación a los que puede entrar por medio de su trabajo?',
    ),
  }),
  unscored(t('What I want to learn', 'Lo que quiero aprender'), {
    id: 'training_wanted',
    type: 'multi',
    max: 3,
    text: t('What would you like to learn?', '¿Qué le gustaría aprender?'),
    options: [
      opt('english', 'English', 'Inglés'),
      opt('computers', 'Computers and phones', 'Computadoras y celulares'),
      opt('certificate', 'A certificate or license for my field', 'Un certificado o licencia para mi área'),
      opt('lead_team', 'How to lead a team', 'Cómo dirigir un equipo'),
      opt('trade', 'A skilled trade', 'Un oficio especializado'),
      opt('other', 'Something else', 'Otra cosa'),
    ],
  }),
];
