/** Where a reported clause ends: at a contrast, a second reporting verb or a comparison that starts a clause of its own. */
import { isPunctuation, type Word } from '../words.js';
import type { QuoteContext } from './context.js';
import { cueAt, isTimeWord, opensRelativeClause, opensSubordinateClause } from './cues.js';
import { isClauseBreak, isDoForm } from './function-words.js';
import { isQuoteMark } from './marks.js';

const isAuxiliaryOrDo = (word: Word | undefined) => word !== undefined && (word.pos === 'AUX' || isDoForm(word));

/** Where a reported clause ends: the sentence's end, or a contrast that starts a new clause (", but", "; while"). */
export function clauseEnd(c: QuoteContext, from: number, sentence: number): number {
  const { words, tree, sentenceEnd } = c;
  for (let i = from + 1; i < words.length && words[i]!.sentence === sentence; i++) {
    const word = words[i]!;
    // A comma may sit inside the closing quotation mark ("“a step forward,” noting").
    const before = isQuoteMark(words[i - 1]) ? words[i - 2] : words[i - 1];
    // "said that A, and that B": a second "that" clause is said too.
    const secondThatClause = word.lower === 'and' && words[i + 1]?.lower === 'that' && tree.relation(i + 1) === 'mark';
    const contrast = isClauseBreak(word) && before?.text === ',' && !secondThatClause && !sharesReportedSubject(c, i, from);
    // "..., noting that ...", "... and predicted that ...": a second reporting verb starts its own quote.
    const nextCue = (before?.text === ',' || before?.lower === 'and' || before?.lower === 'but') && cueAt(words, i) === 'speech';
    // "he would end the tax break, as did Clinton", "..., as has the mayor": a comparison names
    // who else holds the view; it is not what was said.
    const comparison = word.lower === 'as' && before?.text === ',' && isAuxiliaryOrDo(words[i + 1]);
    if (word.text !== ';' && !contrast && !nextCue && !comparison) continue;
    let boundary = word.text === ';' ? i : i - 1;
    if (words[boundary - 1]?.text === ',' && !isQuoteMark(words[boundary])) boundary--;
    return words[boundary]!.start;
  }
  return sentenceEnd(sentence);
}

/**
 * Whether coordinator `cc` joins a predicate with no subject of its own to a verb inside the
 * reported clause that starts at word `from` ("said she recruited him, but hasn't decided
 * what's next", "said the talks covered trade, energy, and fishing rights"): that conjunct is
 * said too, unless it holds a reporting verb of its own ("..., and then pointed out that ...").
 */
function sharesReportedSubject(c: QuoteContext, cc: number, from: number): boolean {
  const { words, tree } = c;
  if (tree.relation(cc) !== 'cc') return false;
  const conjunct = tree.head(cc);
  if (conjunct < 0 || tree.baseRelation(conjunct) !== 'conj' || tree.head(conjunct) < from) return false;
  if (tree.dependentsOf(conjunct).some((child) => child < conjunct && (tree.baseRelation(child) === 'nsubj' || tree.relation(child) === 'expl'))) return false;
  const [, last] = tree.extent(conjunct);
  for (let k = cc + 1; k <= last; k++) if (cueAt(words, k) !== undefined) return false;
  return true;
}

/**
 * Where the main clause starts when cue word `cue` lies in a subordinate clause that opens its
 * sentence ("Though she called for the fees to be returned, the senator restricted ..."): at the
 * last comma after the cue that the main clause's subject and verb follow, which the parser
 * often hangs on the cue's clause. The sentence's end when the cue is in no such clause.
 */
export function mainClauseStart(c: QuoteContext, cue: number, sentence: number): number {
  const { words, tree, sentences, at, sentenceEnd } = c;
  const end = sentenceEnd(sentence);
  let opening = at(sentences[sentence]![0]);
  while (opening < cue && (words[opening]!.pos === 'CCONJ' || isPunctuation(words[opening]) || isQuoteMark(words[opening]) || (words[opening]!.pos === 'ADV' && !opensSubordinateClause(words[opening])))) opening++;
  if (opening >= cue || !opensSubordinateClause(words[opening])) return end;
  /** Whether the comma at `comma` is followed by a clause of its own: a subject, then its verb (the tagger may take it for an adjective), before the next comma. */
  const opensClause = (comma: number) => {
    const first = words[comma + 1];
    if (first === undefined || first.sentence !== sentence || first.pos === 'CCONJ' || first.pos === 'SCONJ' || first.pos === 'ADP' || opensRelativeClause(first)) return false;
    let next = comma + 1;
    while (next < words.length && words[next]!.sentence === sentence && words[next]!.text !== ',') next++;
    for (let k = comma + 1; k < next; k++) {
      if (words[k]!.pos === 'VERB' || words[k]!.pos === 'AUX') return false;
      if (tree.baseRelation(k) === 'nsubj') return tree.head(k) > k && tree.head(k) < next;
    }
    return false;
  };
  let main = -1;
  for (let k = opening + 1; k < words.length && words[k]!.sentence === sentence; k++) {
    if (words[k]!.text !== ',' || !opensClause(k)) continue;
    // "When the talks failed, the senator said ...": the cue is in the main clause itself.
    if (k < cue) return end;
    main = k;
  }
  return main < 0 ? end : words[main]!.start;
}

/** The most words of the subject between a closing attribution's comma and its cue ("the harbour master's longtime deputy Lars Dahl"). */
const MAX_ATTRIBUTION_WORDS = 12;
const isVerbal = (word: Word) => word.pos === 'VERB' || word.pos === 'AUX';

/**
 * The comma before cue word `cue` when the cue and its subject close a clause ("..., the survey
 * found.", "..., the mayor's deputy Lars Dahl stated.", "..., he said on Friday, adding ..."): a
 * clause with a verb before the comma, a subject with no verb, clause mark or quotation between
 * the comma and the cue, and after the cue, up to the next comma or the sentence's end, nothing
 * or a time or place with no verb. -1 when the cue closes no clause so.
 */
export function closingAttributionComma(words: readonly Word[], cue: number): number {
  const sentence = words[cue]!.sentence;
  let comma = -1;
  for (let k = cue - 1; k >= 0 && cue - k <= MAX_ATTRIBUTION_WORDS + 1 && words[k]!.sentence === sentence; k--) {
    const word = words[k]!;
    if (word.text === ',') {
      comma = k;
      break;
    }
    if (isVerbal(word) || isQuoteMark(word) || word.pos === 'CCONJ' || word.pos === 'SCONJ' || word.lower === 'that') return -1;
  }
  if (comma < 0 || comma === cue - 1) return -1;
  // After the cue only when or where it was said ("on Friday", "Wednesday morning"), not an object ("asked the senator about ...").
  const after = words[cue + 1];
  if (after !== undefined && after.sentence === sentence && !isPunctuation(after) && after.pos !== 'ADP' && after.pos !== 'ADV' && !isTimeWord(after)) return -1;
  for (let k = cue + 1; k < words.length && words[k]!.sentence === sentence && words[k]!.text !== ','; k++) {
    if (isVerbal(words[k]!) || isQuoteMark(words[k]) || words[k]!.lower === 'that') return -1;
  }
  let first = comma;
  while (first > 0 && words[first - 1]!.sentence === sentence) first--;
  return words.slice(first, comma).some(isVerbal) ? comma : -1;
}
