/**
 * What the writer adds at the end of reported words, which is not the speaker's: a relative
 * clause or an apposition after a comma or a dash ("the regulator, which is running a separate inquiry",
 * "Mr. Trump, the presumed favorite", "the ban — a position he has since modified") and a gloss
 * in parentheses ("(a special tax break for fund managers)"). PolNeAR leaves these out of a
 * quote's content, and a reader of "who said what" would too.
 */
import type { DependencyTree } from '../tree.js';
import { isPunctuation, type Word } from '../words.js';

/** The fewest words in a parenthesis that ends reported words for it to be the writer's gloss, not part of a name or figure. */
const MIN_GLOSS_WORDS = 4;
/** Dashes that open a writer's aside. */
const ASIDE_DASHES = new Set(['—', '–', '--', '-']);
/** Words that open a relative clause set off by a comma, which adds to a noun rather than restricts it. */
const RELATIVE_OPENERS = new Set(['which', 'who', 'whose', 'whom']);
const ARTICLES = new Set(['a', 'an', 'the']);

/**
 * The last word of reported words `from..to` (word indices, inclusive) without the writer's
 * aside and then gloss at their end; `from - 1` when nothing is left. An aside is looked for only
 * after the first `minWords` words.
 */
export function withoutWritersAsides(words: readonly Word[], tree: DependencyTree, from: number, to: number, minWords: number): number {
  to = beforeTrailingAside(words, tree, from, to, minWords);
  // "he would end the tax treatment of carried interest (a special break for fund managers)":
  // a parenthesis of a few words or more at the end of the reported words is the writer's
  // gloss (a shorter one belongs to the words before it: "(TPP)", "(D-Va.)", "(33 percent)").
  if (words[to]?.text === ')') {
    const open = parenthesisOpening(words, to);
    if (open > from && words.slice(open + 1, to).filter((word) => /[\p{L}\p{N}]/u.test(word.text)).length >= MIN_GLOSS_WORDS) to = open - 1;
    while (to >= from && isPunctuation(words[to])) to--;
  }
  return to;
}

/** The last word of `from..to` without a relative clause or apposition the writer adds at its end after a comma or a dash. */
function beforeTrailingAside(words: readonly Word[], tree: DependencyTree, from: number, to: number, minWords: number): number {
  for (let comma = from + minWords; comma < to; comma++) {
    const dash = ASIDE_DASHES.has(words[comma]!.text);
    if (words[comma]!.text !== ',' && !dash) continue;
    // An aside with a comma or dash of its own may be one the parse ran on into the clause
    // ("Weiner, 51, who is married to X, allegedly sent ...", "the word — a term used by many — was").
    if (words.slice(comma + 1, to + 1).some((word) => word.text === ',' || ASIDE_DASHES.has(word.text))) continue;
    const opener = words[comma + 1]!;
    for (let head = comma + 1; head <= to; head++) {
      const [first, last] = tree.extent(head);
      const noun = tree.head(head);
      // Not on a subject: the parse may have hung the rest of the sentence on the aside ("The pilot, who lived in Leeds, worked as ...").
      if (first < comma || first > comma + 1 || last < to || noun >= comma || noun < from || tree.baseRelation(noun) === 'nsubj') continue;
      const relation = tree.relation(head);
      if (relation === 'acl:relcl' && RELATIVE_OPENERS.has(opener.lower)) return comma - 1;
      // After a comma, "the ..." renames only a name ("Mr. Trump, the Republican nominee"); on a
      // common noun it is as often the next item of a list ("the charisma of a friend, the warmth of an aunt").
      const renames = dash || opener.lower !== 'the' || words[noun]!.pos === 'PROPN';
      if (relation === 'appos' && ARTICLES.has(opener.lower) && renames) return comma - 1;
    }
  }
  return to;
}

/** The "(" that the ")" at word `close` closes, in its sentence, or -1. */
function parenthesisOpening(words: readonly Word[], close: number): number {
  for (let i = close - 1; i >= 0 && words[i]!.sentence === words[close]!.sentence; i--) {
    if (words[i]!.text === ')') return -1;
    if (words[i]!.text === '(') return i;
  }
  return -1;
}
