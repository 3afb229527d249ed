/**
 * Free-text comments for the demo, in English and Spanish, by theme. Some carry a phone number or an
 * email, as real comments do, so the masking of identifiers in reviews has something to do.
 */
import type { Lang } from '../../surveys/index.ts';
import type { Rng } from './prng.ts';

type Bank = Record<'en' | 'es', string[]>;

const worker: Record<string, Bank> = {
  pay: {
    en: [
      'Pay has not kept up with rent. Most of us work overtime just to get by.',
      'We do the same work as the plant across town for two dollars less an hour.',
      'I would stay here longer if the pay went up even a little.',
    ],
    es: [
      'El sueldo no alcanza para la renta. Casi todos hacemos horas extra para sobrevivir.',
      'Hacemos el mismo trabajo que en la otra planta pero nos pagan dos dólares menos por hora.',
      'Me quedaría más tiempo si subieran un poco el pago.',
    ],
  },
  security_conditions: {
    en: [
      'We find out our schedule on Friday for the next Monday. Hard to plan child care.',
      'Mandatory overtime with one day notice is wearing everyone out.',
      'Everyone is nervous about layoffs when the model changes next year.',
    ],
    es: [
      'Nos dan el horario el viernes para el lunes. Así no se puede organizar el cuidado de los niños.',
      'Las horas extra obligatorias con un día de aviso nos tienen agotados.',
      'Todos tenemos miedo de que haya despidos cuando cambie el modelo el próximo año.',
    ],
  },
  culture: {
    en: [
      'Supervisors yell on the floor. People are afraid to report problems.',
      'If you say something about safety you get the worst jobs the next week.',
      'Nobody listens to the night shift.',
    ],
    es: [
      'Los supervisores gritan en la línea. La gente tiene miedo de reportar problemas.',
      'Si dices algo sobre la seguridad te dan los peores trabajos la semana siguiente.',
      'Nadie escucha al turno de noche.',
    ],
  },
  skills_advancement: {
    en: [
      'The apprenticeship with the college is the best thing that happened to me here.',
      'I got my welding certification paid for this spring and moved up a pay grade.',
      'Good training. I would like more classes on the night shift.',
    ],
    es: [
      'El programa de aprendizaje con el colegio es lo mejor que me ha pasado aquí.',
      'Este año me pagaron la certificación de soldadura y subí de nivel de pago.',
      'Buena capacitación. Me gustaría que hubiera clases para el turno de noche.',
    ],
  },
  general: {
    en: [
      'Overall a decent place to work. Parking lot lights are out on the east side.',
      'More English classes would help a lot of people here.',
      'The bus does not run early enough for first shift.',
    ],
    es: [
      'En general es un buen lugar para trabajar. Faltan luces en el estacionamiento.',
      'Las clases de inglés ayudarían a mucha gente aquí.',
      'El autobús no pasa lo bastante temprano para el primer turno.',
    ],
  },
};

// Real comments sometimes ask for a call back, with the details the respondent should not have given.
const withContact: Bank = {
  en: [
    'Please call me at 815-555-0147, I have more to say about the overtime rules.',
    'If someone from the program wants details, email me at dlopez.shop@mail.example',
    'Text me (309) 555-0173 about the next welding class.',
  ],
  es: [
    'Llámenme al 815-555-0162, quiero hablar de los horarios.',
    'Pueden escribirme a rosa.trabajo@mail.example para más detalles.',
    'Mi número es 630 555 0188, me interesa la clase de inglés.',
  ],
};

const organization: Bank = {
  en: [
    'Send candidates a week earlier so we can schedule interviews before the shift bids.',
    'The quarterly meetings are useful; the data dashboard would be more useful if it came monthly.',
    'We need more maintenance technicians. Could the college add an evening cohort?',
    'Please share the wage survey results with all partners, not only the board.',
    'Call our plant manager at 815-555-0109 to set up the next tour.',
    'Fewer meetings, more follow-through on the action items we already agreed on.',
    'The CNC bootcamp graduates have been strong. Run it twice a year if funding allows.',
    'Smaller employers need help with the apprenticeship paperwork.',
    'Email me at hr.director@mail.example before the next employer roundtable.',
  ],
  es: [
    'Necesitamos más técnicos de mantenimiento. ¿Podría el colegio abrir un grupo por la tarde?',
    'Las reuniones trimestrales son útiles, pero nos gustaría recibir los datos cada mes.',
    'Sería bueno tener materiales de la alianza en español para las familias.',
    'Los candidatos que nos envían llegan bien preparados; queremos más para el turno de noche.',
    'Hacen falta clases de inglés técnico para los operadores.',
    'Escríbanme a contacto@centrodelvalle.example para coordinar la próxima feria de empleo.',
  ],
};

// Workers who answer in Vietnamese or Arabic write in it, on any theme; a few leave a number, as
// others do, so masking has something to do in every script.
const otherWorker: Partial<Record<Lang, { any: string[]; withContact: string[] }>> = {
  vi: {
    any: [
      'Lương không đủ sống, nhiều người phải làm thêm giờ.',
      'Lịch làm việc báo quá trễ, khó sắp xếp việc nhà.',
      'Tổ trưởng đối xử tốt, nhưng cần thêm người trong ca đêm.',
      'Tôi muốn học thêm để lên chức, nhưng không biết bắt đầu từ đâu.',
      'Giấy tờ an toàn chỉ có tiếng Anh, nhiều người không hiểu hết.',
    ],
    withContact: ['Muốn nói chuyện thêm, gọi tôi số 815-555-0142.'],
  },
  ar: {
    any: [
      'الأجر لا يكفي، وكثير منا يعمل ساعات إضافية.',
      'يصلنا جدول العمل متأخرا، فيصعب ترتيب رعاية الأطفال.',
      'المشرف يعاملنا باحترام، لكن الوردية الليلية تحتاج إلى عمال أكثر.',
      'أريد تدريبا لأتقدم في العمل، ولا أعرف من أين أبدأ.',
      'تعليمات السلامة بالإنجليزية فقط، وبعضنا لا يفهمها كلها.',
    ],
    withContact: ['إذا أردتم التفاصيل اتصلوا بي على 815-555-0167.'],
  },
};

/** A worker comment about `theme` (a job-quality dimension) or, now and then, one with contact details. */
export function workerComment(rng: Rng, language: Lang, theme: string): string {
  const other = otherWorker[language];
  const mine = language === 'es' ? 'es' : 'en';
  if (rng.chance(0.15)) return rng.pick(other ? other.withContact : withContact[mine]);
  return rng.pick(other ? other.any : (worker[theme] ?? worker.general!)[mine]);
}

/** Employers and partners in the demo write in English or Spanish. */
export function organizationComment(rng: Rng, language: Lang): string {
  return rng.pick(organization[language === 'es' ? 'es' : 'en']);
}
