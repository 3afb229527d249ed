/**
 * Names in comments, replaced by "[name]": the partnership's own people (its contacts, its staff) and
 * common given names and surnames in English and Spanish (name-lists.ts). Matching is by whole word,
 * without regard to case or accents ("JUAN", "juán", "Perez" for "Pérez"), so "Rosa" is masked and
 * "rosary" is not.
 *
 * Many names are also ordinary words ("will", "mark", "rosa", "luz", "flores"). Those are masked only
 * when written with a capital, which is how people write a name and seldom an ordinary word; the words
 * that open sentences all the time (stop words: "Esta", "Ella", "Will you...") are left at the start of
 * a sentence, where the capital says nothing. A comment written all in capitals gives no such clue, so
 * there the ordinary-word names are left too. The same holds for the partnership's own people, whose
 * other names are masked whatever their case, with one more rule: beside another of their names
 * ("rosa flores", "maría de la cruz") an ordinary word is a name whatever its case. English months
 * that are also given names (April, May, June, August) are never masked. The list of names that are
 * ordinary words (`nameWords` below) is a judgement, not a package.
 */
import { functionWords, names } from './name-lists.ts';

/** Lower case without accents, so "Pérez", "PEREZ" and "perez" are one word. */
const ascii = /^[\x00-\x7f]*$/;
export const fold = (s: string) =>
  (ascii.test(s) ? s : s.normalize('NFD').replace(/\p{M}/gu, '').replace(/’/g, "'")).toLowerCase();

/**
 * Given names and surnames that are also common English or Spanish words (beyond stop words), masked
 * only when capitalized. Drawn from the names of name-lists.ts that are dictionary words among the ten
 * thousand most frequent words of either language, less those heard mostly as names (Juan, María, John),
 * plus names that an accent away are common words ("nina" for niña, "tia" for tía, "vera" for verá).
 */
const nameWords = `
agosto aleman alma alta amber amos amparo anda angel arana arch armas art autumn baby banda barrera
bay bear beer bell bella berry blanca blanco block blue bonita brain brandy bravo brook brooks brown
buck buddy caballero cadena campos canales cara caridad carol carrera casas castillo cesar chance
charity chase christian cielo cierra clara clay consuelo cordero corona cristal cruz crystal daisy
dale dawn dean deja delgado delta destiny diamond diana dock dolores domingo drew dulce ebony
emerald esperanza estrella eve faith fe ferry fisher flores florida ford forest foster frances
franco frank fuentes funk gene genesis german glen gloria golden grace gracia grant gray green
griego guardado guerra guerrero guy hand harmony heath heather heaven hills holly hope hunter ida
ira iris isla ivory ivy jack jade jewel journey joy judge julio junior jurado justice king kitty
lake lana lance lane lea leal lee leo leon lila limon linda lisa llamas love lucky luna luz lyric
madera major mar marco marcos marina mark marks mata max maximo mercado mesa meta miles mills mina
miracle mona montana monte muro nieto nieves nina nino noble norma north ocean ola olive oral pagan
palma paredes partida pat paz pearl pena penny pierce pilar pink precious price prince princess
puente queen rain ray raya reed reina rey reyes rice rico rincon river robin rocio rocky rod rojas
rojo roman ron rosa rosas rose royal rubio ruby sage salvador sandy santa santos segura sierra
sister sky sol soledad sterling stone storm sue summer sunny swift tia tierra tirado tomas toro
torres toy trace trinity unique urban vaca valentine valle vela vera verla vida viera villa viva
walker ward warren waters west white willow winter wolf
`;

/** English months that are also given names: always capitalized, far more often months than people. */
const neverMasked = new Set(['april', 'may', 'june', 'august']);

/** Parts of a person's name that are not names themselves ("María de la Cruz", "Van der Berg"). */
const particles = new Set(
  'de del la las los el y e da das do dos di du van von der den ter ten le les st bin ibn'.split(' '),
);

interface Lists {
  names: Set<string>;
  functionWords: Set<string>;
  nameWords: Set<string>;
}
let lists: Lists | null = null;
const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));
// Built once per process (or Worker isolate), on the first review that shows a comment.
const listsOnce = (): Lists =>
  (lists ??= { names: words(names), functionWords: words(functionWords), nameWords: words(nameWords) });

const word = /[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*/gu;
const nameWord = /^[\p{L}\p{M}]+(?:['’][\p{L}\p{M}]+)*$/u;
const possessive = /^(.+)'s$/;
/** What may come before the first word of a sentence. */
const sentenceOpeners = new Set(['', '.', '!', '?', '¿', '¡', ':', ';', '…', '"', '“', '(']);

/** The words of a person's name worth masking: no particles, no initials, nothing with a digit. */
function nameTokens(fullName: string): string[] {
  const out: string[] = [];
  for (const part of fullName.split(/[\s\-‐]+/)) {
    const w = part.replace(/^[.,;:()"“”]+|[.,;:()"“”]+$/g, '');
    if (!nameWord.test(w)) continue;
    const f = fold(w);
    if (f.length >= 2 && !particles.has(f)) out.push(f);
  }
  return out;
}

const isUpper = (ch: string) => ch !== ch.toLowerCase();

/** The last character before `at` that is not white space ('' at the start). */
function charBefore(text: string, at: number): string {
  let i = at - 1;
  while (i >= 0 && /\s/.test(text[i]!)) i--;
  return i >= 0 ? text[i]! : '';
}

/**
 * A function that masks names in a comment. Build it once per review with the names of the
 * partnership's contacts and staff (first and last names, or full names): each call is then a scan of
 * the comment with set look-ups.
 */
export function nameMasker(ownNames: Iterable<string>): (text: string) => string {
  const l = listsOnce();
  const own = new Set<string>();
  for (const full of ownNames) for (const t of nameTokens(full)) own.add(t);

  return (text) => {
    const found = [...text.matchAll(word)];
    if (found.length === 0) return text;
    // All in capitals (a comment typed with caps lock): a capital says nothing there.
    let shouting: boolean | undefined;
    const isShouting = () => {
      if (shouting === undefined) {
        const letters = text.replace(/[^\p{L}]/gu, '');
        shouting = letters.length >= 8 && letters.replace(/[^\p{Lu}]/gu, '').length > letters.length / 2;
      }
      return shouting;
    };
    const tokens = found.map((m) => {
      let f = fold(m[0]);
      let length = m[0].length;
      const base = f.endsWith("'s") && !own.has(f) && !l.names.has(f) ? possessive.exec(f) : null;
      if (base) ((f = base[1]!), (length -= 2));
      return { f, start: m.index, length, own: own.has(f), particle: particles.has(f) };
    });
    // Joined by spaces or hyphens, through particles: "juan perez", "maría de la cruz".
    const joined = (i: number, step: 1 | -1): boolean => {
      for (let j = i; ;) {
        const k = j + step;
        const next = tokens[k];
        if (!next) return false;
        const [a, b] = step === 1 ? [tokens[j]!, next] : [next, tokens[j]!];
        // A possessive's "'s" or any punctuation ends the name.
        if (!/^[\s\-‐]+$/.test(text.slice(a.start + a.length, b.start))) return false;
        if (next.own) return true;
        if (!next.particle) return false;
        j = k;
      }
    };
    let out = '';
    let last = 0;
    for (const [i, t] of tokens.entries()) {
      if (neverMasked.has(t.f)) continue;
      if (!t.own && !l.names.has(t.f)) continue;
      if (text[t.start - 1] === '[' && text[t.start + t.length] === ']') continue;
      const original = text.slice(t.start, t.start + t.length);
      const functionWord = l.functionWords.has(t.f);
      const common = functionWord || l.nameWords.has(t.f);
      let mask = !common;
      if (!mask) {
        const capital = isUpper(original[0]!) && !(original === original.toUpperCase() && isShouting());
        const opener = sentenceOpeners.has(charBefore(text, t.start));
        mask = capital && !(functionWord && opener);
      }
      if (!mask && t.own) mask = joined(i, -1) || joined(i, 1);
      if (!mask) continue;
      out += text.slice(last, t.start) + '[name]';
      last = t.start + t.length;
    }
    return last === 0 ? text : out + text.slice(last);
  };
}
