// Spanish syllables from the written word: Spanish spelling is regular enough that counting vowel nuclei
// is close to exact. Two vowels share a syllable (a diphthong) when one of them is an unaccented i or u;
// two strong vowels (a, e, o, or any accented vowel) are split (a hiatus), so "día" and "país" have two.

const strong = new Set([...'aeoáéóíú']);
const weak = new Set([...'iuüy']);

/** Syllables in one Spanish word (letters only; at least one for a word with no vowel, like "km"). */
export function spanishSyllables(word: string): number {
  let w = word.toLowerCase().normalize('NFC');
  // In "que", "qui", "gue", "gui" the u is not spoken; "güe", "güi" keep theirs.
  w = w.replace(/([qg])u([eiéí])/g, '$1$2');
  // A y sounds as a vowel only at the end of a word (hoy, muy, y) or standing alone.
  w = w.replace(/y(?=.)/g, 'c');
  let count = 0;
  let prev = '';
  for (const ch of w) {
    const isVowel = strong.has(ch) || weak.has(ch);
    if (!isVowel) {
      prev = '';
      continue;
    }
    // A new nucleus starts unless this vowel and the one before form a diphthong.
    if (prev === '' || !diphthong(prev, ch)) count++;
    prev = ch;
  }
  return Math.max(1, count);
}

// "h" counts as a consonant here: it splits "ahora" (a-ho-ra) as the spelling rules do.
function diphthong(a: string, b: string): boolean {
  return (weak.has(a) || weak.has(b)) && !'íú'.includes(a) && !'íú'.includes(b);
}
