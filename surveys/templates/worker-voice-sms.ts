// The worker survey's SMS short form (issue 18): version 3 is version 2 with a text message on eleven
// of its questions, so a worker with a basic phone or no data can answer by text. One agree item for
// each of the eight job-quality factors, the barriers, the recommend (NPS) item and an optional
// comment: with the opening and the thanks, 13 messages. The web page is unchanged (it never shows
// these texts); a texted response answers these eleven and is reviewed with the web ones.
//
// Each text carries its answer keys and fits one segment where its language allows: 160 GSM-7
// characters in English, Spanish (no á, í, ó, ú: one would make the message UCS-2) and Haitian
// Creole; 70 in Vietnamese, Chinese and Arabic (UCS-2), where a few take two. Never more than two
// (test/surveys/sms-form.test.ts). The barriers offer 8 of their 12 options by text, a list short
// enough for two segments in every language; "other" and "none" stay among them.
import type { Lang, Question, SurveyDefinition } from '../schema.js';
import { surveyDefinition } from '../schema.js';
import type { WordsOrigin } from '../words/types.js';

/** The options the barriers question numbers 1 to 8 by text. */
const barrierOptions = [
  'transportation',
  'child_care',
  'schedule',
  'pay',
  'health',
  'language',
  'other',
  'none',
];

const asked = [
  'pay_fair',
  'benefits_useful',
  'hiring_fair',
  'safe_work',
  'respect',
  'fair_treatment',
  'speak_up',
  'learn_skills',
  'recommend_job',
  'barriers',
  'comment',
] as const;
type Asked = (typeof asked)[number];

interface SmsTexts {
  origin: WordsOrigin;
  texts: Readonly<Record<Asked, string>>;
}

const drafted = (how: string): WordsOrigin => ({
  source: `SMS texts machine-drafted by the project team ${how}; not reviewed by a native speaker.`,
  reviewed: null,
});

/** The SMS texts in each language, with where they came from. */
export const workerVoiceSmsTexts: Readonly<Record<Lang, SmsTexts>> = {
  en: {
    origin: drafted('from the survey’s English questions'),
    texts: {
      pay_fair: 'My pay is fair for the work I do. Reply 1 (strongly disagree) to 5 (strongly agree).',
      benefits_useful:
        'I get benefits that matter to me, like health insurance or paid time off. Reply 1 to 5.',
      hiring_fair:
        'The hiring process for this job was fair. Reply 1 (strongly disagree) to 5 (strongly agree).',
      safe_work: 'I can do my job safely. Reply 1 (strongly disagree) to 5 (strongly agree).',
      respect: 'My supervisor treats me with respect. Reply 1 (strongly disagree) to 5 (strongly agree).',
      fair_treatment: 'People here are treated fairly, no matter who they are. Reply 1 to 5.',
      speak_up: 'I can speak up about problems without fear of getting in trouble. Reply 1 to 5.',
      learn_skills:
        'I have chances to learn new skills at this job. Reply 1 (strongly disagree) to 5 (strongly agree).',
      recommend_job:
        'How likely are you to recommend this job to a friend? Reply 0 (not at all) to 10 (extremely).',
      barriers:
        'What makes it hard to keep your job or move up? Reply all that fit: 1 Getting to work 2 Child care ' +
        '3 Schedule 4 Low pay 5 Health 6 Language 7 Other 8 Nothing',
      comment:
        'Anything else you want to tell us about your job? Please no names. Reply in your words, or SKIP.',
    },
  },
  es: {
    origin: drafted('from the English and the survey’s Spanish, without á, í, ó, ú'),
    texts: {
      pay_fair:
        'Me pagan lo justo por el trabajo que hago. Responda de 1 (muy en desacuerdo) a 5 (muy de acuerdo).',
      benefits_useful:
        'Tengo prestaciones que me importan, como seguro medico o dias de descanso pagados. Responda de 1 a 5.',
      hiring_fair:
        'El proceso de contratacion para este trabajo fue justo. Responda de 1 (muy en desacuerdo) a 5 (muy de acuerdo).',
      safe_work:
        'Puedo hacer mi trabajo de forma segura. Responda de 1 (muy en desacuerdo) a 5 (muy de acuerdo).',
      respect: 'Mi supervisor me trata con respeto. Responda de 1 (muy en desacuerdo) a 5 (muy de acuerdo).',
      fair_treatment:
        'Aqui se trata a todas las personas con justicia, sin importar quienes sean. Responda de 1 a 5.',
      speak_up: 'Puedo hablar de los problemas sin miedo a que me castiguen. Responda de 1 a 5.',
      learn_skills:
        'En este trabajo tengo oportunidades de aprender nuevas habilidades. Responda de 1 (muy en desacuerdo) a 5 (muy de acuerdo).',
      recommend_job:
        '¿Que tan probable es que le recomiende este trabajo a un amigo? Responda de 0 (nada) a 10 (muy probable).',
      barriers:
        '¿Que le impide seguir en su trabajo o avanzar? Elija los que apliquen: 1 Transporte ' +
        '2 Cuidado de niños 3 Horario 4 Pago bajo 5 Salud 6 Idioma 7 Otro 8 Nada',
      comment:
        '¿Algo mas que quiera contarnos sobre su trabajo? Sin nombres, por favor. Escriba su respuesta o SALTAR.',
    },
  },
  vi: {
    origin: drafted('from the English and the survey’s Vietnamese'),
    texts: {
      pay_fair: 'Lương tôi công bằng với việc tôi làm. 1=rất không đồng ý, 5=rất đồng ý',
      benefits_useful: 'Tôi có phúc lợi cần thiết như bảo hiểm y tế, nghỉ có lương. Gửi 1-5',
      hiring_fair: 'Việc tuyển dụng cho công việc này công bằng. Gửi 1-5 (5 = rất đồng ý)',
      safe_work: 'Tôi có thể làm việc một cách an toàn. Gửi 1-5 (5 = rất đồng ý)',
      respect: 'Người quản lý đối xử tôn trọng với tôi. Gửi 1-5 (5 = rất đồng ý)',
      fair_treatment: 'Ở đây ai cũng được đối xử công bằng. Gửi 1-5 (5 = rất đồng ý)',
      speak_up: 'Tôi dám nói ra vấn đề mà không sợ bị phạt. Gửi 1-5 (5 = rất đồng ý)',
      learn_skills: 'Ở việc này, tôi có cơ hội học kỹ năng mới. Gửi 1-5 (5 = rất đồng ý)',
      recommend_job: 'Bạn có giới thiệu việc này cho bạn bè? Gửi 0 đến 10 (10 = rất muốn)',
      barriers:
        'Điều gì làm bạn khó giữ việc, thăng tiến? Gửi số: 1 Đi lại 2 Giữ trẻ 3 Lịch làm 4 Lương thấp ' +
        '5 Sức khỏe 6 Ngôn ngữ 7 Khác 8 Không có',
      comment: 'Bạn muốn nói thêm gì về công việc? Xin đừng ghi tên. Hoặc gửi BO QUA',
    },
  },
  'zh-Hans': {
    origin: drafted('from the English and the survey’s Simplified Chinese'),
    texts: {
      pay_fair: '按我做的工作来说，我的工资是公平的。回复1（非常不同意）到5（非常同意）。',
      benefits_useful: '我能得到对我重要的福利，比如医疗保险或带薪休假。回复1（非常不同意）到5（非常同意）。',
      hiring_fair: '这份工作的招聘过程是公平的。回复1（非常不同意）到5（非常同意）。',
      safe_work: '我可以安全地做我的工作。回复1（非常不同意）到5（非常同意）。',
      respect: '我的主管尊重我。回复1（非常不同意）到5（非常同意）。',
      fair_treatment: '在这里，不管是什么人，都会受到公平对待。回复1（非常不同意）到5（非常同意）。',
      speak_up: '我可以说出问题，不用害怕惹上麻烦。回复1（非常不同意）到5（非常同意）。',
      learn_skills: '在这份工作中，我有机会学习新技能。回复1（非常不同意）到5（非常同意）。',
      recommend_job: '您有多大可能向朋友推荐这份工作？回复0（完全不可能）到10（非常可能）。',
      barriers:
        '什么让您难以保住工作或得到晋升？可回复多个数字：1上班交通 2照顾孩子 3排班 4工资低 5健康 6语言 7其他 8目前没有',
      comment: '关于您的工作，还有别的想告诉我们吗？请不要写名字。直接回复，或回复“跳过”。',
    },
  },
  ht: {
    origin: drafted('from the English and the survey’s Haitian Creole'),
    texts: {
      pay_fair: 'Salè m jis pou travay mwen fè a. Reponn 1 (pa dakò ditou) rive 5 (dakò nèt).',
      benefits_useful:
        'Mwen gen avantaj ki enpòtan pou mwen, tankou asirans sante oswa konje peye. Reponn 1 rive 5.',
      hiring_fair: 'Pwosesis anbochaj pou travay sa a te jis. Reponn 1 (pa dakò ditou) rive 5 (dakò nèt).',
      safe_work: 'Mwen ka fè travay mwen san danje. Reponn 1 (pa dakò ditou) rive 5 (dakò nèt).',
      respect: 'Sipèvizè m trete m avèk respè. Reponn 1 (pa dakò ditou) rive 5 (dakò nèt).',
      fair_treatment: 'Isit la, yo trete moun yon fason ki jis, kèlkeswa ki moun yo ye. Reponn 1 rive 5.',
      speak_up: 'Mwen ka pale sou pwoblèm san m pa pè yo pini m. Reponn 1 (pa dakò ditou) rive 5 (dakò nèt).',
      learn_skills: 'Mwen gen okazyon pou m aprann nouvo konpetans nan travay sa a. Reponn 1 rive 5.',
      recommend_job:
        'Ki chans pou w rekòmande travay sa a bay yon zanmi? Reponn 0 (pa ditou) rive 10 (anpil).',
      barriers:
        'Kisa ki fè li difisil pou w kenbe travay ou oswa avanse? Reponn tout ki bon: 1 Transpò ' +
        '2 Swen timoun 3 Orè 4 Salè piti 5 Sante 6 Lang 7 Lòt bagay 8 Anyen',
      comment: 'Eske gen lòt bagay ou vle di nou sou travay ou? Pa ekri non moun. Reponn oswa ekri SOTE.',
    },
  },
  ar: {
    origin: drafted('from the English and the survey’s Arabic'),
    texts: {
      pay_fair: 'أجري عادل مقابل عملي. أرسل 1 (لا أوافق بشدة) إلى 5 (أوافق بشدة).',
      benefits_useful: 'أحصل على مزايا مهمة مثل التأمين الصحي أو الإجازة المدفوعة. أرسل 1-5',
      hiring_fair: 'كان التوظيف في هذه الوظيفة عادلا. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      safe_work: 'أستطيع أداء عملي بسلامة. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      respect: 'يعاملني مشرفي باحترام. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      fair_treatment: 'يعامل الناس هنا بإنصاف أيا كانوا. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      speak_up: 'أتحدث عن المشاكل دون خوف من العقاب. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      learn_skills: 'لدي فرص لتعلم مهارات جديدة هنا. أرسل 1 إلى 5 (5 = أوافق بشدة).',
      recommend_job: 'هل توصي بهذه الوظيفة لصديق؟ أرسل 0 (أبدا) إلى 10 (بالتأكيد).',
      barriers:
        'ما الذي يصعب عليك عملك أو تقدمك؟ أرسل الأرقام: 1 المواصلات 2 رعاية الأطفال 3 الجدول ' +
        '4 أجر قليل 5 الصحة 6 اللغة 7 آخر 8 لا شيء',
      comment: 'هل تريد أن تخبرنا بشيء آخر عن عملك؟ بدون أسماء. اكتب ردك أو أرسل تخطي.',
    },
  },
};

/**
 * `def` as version `version` with the SMS texts written on the questions they ask, in the languages
 * `def` has. Throws when a language lacks a text: a version is complete in its languages.
 */
export function withSmsForm(def: SurveyDefinition, version: number): SurveyDefinition {
  const langs = def.languages ?? ['en', 'es'];
  const smsOf = (q: Question): Question['sms'] => {
    if (!(asked as readonly string[]).includes(q.id)) return undefined;
    const text = Object.fromEntries(langs.map((l) => [l, workerVoiceSmsTexts[l].texts[q.id as Asked]]));
    return { text: text as Question['text'], ...(q.id === 'barriers' && { options: barrierOptions }) };
  };
  const next = structuredClone(def) as SurveyDefinition;
  next.version = version;
  let written = 0;
  for (const s of next.sections)
    for (const q of s.questions) {
      const sms = smsOf(q);
      if (sms) ((q.sms = sms), written++);
    }
  if (written !== asked.length) throw new Error(`${def.id} lacks some of the questions its SMS form asks`);
  return surveyDefinition.parse(next);
}
