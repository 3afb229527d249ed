// Languages are data: a BCP 47 tag, the language's name in itself, its direction and the SMS encoding
// its texts need. The list holds the page languages (languages.ts) and the ones a contact may speak
// that no page is written in yet, so an import keeps a Somali speaker's row, records what they
// speak, and the campaign gives them the partnership's fallback language with the language links in
// view.
import type { Lang } from './languages.js';

export interface Language {
  tag: string;
  /** The language's name in itself, as a speaker would look for it in a list. */
  name: string;
  /** Its English name, for staff lists and the README. */
  english: string;
  dir: 'ltr' | 'rtl';
  /** What its SMS texts cost: GSM-7 fits 160 characters a segment, UCS-2 only 70. */
  sms: 'GSM-7' | 'UCS-2';
  /** Other spellings a contact list uses for it (matched without case or accents). */
  aliases: readonly string[];
}

const language = (
  tag: string,
  name: string,
  english: string,
  aliases: string[],
  more: Partial<Pick<Language, 'dir' | 'sms'>> = {},
): Language => ({ tag, name, english, dir: 'ltr', sms: 'UCS-2', aliases, ...more });

// Spanish and Haitian Creole are written to stay in GSM-7 (è and ò are in it; á, í, ó, ú are not,
// so the Spanish texts avoid them); the others cannot.
export const languages: readonly Language[] = [
  language('en', 'English', 'English', ['eng', 'inglés', 'anglais'], { sms: 'GSM-7' }),
  language('es', 'Español', 'Spanish', ['spa', 'castellano', 'espanol'], { sms: 'GSM-7' }),
  language('vi', 'Tiếng Việt', 'Vietnamese', ['vie', 'tieng viet', 'viet']),
  language('zh-Hans', '简体中文', 'Chinese (Simplified)', [
    'zh',
    'zh-cn',
    'zh-sg',
    'chi',
    'zho',
    'chinese',
    'simplified chinese',
    'mandarin',
    '中文',
    '汉语',
    '普通话',
  ]),
  language('ht', 'Kreyòl ayisyen', 'Haitian Creole', ['hat', 'kreyol', 'creole', 'haitian', 'créole haïtien'], {
    sms: 'GSM-7',
  }),
  language('ar', 'العربية', 'Arabic', ['ara', 'arabic', 'عربي'], { dir: 'rtl' }),
  // Spoken by workers in US sector partnerships; no page is written in them yet.
  language('so', 'Soomaali', 'Somali', ['som'], { sms: 'GSM-7' }),
  language('tl', 'Tagalog', 'Tagalog', ['tgl', 'fil', 'filipino', 'pilipino']),
  language('zh-Hant', '繁體中文', 'Chinese (Traditional)', ['zh-tw', 'zh-hk', 'traditional chinese', 'cantonese']),
  language('ko', '한국어', 'Korean', ['kor']),
  language('ru', 'Русский', 'Russian', ['rus']),
  language('uk', 'Українська', 'Ukrainian', ['ukr']),
  language('fr', 'Français', 'French', ['fra', 'fre']),
  language('pt', 'Português', 'Portuguese', ['por', 'pt-br']),
  language('am', 'አማርኛ', 'Amharic', ['amh']),
  language('ti', 'ትግርኛ', 'Tigrinya', ['tir']),
  language('ne', 'नेपाली', 'Nepali', ['nep']),
  language('my', 'မြန်မာ', 'Burmese', ['mya', 'bur', 'myanmar']),
  language('km', 'ខ្មែរ', 'Khmer', ['khm', 'cambodian']),
  language('hmn', 'Hmoob', 'Hmong', []),
  language('fa', 'فارسی', 'Persian', ['fas', 'per', 'farsi', 'dari'], { dir: 'rtl' }),
  language('ps', 'پښتو', 'Pashto', ['pus'], { dir: 'rtl' }),
  language('ur', 'اردو', 'Urdu', ['urd'], { dir: 'rtl' }),
  language('sw', 'Kiswahili', 'Swahili', ['swa']),
];

/** Every tag a contact's language may have. */
export const languageTags: readonly string[] = languages.map((l) => l.tag);

const byTag = new Map(languages.map((l) => [l.tag, l]));


/** A known language by its exact tag. */
export function languageOf(tag: string): Language | undefined {
  return byTag.get(tag);
}

/** The page direction for a language: `rtl` for Arabic, `ltr` for an unknown tag. */
export const directionOf = (tag: string): 'ltr' | 'rtl' => byTag.get(tag)?.dir ?? 'ltr';

const fold = (s: string) =>
  s
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[_\s]+/g, ' ')
    .trim();

const spellings = new Map<string, string>();
for (const l of languages) {
  for (const s of [l.tag, l.name, l.english, ...l.aliases]) spellings.set(fold(s), l.tag);
}

/**
 * The tag a contact list means by `input`: a tag in any case ("ZH-hans", "es_MX"), a region we do
 * not keep ("es-419" is Spanish), an English or native name ("Vietnamese", "Tiếng Việt", "kreyol").
 * Undefined when nothing matches, so the caller can warn on that row instead of guessing.
 */
export function findLanguage(input: string): string | undefined {
  const key = fold(input);
  if (!key) return undefined;
  const exact = spellings.get(key) ?? spellings.get(key.replace(/ /g, '-'));
  if (exact) return exact;
  const tag = key.replace(/ /g, '-');
  // zh-Hant-TW and zh-TW are traditional script, zh-CN and zh are simplified: by script or region.
  if (/^zh-(hant|tw|hk|mo)\b/.test(tag)) return 'zh-Hant';
  if (/^zh\b/.test(tag)) return 'zh-Hans';
  const primary = tag.split('-')[0]!;
  return /^[a-z]{2,3}$/.test(primary) && byTag.has(primary) && primary !== tag ? primary : undefined;
}

/**
 * The first of `offered` that an Accept-Language header asks for, in the header's order of
 * preference; undefined when it asks for none of them.
 */
export function negotiate(header: string, offered: readonly Lang[]): Lang | undefined {
  const asked = header
    .split(',')
    .map((part, i) => {
      const [range, ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([\d.]+)/.exec(p)?.[1]).find(Boolean);
      return { range: range!.trim(), q: q === undefined ? 1 : Number(q), i };
    })
    .filter((a) => a.range && a.range !== '*' && a.q > 0)
    .sort((a, b) => b.q - a.q || a.i - b.i);
  for (const a of asked) {
    const tag = findLanguage(a.range);
    const hit = offered.find((l) => l === tag);
    if (hit) return hit;
  }
  return undefined;
}

