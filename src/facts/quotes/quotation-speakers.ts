/** Who speaks the words a cue attributes: the subject of the cue or of the clause before a colon, a name set off before an inverted cue, the subject of a participle's clause. */
import { span } from '../../document/doc.js';
import { isPunctuation } from '../words.js';
import { MAX_ATTRIBUTION_WORDS } from './attributions.js';
import type { QuoteContext } from './context.js';
import { cueAt, isSpeechNoun, isTimeWord, misreadMainVerb, opensParticipleClause, type CueKind } from './cues.js';
import type { Draft, DraftList } from './drafts.js';
import { isIndefiniteOpener } from './function-words.js';
import { isQuoteMark } from './marks.js';
import { isRelativePronoun, PLACE_TYPES, speakerOf, subjectAfter, subjectBeforeCoordination, treeSubject, withIssuer, type Speaker } from './speaker.js';

/**
 * The speaker of a quotation's cue: after "according to"; after an inverted cue right behind
 * the quotation (""...," said X"), else before the cue ("X said").
 */
export function cueSpeaker(c: QuoteContext, cue: number, kind: CueKind, rightAfterQuote: boolean): Speaker | null {
  const { text, words, mentions, tree, outsideQuotes } = c;
  if (kind === 'according') return subjectAfter(text, words, mentions, cue + 1);
  const inverted = rightAfterQuote ? describedAfter(c, cue) ?? subjectAfter(text, words, mentions, cue) : null;
  return inverted ?? withIssuer(text, words, mentions, tree, outsideQuotes(treeSubject(text, words, mentions, tree, cue)) ?? outsideQuotes(subjectBeforeCoordination(text, words, mentions, tree, cue))) ?? outsideQuotes(subjectAfter(text, words, mentions, cue));
}

/** How many words an indefinite description after an inverted cue may hold past its opener ("one unaligned Florida Republican strategist"). */
const MAX_DESCRIPTION_WORDS = 6;
/** Tags of the words before a description's head ("a [former U.S. law enforcement] official"). */
const MODIFIER_TAGS = new Set(['ADJ', 'NUM', 'NOUN', 'PROPN']);

/**
 * "“...,” said a senior Cruz adviser", "said one Democrat familiar with the talks": an
 * indefinite description right after an inverted cue is who speaks, up to its head noun (before
 * what qualifies it after: "familiar with", "who", a comma). Unnamed, as such a subject before
 * its cue is, or speaking for a body named in it; not a person or a place whose name qualifies it
 * ("Cruz", "U.S."); the person itself where a name is its head ("an emotional Hillary Clinton").
 * Null when no opener or no head follows the cue ("said one of the witnesses"), or a preposition
 * follows the head.
 */
function describedAfter(c: QuoteContext, cue: number): Speaker | null {
  const { text, words, mentions } = c;
  const opener = cue + 1;
  const sentence = words[cue]!.sentence;
  if (words[opener]?.sentence !== sentence || !isIndefiniteOpener(words[opener]!)) return null;
  let head = -1;
  for (let k = opener + 1; k <= opener + MAX_DESCRIPTION_WORDS && words[k]?.sentence === sentence; k++) {
    const word = words[k]!;
    // "one Democrat familiar with": an adjective after a noun qualifies it from behind.
    if ((!MODIFIER_TAGS.has(word.pos) && word.text !== '-') || (head >= 0 && word.pos === 'ADJ')) break;
    if (word.pos === 'NOUN' || word.pos === 'PROPN') head = k;
  }
  // "a spokesman for the union": a phrase after the head may name whom it speaks for, which the words after the cue tell.
  if (head < 0 || isTimeWord(words[head]!) || words[head + 1]?.pos === 'ADP') return null;
  const named = mentions.covering(head);
  if (named !== undefined) return named.first > opener ? speakerOf(text, named) : null;
  const inner = words.slice(opener, head).map((_, k) => mentions.startingAt(opener + k)).find((mention) => mention !== undefined && mention.last < head && mention.entity.type !== 'PERSON' && !PLACE_TYPES.has(mention.entity.type));
  const [start, end] = [words[opener]!.start, words[head]!.end];
  return { ...span(text, start, end), entity: inner?.entity.id ?? null, name: inner?.entity.name ?? text.slice(start, end) };
}

/**
 * The named subject of the main verb of the clause that colon `colon` ends, when that verb
 * stands before the colon in its sentence; null otherwise (an unnamed subject, "The timing of
 * his surge doesn't surprise X:", says nothing of who speaks).
 */
export function colonClauseSubject(c: QuoteContext, colon: number): Speaker | null {
  const { text, words, mentions, tree, outsideQuotes } = c;
  let root = colon;
  while (tree.head(root) >= 0) root = tree.head(root);
  if (root >= colon || words[root]!.sentence !== words[colon]!.sentence || (words[root]!.pos !== 'VERB' && words[root]!.pos !== 'AUX')) return null;
  const speaker = outsideQuotes(treeSubject(text, words, mentions, tree, root));
  return speaker !== null && speaker.entity !== null ? speaker : null;
}

/**
 * ""...," Jane Roe, the attorney general of Kell, one of the states suing the agency,
 * said": the person named right after a quotation whose last word is `last`, set off by
 * commas from the cue `cue` after it, speaks (not a name inside the apposition, nor the
 * hearer after "told"); null when the words between are otherwise.
 */
export function namedBeforeApposition(c: QuoteContext, last: number, cue: number): Speaker | null {
  const { text, words, mentions } = c;
  let first = last + 1;
  while (first < cue && (isPunctuation(words[first]) || isQuoteMark(words[first]))) first++;
  const named = mentions.startingAt(first);
  if (named === undefined || named.entity.type !== 'PERSON' || named.kind !== 'name' || named.last + 1 >= cue - 1) return null;
  const between = words.slice(named.last + 1, cue);
  const setOff = between[0]!.text === ',' && between.at(-1)!.text === ',' && between.length <= MAX_ATTRIBUTION_WORDS;
  const oneSentence = words[first]!.sentence === words[cue]!.sentence && between.every((word) => word.sentence === words[cue]!.sentence && !isQuoteMark(word));
  return setOff && oneSentence ? speakerOf(text, named) : null;
}

/** How many steps up the parse from a quotation's first word the verb whose clause holds it may be. */
const MAX_GOVERNING_STEPS = 8;

/**
 * "On its website, the harbour board lists “rising dredging costs as ...”", "Berg shared the
 * news, writing “...”": a quotation with no cue of its own inside the clause of a verb before it
 * in its sentence, whose subject names someone (an actor, or anyone when a reporting verb stands
 * on the way up), is that subject's words, not those of the speaker of the quote before it.
 * Null when no such verb governs the quotation words `first..last`, or a clause that qualifies a
 * noun holds them.
 */
export function governingSubject(c: QuoteContext, first: number, last: number): Speaker | null {
  const { text, words, mentions, tree, outsideQuotes, inQuote } = c;
  // "posted a notice that read, “...”": the verb nearest before the quotation must be one that holds it.
  let nearest = first - 1;
  while (nearest >= 0 && words[nearest]!.sentence === words[first]!.sentence && ((words[nearest]!.pos !== 'VERB' && words[nearest]!.pos !== 'AUX') || inQuote(words[nearest]!.start))) nearest--;
  let passedNearest = nearest < 0 || words[nearest]!.sentence !== words[first]!.sentence;
  let cued = false;
  let k = first;
  for (let steps = 0; steps < MAX_GOVERNING_STEPS; steps++) {
    k = tree.head(k);
    if (k < 0 || words[k]!.sentence !== words[first]!.sentence) return null;
    if (k >= first && k <= last) continue;
    if (k > last) return null;
    cued ||= cueAt(words, k) !== undefined;
    passedNearest ||= k === nearest;
    // "posted a notice that read “...”", "after her comment that “...”": words in a clause that
    // qualifies a noun, or that a noun for something said holds, are that thing's, not the subject's above it.
    if ((tree.baseRelation(k) === 'acl' && !misreadMainVerb(tree, k)) || isSpeechNoun(words[k]!)) return null;
    // "praised Cruz for showing “...”": the praise is the subject's, its words too (not the one praised, as for a cue's clause).
    if (!cued && tree.baseRelation(k) === 'advcl' && words[tree.dependent(k, 'mark')]?.lower === 'for') continue;
    // A verb, or a word the tagger took for a noun that has a subject all the same ("the board lists").
    if (words[k]!.pos !== 'VERB' && words[k]!.pos !== 'AUX' && tree.dependent(k, 'nsubj') < 0) continue;
    const subject = outsideQuotes(treeSubject(text, words, mentions, tree, k));
    // A "who" that stands for no one the actors layer knows names no speaker.
    const unknownWho = subject !== null && subject.entity === null && isRelativePronoun(subject.text);
    if (subject !== null) return passedNearest && (cued || subject.entity !== null) && !unknownWho ? subject : null;
  }
  return null;
}

/**
 * A participle cue after a comma ("..., noting that ...") or a word that opens a participle
 * clause ("by calling for ...") speaks with the subject of its sentence's main verb when the
 * parse gives it one before the cue, else with the subject of the sentence's earlier quote.
 */
export function withParticipleSubject(c: QuoteContext, drafts: DraftList, draft: Draft): Draft {
  const { text, words, mentions, tree, outsideQuotes } = c;
  if (draft.cue === null || !words[draft.cue]!.lower.endsWith('ing') || cueAt(words, draft.cue) === 'according') return draft;
  // "... talks with Russia, emphasizing ...": after a comma the participle's subject is the clause's, not the name before it.
  const afterComma = words[draft.cue - 1]?.text === ',' || (isQuoteMark(words[draft.cue - 1]) && words[draft.cue - 2]?.text === ',');
  // "outdid his plans to curb the ferry union by calling for ...": so after "by".
  const opened = opensParticipleClause(words[draft.cue - 1]) && words[draft.cue - 1]!.sentence === words[draft.cue]!.sentence;
  if (draft.speaker !== null && !afterComma && !opened) return draft;
  let root = draft.cue;
  while (tree.head(root) >= 0) root = tree.head(root);
  const main = root < draft.cue && tree.dependent(root, 'nsubj') >= 0 ? outsideQuotes(treeSubject(text, words, mentions, tree, root)) : null;
  if (main !== null) return { ...draft, speaker: main };
  // "Anna Lind was booed by Holm's supporters after telling them ...": the one a passive main verb
  // is about does the telling, not its agent; only a subject named by an actor mention.
  const passive = root < draft.cue ? tree.dependent(root, 'nsubj:pass') : -1;
  const named = passive >= 0 ? mentions.covering(passive) : undefined;
  if (named !== undefined && outsideQuotes(speakerOf(text, named)) !== null) return { ...draft, speaker: speakerOf(text, named) };
  if (opened) return draft;
  const sentence = words[draft.cue]!.sentence;
  const earlier = drafts.lastSpokenWithCue(sentence);
  return earlier === undefined ? draft : { ...draft, speaker: earlier.speaker };
}
