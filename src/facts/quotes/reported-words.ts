/** The words a cue governs: what a reporting verb takes as what was said ("said (that) ...", "called for ...", "accused X of ..."). */
import { isPromiseVerb } from '../commitments/index.js';
import { isPunctuation } from '../words.js';
import type { QuoteContext } from './context.js';
import { cueAt, hasIntendedInfinitive, isAdjunctPreposition, isSettingWord, takesHearer, type CueKind } from './cues.js';
import { isQuoteMark } from './marks.js';

/** Relations of a speech verb's dependents that carry what was said ("called [for the president] [to resign]"). */
const REPORTED_ARGUMENTS = new Set(['obj', 'iobj', 'xcomp', 'obl', 'advcl', 'ccomp']);
/** Relations that start what is no longer the reported words ("said X, but ..."). */
const ENDS_REPORTED = new Set(['conj', 'cc', 'parataxis', 'punct']);
/** The most words between a cue and the "that" of its clause when the parse hangs the clause elsewhere ("said late on Friday that"). */
export const MAX_WORDS_BEFORE_THAT = 4;

/**
 * The words cue word `cue` governs, whether they hold more than noun objects, and whether
 * they are only a time with no preposition ("said Wednesday"): its clausal complement ("said (that) ..."); for a speech
 * verb, the clause after a colon ("said: ..."); else its arguments after it, up to a
 * coordinated clause or a second cue (", adding ..."): "called for the president to resign",
 * "accused Trump of using divisive rhetoric", "sees Cruz as a uniter". A cognition verb with
 * an infinitive ("expected to meet") is a plan, for the events layer, not a quote, unless it
 * reports an intention ("wants to sign up voters", "vowed to block the bill").
 */
export function reportedWords(c: QuoteContext, cue: number, kind: CueKind): [number, number, boolean, boolean] | undefined {
  const { words, tree } = c;
  /** "..., analysts say; in 2012, Romney stumbled": what follows a semicolon after the cue is a sentence of its own. */
  const afterSemicolon = (first: number) => words.slice(cue + 1, first + 1).some((word) => word.text === ';');
  for (const dependent of tree.dependentsOf(cue)) {
    if (dependent < cue || tree.relation(dependent) !== 'ccomp') continue;
    const [start, end] = tree.extent(dependent);
    if (afterSemicolon(start)) continue;
    // "said Friday that ...": a time the parser hangs inside the clause, before its "that", is the cue's.
    const mark = tree.dependentsOf(dependent).find((child) => child > start && child < dependent && tree.relation(child) === 'mark' && words[child]!.lower === 'that');
    let from = mark !== undefined && mark - cue <= MAX_WORDS_BEFORE_THAT + 1 ? mark : start;
    // "critics say Silicon Valley's efforts to ... have been toothless": the parser may take the
    // clause's subject for the cue's object; a cue that does not name its hearer ("told
    // reporters") reports no object before its clause, so the clause starts right after the cue.
    const object = tree.dependent(cue, 'obj');
    if (mark === undefined && object > cue && object < start && !takesHearer(words[cue]!) && words.slice(cue + 1, start).every((word) => !isPunctuation(word) && !isQuoteMark(word))) from = cue + 1;
    let to = end;
    // "said that A and that B": the parser may hang the second clause on the cue; it is said too.
    for (const next of tree.dependentsOf(cue)) {
      if (next <= to || tree.relation(next) !== 'conj') continue;
      const [first, last] = tree.extent(next);
      const that = words.slice(first, next).findIndex((word) => word.lower === 'that');
      if (that < 0 || tree.relation(first + that) !== 'mark' || words.slice(to + 1, first + that).some((word) => !isPunctuation(word) && word.lower !== 'and')) break;
      to = last;
    }
    return [from, to, true, false];
  }
  // "said Friday that ...", "said last week that ...": the parser may read the time as the
  // subject of a relative clause; a "that" the parse marks as a clause's, a few words after
  // the cue with no verb before it, opens the reported clause all the same.
  for (let i = cue + 1; i <= cue + MAX_WORDS_BEFORE_THAT + 1 && words[i]?.sentence === words[cue]!.sentence; i++) {
    if (words[i]!.pos === 'VERB' || words[i]!.pos === 'AUX' || isPunctuation(words[i]) || isQuoteMark(words[i])) break;
    if (words[i]!.lower !== 'that' || tree.relation(i) !== 'mark') continue;
    const clause = tree.head(i);
    if (clause > i && !insideSubtreeOf(c, cue, clause)) break;
    if (clause > i) return [i, tree.extent(clause)[1], true, false];
  }
  // "pledged 40 million euros": a promise with a noun object is an act, for the commitments
  // stage; with an infinitive ("pledged to cut taxes") it reports what was promised.
  const intends = hasIntendedInfinitive(words, tree, cue);
  if (isPromiseVerb(words[cue]!) && !intends) return undefined;
  let from = -1;
  let to = -1;
  /** Whether more than noun objects were taken ("called for ...", "accused X of ..."). */
  let clausal = false;
  /** Whether only nouns of time with no preposition were taken ("said [Wednesday]"). */
  let adjunctsOnly = true;
  for (const dependent of tree.dependentsOf(cue)) {
    if (dependent < cue) continue;
    const relation = tree.baseRelation(dependent);
    const unmarkedSubject = relation === 'conj' ? unmarkedClauseSubject(c, cue, dependent) : -1;
    if (unmarkedSubject >= 0) return [tree.extent(unmarkedSubject)[0], tree.extent(dependent)[1], true, false];
    if (relation === 'parataxis' && kind === 'speech' && words.slice(cue + 1, dependent).some((word) => word.text === ':')) return [...tree.extent(dependent), true, false];
    const [first, last] = tree.extent(dependent);
    const afterComma = words[first]!.text === ',' || words[first - 1]?.text === ',';
    if (ENDS_REPORTED.has(relation) || afterSemicolon(first) || (afterComma && (relation === 'advcl' || cueAt(words, dependent) === 'speech'))) {
      if (from >= 0) break;
      continue;
    }
    if (!REPORTED_ARGUMENTS.has(relation)) continue;
    if (from < 0 && kind === 'cognition' && relation === 'xcomp' && words[first]!.lower === 'to' && !intends) return undefined;
    // "said on Friday that ...": the parser may hang the clause on the time before it (reading
    // "that" as a relative pronoun); the reported words start at "that" all the same.
    const that = relation === 'obl' || relation === 'advmod' ? words.slice(first, last + 1).findIndex((word, k) => word.lower === 'that' && tree.relation(first + k) === 'mark') : -1;
    // "criticized Clinton during a rally on Friday", "said of the plan in February": an
    // adjunct of time, place or occasion tells when or where, not what was said.
    if (that < 0 && from >= 0 && isSetting(c, dependent, relation)) break;
    // "“Really,” she added when the host laughed": a clause of time right after the cue sets the
    // scene too (the parser makes its "when" a mark or an adverb, and may misread its clause as a
    // noun), unless a "that" in it opens what was said, which the parser may hang there ("said
    // before the rally that the mayor ...", its "that" read as a relative pronoun; not "when
    // asked if that was his plan", where "that" is a subject).
    const opensSetting = isSettingWord(words[first]!) && (tree.relation(first) === 'mark' || tree.relation(first) === 'advmod');
    const opensThat = (k: number) => words[k]!.lower === 'that' && (tree.relation(k) === 'mark' || (words[k + 1]?.pos !== 'VERB' && words[k + 1]?.pos !== 'AUX'));
    if (opensSetting && !words.slice(first, last + 1).some((_, k) => opensThat(first + k))) continue;
    if (from < 0) from = that > 0 ? first + that : first;
    to = last;
    // "told reporters Friday": a noun with no preposition tells when, not what.
    const unmarked = relation === 'obl' && !tree.dependentsOf(dependent).some((child) => child < dependent && tree.relation(child) === 'case');
    if (relation !== 'obj' && relation !== 'iobj' && !unmarked) clausal = true;
    if (!unmarked) adjunctsOnly = false;
  }
  return from < 0 ? undefined : [from, to, clausal, adjunctsOnly];
}

/**
 * "said in a statement Monday night they dropped the listing": the parser may coordinate the
 * reported clause with the cue when a time stands between; a conjunct with a subject of its own
 * and no coordinator, no punctuation between it and the cue, is the clause said. Returns its
 * subject, or -1.
 */
function unmarkedClauseSubject(c: QuoteContext, cue: number, conjunct: number): number {
  const { words, tree } = c;
  const children = tree.dependentsOf(conjunct);
  const subject = children.find((child) => child < conjunct && tree.baseRelation(child) === 'nsubj');
  if (subject === undefined || children.some((child) => child < conjunct && tree.relation(child) === 'cc')) return -1;
  const start = tree.extent(subject)[0];
  // Only adjuncts between ("in a statement", "Monday night"): not an object ("described themselves as ..."), a verb or another cue.
  for (let k = cue + 1; k < start; k++) {
    const word = words[k]!;
    const relation = tree.baseRelation(k);
    if (isPunctuation(word) || isQuoteMark(word) || word.pos === 'VERB' || word.pos === 'AUX' || word.pos === 'CCONJ' || relation === 'obj' || relation === 'iobj' || cueAt(words, k) !== undefined) return -1;
  }
  return subject;
}

/** Whether words `from..to` are only a phrase of an adjunct preposition ("in The Intercept", "about men with small hands"), with no verb or quotation in it. */
export function adjunctOnly(c: QuoteContext, from: number, to: number): boolean {
  const { words, tree } = c;
  if (!isAdjunctPreposition(words[from]!) || tree.relation(from) !== 'case') return false;
  return !words.slice(from, to + 1).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || isQuoteMark(word));
}

/** Whether word `word` lies in the subtree that word `root` heads. */
function insideSubtreeOf(c: QuoteContext, root: number, word: number): boolean {
  const { tree } = c;
  for (let at = word, steps = 0; at >= 0 && steps < 64; at = tree.head(at), steps++) if (at === root) return true;
  return false;
}

/**
 * Whether dependent `dependent` of a cue (relation `relation`) is an adjunct of setting: a
 * phrase or clause opened by a word of time, place or occasion (`settingWords` of
 * data/quotes/cues.json: "during", "after", "when"). After what was said it ends the reported
 * words; right after the cue it may be the verb's own preposition ("called on", "believe in").
 */
function isSetting(c: QuoteContext, dependent: number, relation: string): boolean {
  const { words, tree } = c;
  if (relation !== 'obl' && relation !== 'advcl') return false;
  const opener = tree.dependentsOf(dependent).find((child) => child < dependent && (tree.relation(child) === 'case' || tree.relation(child) === 'mark'));
  return opener !== undefined && isSettingWord(words[opener]!);
}
