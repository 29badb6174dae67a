/** Word shape: X for capitals, x for lower case, d for digits, other characters kept; runs collapsed ("McDonald" → "XxXx", "U.S." → "X.X.", "1996-08-22" → "d-d-d"). */
export function wordShape(word: string): string {
  let shape = '';
  let last = '';
  for (const char of word) {
    let mapped: string;
    if (char >= 'A' && char <= 'Z') mapped = 'X';
    else if (char >= 'a' && char <= 'z') mapped = 'x';
    else if (char >= '0' && char <= '9') mapped = 'd';
    else if (char.toLowerCase() !== char.toUpperCase()) mapped = char === char.toUpperCase() ? 'X' : 'x';
    else mapped = char;
    if (mapped !== last) shape += mapped;
    last = mapped;
    if (shape.length >= 12) break;
  }
  return shape;
}

const UPPER = 1;
const LOWER = 2;
const NOT_ASCII = 4;

/**
 * Which of UPPER, LOWER and NOT_ASCII occur in `word`. The case checks below run for every
 * token, so ASCII words, nearly all of them, are read by character code; others go through
 * `toLowerCase`/`toUpperCase`, whose answers the ASCII paths repeat.
 */
function caseBits(word: string): number {
  let bits = 0;
  for (let i = 0; i < word.length; i++) {
    const code = word.charCodeAt(i);
    if (code >= 65 && code <= 90) bits |= UPPER;
    else if (code >= 97 && code <= 122) bits |= LOWER;
    else if (code >= 128) return bits | NOT_ASCII;
  }
  return bits;
}

/** Whether a token has letters and none of them is lower case ("NATO", "U.S.", "BRUSSELS"). */
export function isAllCaps(word: string): boolean {
  const bits = caseBits(word);
  if (bits & NOT_ASCII) return word !== word.toLowerCase() && word === word.toUpperCase();
  return bits === UPPER;
}

/** Whether a token has a letter that has case (one that upper- and lower-casing tell apart). */
export function hasCasedLetter(word: string): boolean {
  const bits = caseBits(word);
  if (bits & NOT_ASCII) return word.toLowerCase() !== word.toUpperCase();
  return bits !== 0;
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const code = word.charCodeAt(0);
  if (code < 128) return code >= 65 && code <= 90;
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
