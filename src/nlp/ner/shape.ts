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

/** Whether a token has letters and none of them is lower case ("NATO", "U.S.", "BRUSSELS"). */
export function isAllCaps(word: string): boolean {
  return word !== word.toLowerCase() && word === word.toUpperCase();
}

/** Whether a token starts with a capital letter. */
export function isCapitalised(word: string): boolean {
  const first = word.charAt(0);
  return first !== first.toLowerCase() && first === first.toUpperCase();
}
