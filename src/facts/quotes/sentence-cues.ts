/** Every attribution cue of an article outside quotation marks, found once and kept by sentence. */
import { describesPerson, isDescriptorNoun } from '../actors/nominals.js';
import { actsAsVerb } from '../arguments.js';
import { isCapitalised, isPunctuation } from '../words.js';
import { closingAttributionComma } from './clause-end.js';
import type { ArticleLookups } from './context.js';
import { alsoInfers, cueAt, hasIntendedInfinitive, isEvaluative, isNominalSpeaker, isTopical, misreadMainVerb, needsClause, reportsOnlyIntention, type CueKind } from './cues.js';
import { isClauseMark, isQuestionWord } from './function-words.js';
import { isQuoteMark } from './marks.js';

/** A cue word and what it reports. */
export interface FoundCue {
  index: number;
  kind: CueKind;
}

/** Relations of what a cue takes, in which a clause of what was said may stand ("expressed optimism that ..."). */
const CLAUSE_HOLDERS = new Set(['obj', 'iobj', 'obl', 'xcomp', 'ccomp']);
/** How many words may stand between a cue that needs a clause and the quotation it introduces instead ("posted on his Facebook page: “...”"). */
const MAX_WORDS_BEFORE_QUOTATION = 6;
/** How many capitalised words a speaker's name between a quotation and its cue may hold ("Sen. Ada Lind"). */
const MAX_NAME_WORDS = 4;

/** The cue words of sentences `from..to`, outside quotation marks, for the article `lookups` reads. */
export function sentenceCues(lookups: ArticleLookups): (from: number, to: number) => FoundCue[] {
  const { words, tree, mentions, at, quotedAfter, inQuote, hasQuoted } = lookups;
  /** Whether a quotation opens right after cue word `index`, past a few words with no verb: "posted on Twitter: “...”". */
  const opensQuotation = (index: number) => {
    const next = quotedAfter(words[index]!.end);
    if (next === undefined) return false;
    const between = words.slice(index + 1, at(next.start));
    return between.length <= MAX_WORDS_BEFORE_QUOTATION && between.every((word) => word.sentence === words[index]!.sentence && word.pos !== 'VERB' && word.pos !== 'AUX');
  };
  /**
   * Whether cue word `index` has a clause of what was said: its own ("said that ..."), a
   * quotation right after it, or one its object holds ("expressed optimism that ...",
   * "dismissed accusations that ..."): a word of its subtree marking a clause.
   */
  const reportsClause = (index: number) => {
    if (tree.dependent(index, 'ccomp') >= 0 || opensQuotation(index)) return true;
    // Only in what the cue takes ("hailed the vote as “fantastic”" quotes words too): "condemned
    // the deal, saying that ..." has its clause in the participle's words, which report on their own.
    for (const dependent of tree.dependentsOf(index)) {
      if (dependent < index || !CLAUSE_HOLDERS.has(tree.baseRelation(dependent))) continue;
      const [first, last] = tree.extent(dependent);
      if (hasQuoted(words[first]!.start, words[last]!.end)) return true;
      for (let k = first; k <= last; k++) if (tree.relation(k) === 'mark' && isClauseMark(words[k]!)) return true;
    }
    return false;
  };
  /** Whether a quotation closes a few words before cue word `index`, in its sentence, with no verb between ("“...,” the senator reiterated"). */
  const closesQuotation = (index: number) => {
    for (let k = index - 1; k >= 0 && index - k <= MAX_WORDS_BEFORE_QUOTATION && words[k]!.sentence === words[index]!.sentence; k--) {
      if (isQuoteMark(words[k])) return true;
      if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') return false;
    }
    return false;
  };
  /**
   * "“...,” Ms. Lund answered, referring to ...": a cue right after a name (capitalised words,
   * a title's among them) that follows a quotation's closing mark, with punctuation after it, is
   * the quotation's attribution, however the parser hangs it on the name.
   */
  const namedAfterQuotation = (index: number) => {
    if (!isPunctuation(words[index + 1])) return false;
    let k = index - 1;
    while (k >= 0 && index - k <= MAX_NAME_WORDS && words[k]!.sentence === words[index]!.sentence && /^\p{Lu}/u.test(words[k]!.text)) k--;
    if (k === index - 1) return false;
    if (words[k]?.text === ',') k--;
    return isQuoteMark(words[k]);
  };
  /**
   * A cue the tagger took for a noun that the parse reads as a verb with a clause ("Trump charges
   * that ...") or as its sentence's main verb with a subject ("The candidate claims his ...", not
   * in a headline's capitals, which the parser reads poorly), or that closes a clause right after
   * a name (", Reuters reports.").
   */
  const verbWithClause = (index: number) => (actsAsVerb(tree, words, index) && (tree.dependent(index, 'ccomp') >= 0 || (tree.relation(index) === 'root' && !isCapitalised(words[index]))))
    || (words[index - 1]?.pos === 'PROPN' && closingAttributionComma(words, index) >= 0);
  /**
   * Whether cue word `index` has a subject that names no one: a common noun, not for a person, a
   * group or a body, nor a nominal speaker ("the evidence", "polls that revealed"; not "aides",
   * "the campaign", "the poll"), that no actor's mention covers. A relative pronoun stands for the noun its clause qualifies.
   */
  const subjectNamesNoOne = (index: number) => {
    let subject = tree.dependent(index, 'nsubj');
    if (subject >= 0 && words[subject]!.pos === 'PRON' && tree.baseRelation(index) === 'acl' && tree.head(index) < subject) subject = tree.head(index);
    if (subject < 0 || words[subject]!.pos !== 'NOUN' || mentions.covering(subject) !== undefined) return false;
    const noun = words[subject]!.lower;
    return !isNominalSpeaker(words[subject]!) && !describesPerson(noun) && ![noun, noun.replace(/s$/, '')].some(isDescriptorNoun);
  };
  // Every cue outside quotation marks, by sentence, found once.
  const cuesBySentence = new Map<number, FoundCue[]>();
  words.forEach((word, index) => {
    const kind = cueAt(words, index, verbWithClause);
    if (kind === undefined || inQuote(word.start)) return;
    const intends = hasIntendedInfinitive(words, tree, index);
    if (reportsOnlyIntention(word) && !intends) return;
    // "..., the survey found.": a cue that closes a clause after it has that clause before it.
    if (needsClause(word) && tree.dependent(index, 'ccomp') < 0 && !opensQuotation(index) && !intends && closingAttributionComma(words, index) < 0) return;
    if (isEvaluative(word) && !reportsClause(index)) return;
    // "the figures suggest that ...", "the vote reflected a shift": what a thing shows is no one's words.
    if (alsoInfers(word) && subjectNamesNoOne(index)) return;
    // "questioned whether ...", "touted how far ...": a clause right after it, however the parser hangs it.
    const next = words[index + 1];
    if (isTopical(word) && !reportsClause(index) && !closesQuotation(index) && !(next !== undefined && (isClauseMark(next) || isQuestionWord(next)))) return;
    // "refugees admitted to the country", "a party called Anti-Prom": a participle that qualifies
    // the noun before it reports nothing (after a comma the parser's "acl" is more often a
    // misread main verb: "Huckabee, the former governor, proposed"; so is one hung on the
    // sentence's root before it with an object of its own: "The board cited “...”").
    if (kind !== 'according' && word.lower.endsWith('ed') && !isPunctuation(words[index - 1]) && tree.relation(index) === 'acl' && !namedAfterQuotation(index) && !misreadMainVerb(tree, index)) return;
    // "within hailing distance", "compiling detailed dossiers": a cue word that modifies a noun
    // is an adjective (the parser may misread a capitalised verb opening a sentence so: "Stated Stone:").
    if (tree.relation(index) === 'amod' && words[index - 1]?.sentence === word.sentence) return;
    const list = cuesBySentence.get(word.sentence) ?? [];
    list.push({ index, kind });
    cuesBySentence.set(word.sentence, list);
  });
  return (from, to) => {
    const found: FoundCue[] = [];
    for (let sentence = from; sentence <= to; sentence++) found.push(...(cuesBySentence.get(sentence) ?? []));
    return found;
  };
}
