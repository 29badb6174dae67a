/** Reported speech without (or with only some) quotation marks: "X said (that) ...", "..., X said", "according to X, ...". */
import { hasNegativeSubject, isCapitalised, isPunctuation, type Word } from '../words.js';
import { withoutWritersAsides } from './asides.js';
import { clauseEnd, closingAttributionComma, mainClauseStart } from './clause-end.js';
import type { QuoteContext } from './context.js';
import { asks, cueAt, hasIntendedInfinitive, isNominalSpeaker, isParticleCue, opensPassive, opensRelativeClause, reportsOnlyQuotation, takesHearer, type CueKind } from './cues.js';
import type { Draft, DraftList } from './drafts.js';
import { isClauseMark, isQuestionWord, isTitleSmallWord } from './function-words.js';
import { isQuoteMark } from './marks.js';
import { withParticipleSubject } from './quotation-speakers.js';
import { adjunctOnly, reportedWords } from './reported-words.js';
import { phraseAfter, subjectAfter, subjectBeforeCoordination, treeSubject, withIssuer, type Speaker } from './speaker.js';

/** Relations of a verb that heads a clause of its own, not a participle or adverbial clause. */
const CLAUSE_HEADS = new Set(['root', 'ccomp', 'parataxis', 'conj']);
const MIN_CLAUSE_WORDS = 3;
/** The most words of a title before a speaker's name ("KTU Director of Public Affairs"). */
const MAX_TITLE_WORDS = 8;

/** Adds the reported speech of every cue no quotation took, sentence by sentence. */
export function addReportedSpeech(c: QuoteContext, drafts: DraftList): void {
  const { sentences, words, cuesIn } = c;
  const { usedCues } = drafts;
  for (let s = 0; s < sentences.length; s++) {
    for (const { index, kind } of cuesIn(s, s)) {
      // "shot back at", "weighed in on": a verb with a particle reports words only with "that"
      // after it ("pointed out that ..."); "continued to raise money": so does a verb that
      // reports words only as a quotation's cue.
      if (usedCues.has(index) || (isParticleCue(words, index) && words[index + 2]?.lower !== 'that')) continue;
      if (reportsOnlyQuotation(words[index]!) && words[index + 1]?.lower !== 'that') continue;
      const draft = reportedSpeech(c, index, kind, s);
      if (draft === undefined) continue;
      // "..., according to Y" attributes a statement that may itself be reported ("X said ..., according to Y").
      const overlaps = drafts.overlaps(draft.start, draft.end);
      if (overlaps && kind !== 'according') continue;
      drafts.add(withParticipleSubject(c, drafts, draft));
      usedCues.add(index);
    }
  }
}

/** The draft of what cue word `cue` (of kind `kind`, in sentence `sentence`) reports, if it reports a clause. */
export function reportedSpeech(c: QuoteContext, cue: number, kind: CueKind, sentence: number): Draft | undefined {
  const { text, sentences, words, at, mentions, tree, hasQuoted, wordsIn, sentenceEnd, outsideQuotes } = c;
  const [sentenceStart] = sentences[sentence]!;
  const end = sentenceEnd(sentence);
  const clause = (from: number, to: number, speaker: Speaker | null, rule: string): Draft | undefined => {
    const inside = wordsIn(from, to).filter((word) => !isPunctuation(word));
    if (inside.length < MIN_CLAUSE_WORDS || speaker === null) return undefined;
    const mixed = hasQuoted(from, to);
    return { kind: mixed ? 'mixed' : 'indirect', start: inside[0]!.start, end: inside.at(-1)!.end, cue, speaker, rule: `reported:${kind}:${rule}` };
  };
  if (kind === 'according') {
    // "according to exit polls", "according to his Facebook profile": an unnamed source is a source all the same.
    const speaker = subjectAfter(text, words, mentions, cue + 1) ?? phraseAfter(text, words, cue + 1);
    const comma = nextWordIndex(c, cue, words.length - 1, sentence, (word) => word.text === ',');
    if (cue === at(sentenceStart) && comma > 0) return clause(words[comma + 1]?.start ?? end, end, speaker, 'fronted');
    // "Now, according to the survey, most berths are empty", "But according to X, ...": after an
    // opening with no verb of its own (a conjunction, an adverb, a prepositional phrase), what X
    // attributes is the clause after the phrase's comma.
    const opening = words.slice(at(sentenceStart), cue).filter((word) => !isPunctuation(word) && !isQuoteMark(word));
    const clauseAfter = comma > 0 && words.slice(comma + 1, at(end)).some((word) => word.sentence === sentence && (word.pos === 'VERB' || word.pos === 'AUX'));
    if (clauseAfter && opening.length > 0 && opening.every((word) => word.pos !== 'VERB' && word.pos !== 'AUX') && INTRODUCTORY_TAGS.has(opening[0]!.pos)) {
      return clause(words[comma + 1]!.start, end, speaker, 'fronted');
    }
    // "The number of jobs, according to the report, rose": around a subject with no verb, the whole sentence.
    if (clauseAfter && opening.length > 0 && opening.every((word) => word.pos !== 'VERB' && word.pos !== 'AUX') && words[cue - 1]?.text === ',') {
      return clause(sentenceStart, end, speaker, 'around');
    }
    // "In short: turnout fell, according to X": what X attributes starts after the colon.
    let from = sentenceStart;
    for (let i = cue - 1; i >= 0 && words[i]!.sentence === sentence; i--) {
      if (words[i]!.text === ':') {
        from = words[i + 1]!.start;
        break;
      }
    }
    return clause(from, words[cue - 1]?.text === ',' ? words[cue - 1]!.start : words[cue]!.start, speaker, 'trailing');
  }
  // "Nobody asked about the rhetoric": what no one said is no one's words.
  if (hasNegativeSubject(words, tree, cue)) return undefined;
  // "When asked about the ban, Trump said ...", "Nunberg said when asked how ...": a participle
  // with no subject of its own after a subordinator is a passive; the one asked is no speaker
  // of the question, whose asker goes unnamed.
  if (words[cue - 1] !== undefined && opensPassive(words[cue - 1]!) && !words[cue]!.lower.endsWith('ing') && tree.dependent(cue, 'nsubj') < 0 && tree.dependent(cue, 'nsubj:pass') < 0) return undefined;
  const speaker = withIssuer(text, words, mentions, tree, outsideQuotes(treeSubject(text, words, mentions, tree, cue)) ?? outsideQuotes(subjectBeforeCoordination(text, words, mentions, tree, cue)));
  const firstOfSentence = at(sentenceStart);
  // "X said (that) ...", "X told reporters ...", "X called for ...": what the cue governs.
  const taken = reportedWords(c, cue, kind);
  // "as Roe noted in the Kell Courier", "what they say about cats and dogs", "his aides
  // argued in interviews": a prepositional phrase alone after the cue, with no verb or
  // quotation in it, tells where, when or about what, not what was said (which may stand before the cue).
  // "..., a new poll finds, a result that may shape the vote": after a cue that closes the clause
  // before it, a noun phrase after a comma is the writer's apposition, not what was said.
  const closingComma = closingAttributionComma(words, cue);
  const afterClosingComma = taken !== undefined && closingComma >= 0 && appositionAfterFirstComma(words, cue + 1, taken[0]);
  const reported = taken !== undefined && (adjunctOnly(c, taken[0], taken[1]) || afterClosingComma) ? undefined : taken;
  // "would not say whether he will run", "explained why the vote mattered", "tell you who I am":
  // after a cue that does not ask, an indirect question names what was talked about, not what was said.
  if (reported !== undefined && !asks(words[cue]!) && opensIndirectQuestion(c, cue, reported[0], reported[1])) return undefined;
  const reportedCount = reported === undefined ? 0 : words.slice(reported[0], reported[1] + 1).filter((word) => !isPunctuation(word)).length;
  // "..., X said (on Friday).", "..., said X": the reported clause ends at the comma before
  // the attribution. Read from the words, not the tree: the parser often hangs a long
  // fronted clause on the cue wrongly, but the comma is always there.
  let attribution = speaker === null ? cue : Math.min(at(speaker.start), cue);
  // "..., the BBC reported": the subject's phrase may start before the name its speaker covers
  // (an article, a title): back over the words that hang on it or on the cue.
  /** Whether word `k` opens a clause or a phrase rather than belongs to the subject ("," "but", "while"). */
  const opensClause = (k: number) => isPunctuation(words[k]) || isQuoteMark(words[k]) || tree.relation(k) === 'cc' || tree.relation(k) === 'mark';
  while (attribution > firstOfSentence && !opensClause(attribution - 1) && tree.head(attribution - 1) >= attribution && tree.head(attribution - 1) <= cue) attribution--;
  // "..., Texas Rep. Mike McCaul said": the whole subject phrase the parse gives the cue.
  const subject = tree.nearestDependent(cue, 'nsubj');
  if (speaker !== null && subject >= 0 && subject < cue && subject >= at(speaker.start)) {
    let first = Math.max(firstOfSentence, tree.extent(subject)[0]);
    for (let k = subject - 1; k >= first; k--) {
      if (opensClause(k)) {
        first = k + 1;
        break;
      }
    }
    attribution = Math.min(attribution, first);
  }
  // "..., KTU Director of Public Affairs Jon Vekker told": a title of capitalised words
  // before the name, back to the comma.
  let title = attribution;
  while (title > firstOfSentence + 1 && attribution - title < MAX_TITLE_WORDS && (isCapitalised(words[title - 1]) || (isTitleSmallWord(words[title - 1]!) && isCapitalised(words[title - 2])))) title--;
  if (words[title - 1]?.text === ',') attribution = title;
  // "..., the harbour master's longtime deputy Lars Dahl stated": the parse may leave words of
  // the subject's phrase off it; a subject with no verb between a comma and the cue closes the clause all the same.
  const comma = words[attribution - 1]?.text === ',' ? attribution - 1 : closingComma;
  // After a fronted clause (one with a subject, not "Speaking in Ohio, X told ..."): "..., a
  // spokesman told The Daily Planet": a cue's noun object is whom it was said to, not what was
  // said; "..., he said Wednesday on a talk show": the adjuncts after the cue tell when and where.
  const frontedClause = speaker !== null && comma > firstOfSentence && words.slice(firstOfSentence, comma).some((_, k) => tree.baseRelation(firstOfSentence + k) === 'nsubj');
  // "..., an aide told POLITICO earlier this week", "..., he said Wednesday morning on a talk
  // show": the parser often takes a time or a hearer for the object; after a fronted clause
  // that opens with neither a preposition nor a subordinator, words after the cue with no verb
  // and no quotation are no report of their own; a title quoted inside a prepositional phrase
  // ("on the network's “Morning Report”") is no quotation.
  const opener = words[firstOfSentence]!;
  const after = words.slice(cue + 1, at(end)).filter((word) => word.sentence === sentence);
  const firstQuoteMark = after.findIndex((word) => isQuoteMark(word));
  const noClauseAfter = frontedClause && opener.pos !== 'ADP' && opener.pos !== 'SCONJ'
    && after.every((word) => word.pos !== 'VERB' && word.pos !== 'AUX' && word.lower !== 'that')
    && (firstQuoteMark < 0 || after.slice(0, firstQuoteMark).some((word) => word.pos === 'ADP'));
  // "told CNN on Sunday", "asked former Attorney General Eric Holder": wherever it stands, a name
  // as the object of a cue that names its hearer, with no verb, clause mark, quotation or topic
  // ("asked Clinton about her emails") after it, is whom it was said to, not what was said.
  const hearerObject = Math.max(tree.dependent(cue, 'obj'), tree.dependent(cue, 'iobj'));
  const hearerObjectOnly = reported !== undefined && takesHearer(words[cue]!) && hearerObject >= reported[0] && hearerObject <= reported[1] && words[hearerObject]!.pos === 'PROPN'
    && !words.slice(reported[0], reported[1] + 1).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || word.lower === 'about' || isClauseMark(word) || isQuoteMark(word));
  const hearerOnly = hearerObjectOnly || (frontedClause && reported !== undefined && ((!reported[2] && takesHearer(words[cue]!)) || reported[3] || noClauseAfter));
  // "refugees admitted to the United States ... are Christian": words that open with "to" and
  // no verb tell where someone went or was let in, not what was said.
  if (reported !== undefined && words[reported[0]]!.lower === 'to' && words[reported[0] + 1]?.pos !== 'VERB' && words[reported[0] + 1]?.pos !== 'AUX') return undefined;
  // "how Ryan thinks about Trump", "she knew of the plan": a thought is a proposition, a clause; a
  // preposition after a thinking verb names its topic.
  if (taken !== undefined && kind === 'cognition' && words[taken[0]]!.pos === 'ADP' && words[taken[0]]!.lower !== 'that') return undefined;
  // "who has pledged to ...", "you want to ...": an intention is reported only of an actor the
  // article names or a nominal speaker ("officials hoping to"), not of a pronoun left unlinked.
  if (hasIntendedInfinitive(words, tree, cue) && speaker !== null && speaker.entity === null && !isNominalSpeaker(words[at(speaker.end) - 1]!)) return undefined;
  // "The real problem, he told me on Friday, is the quay", "Over the winter, she said, the port
  // lost berths": a cue set off by commas inside a sentence that opens with no verb before it
  // reports the whole sentence, the words before it too.
  if (reported !== undefined && reportedCount >= MIN_CLAUSE_WORDS && !hearerOnly && speaker !== null && comma > firstOfSentence) {
    const opening = words.slice(firstOfSentence, cue).filter((_, k) => firstOfSentence + k !== comma);
    let first = reported[0];
    while (first < reported[1] && isPunctuation(words[first])) first++;
    const between = words.slice(cue + 1, first);
    const noVerb = (word: Word) => word.pos !== 'VERB' && word.pos !== 'AUX' && !isQuoteMark(word);
    if (opening.every(noVerb) && between.every(noVerb) && between.some((word) => word.text === ',')) return clauseOfWords(firstOfSentence, reported[1], speaker, 'parenthetical-cue');
  }
  if (reported !== undefined && reportedCount >= MIN_CLAUSE_WORDS && !hearerOnly) return clauseOfWords(reported[0], reported[1], speaker, 'clause-after-cue');
  // "As they say in the trade, the first year is the hardest": an "as" clause that opens the
  // sentence frames the words after its comma.
  let opening = firstOfSentence;
  while (words[opening]!.pos === 'CCONJ' || isQuoteMark(words[opening])) opening++;
  if (taken !== undefined && reported === undefined && words[opening]!.lower === 'as' && words[taken[1] + 1]?.text === ',') {
    return clauseOfWords(taken[1] + 2, at(end) - 1, speaker, 'after-as-clause');
  }
  if (speaker === null || comma <= firstOfSentence) return undefined;
  // "This campaign, he says, is different": the cue sits inside the reported sentence.
  const afterAttribution = Math.max(cue, at(speaker.end) - 1) + 1;
  const rest = words.slice(afterAttribution, at(end)).filter((word) => word.sentence === sentence && !isPunctuation(word) && !isQuoteMark(word));
  if (words[afterAttribution]?.text === ',' && rest.length >= MIN_CLAUSE_WORDS - 1 && cueAt(words, afterAttribution + 1) === undefined) {
    return clauseOfWords(firstOfSentence, at(end) - 1, speaker, 'parenthetical-cue');
  }
  if (reportedCount > 2 && !hearerOnly) return undefined;
  // "..., where the governor has promised to veto it": a cue in a relative clause reports nothing before its comma.
  if (opensRelativeClause(words[comma + 1])) return undefined;
  // "In a statement, X said", "Shortly after my sentence, X announced", "When Congress cut the
  // funding, X said": a phrase or a subordinate clause before the comma sets the scene; only a
  // clause of its own (a subject, no preposition or subordinator opening it) is what was said.
  let lead = firstOfSentence;
  while (lead < comma && (words[lead]!.pos === 'CCONJ' || words[lead]!.pos === 'ADV' || isPunctuation(words[lead]) || isQuoteMark(words[lead]))) lead++;
  // A clause: a subject, an auxiliary or copula, or a verb that heads a clause (the parser
  // may miss the subject), not only a participle that qualifies a noun ("a video posted to").
  const clauseWords = words.slice(firstOfSentence, comma).map((word, k) => ({ word, relation: tree.baseRelation(firstOfSentence + k) }));
  if (!clauseWords.some(({ word, relation }) => relation === 'nsubj' || word.pos === 'AUX' || (word.pos === 'VERB' && CLAUSE_HEADS.has(relation)))) return undefined;
  if (tree.relation(lead) === 'case' || tree.relation(lead) === 'mark') {
    // "While he is third in the polls, a strong showing could ...": a clause after the opening one.
    const inner = words.slice(lead, comma).findIndex((word) => word.text === ',');
    if (inner < 0 || !words.slice(lead + inner + 1, comma).some((_, k) => tree.baseRelation(lead + inner + 1 + k) === 'nsubj')) return undefined;
  }
  return clauseOfWords(firstOfSentence, comma - 1, speaker, 'clause-before-cue');

  /** The draft of reported words `from..to`, without the "that" or punctuation that opens them or the punctuation that closes them. */
  function clauseOfWords(from: number, to: number, who: Speaker | null, rule: string): Draft | undefined {
    while (from <= to && (isPunctuation(words[from]) || (words[from]!.lower === 'that' && tree.relation(from) === 'mark'))) from++;
    if (from > to) return undefined;
    // "... they support X, but they wouldn't ...": the parser may coordinate a contrast into the clause.
    // "Though she called for ..., the senator restricted ...": what a cue in an opening
    // subordinate clause reports ends where the main clause starts.
    const limit = Math.min(clauseEnd(c, from, sentence), from > cue ? mainClauseStart(c, cue, sentence) : Infinity);
    while (to > from && words[to]!.end > limit) to--;
    while (to >= from && (isPunctuation(words[to]) || words[to]!.text === '-' || words[to]!.text === '—')) to--;
    if (from > to) return undefined;
    to = withoutWritersAsides(words, tree, from, to, MIN_CLAUSE_WORDS);
    if (from > to) return undefined;
    // Quotation marks belong to the quote only when both ends are in it.
    if (isQuoteMark(words[to]) && !words.slice(from, to).some(isQuoteMark)) to--;
    if (isQuoteMark(words[from]) && !words.slice(from + 1, to + 1).some(isQuoteMark)) from++;
    return from > to ? undefined : clause(words[from]!.start, words[to]!.end, who, rule);
  }
}

/**
 * The first word after `from`, up to `to` and in `sentence`, that `matches`, or -1. (Searched
 * from `from`, not with words.findIndex from the article's start: that made the stage take
 * time in the square of the article's length, 11 s for 20,000 sentences.)
 */
function nextWordIndex(c: QuoteContext, from: number, to: number, sentence: number, matches: (word: Word) => boolean): number {
  const { words } = c;
  for (let i = from + 1; i <= to && i < words.length && words[i]!.sentence <= sentence; i++) {
    if (words[i]!.sentence === sentence && matches(words[i]!)) return i;
  }
  return -1;
}

/**
 * Whether reported words `from..to` of cue word `cue` are an indirect question (past a hearer:
 * "tell you who I am"): opened by "whether" or a question word other than "how" (whose clause
 * tells what happened: "described how the fees rose"), not the subject of a clause ("what
 * happened was a disgrace"), and with no "that" of a clause in it ("said when asked that ...").
 */
function opensIndirectQuestion(c: QuoteContext, cue: number, from: number, to: number): boolean {
  const { words, tree } = c;
  let first = from;
  if (takesHearer(words[cue]!)) {
    const hearer = tree.dependentsOf(cue).find((dependent) => dependent >= from && dependent <= to && (tree.baseRelation(dependent) === 'iobj' || tree.baseRelation(dependent) === 'obj') && !isQuestionWord(words[dependent]!));
    if (hearer !== undefined && tree.extent(hearer)[0] === from) first = tree.extent(hearer)[1] + 1;
  }
  while (first < to && isPunctuation(words[first])) first++;
  // The hearer may be all the words there are ("told reporters" at an article's cut-off end).
  if (first > to) return false;
  const opener = words[first]!;
  if (opener.lower === 'how' || (opener.lower !== 'whether' && !isQuestionWord(opener))) return false;
  return !words.slice(first, to + 1).some((word, k) => tree.baseRelation(first + k) === 'csubj' || (word.lower === 'that' && tree.relation(first + k) === 'mark'));
}

/** Tags of the word that opens an introductory phrase with no clause of its own ("Now,", "In all,", "But"). */
const INTRODUCTORY_TAGS = new Set(['ADV', 'ADP', 'CCONJ']);

/** Tags of the word that opens a noun phrase in apposition after a comma ("..., a result that ..."). */
const APPOSITION_OPENERS = new Set(['DET', 'NOUN', 'PROPN', 'ADJ', 'NUM']);

/** Whether the first comma among words `from`..`to` opens a noun phrase in apposition; false where there is no comma. */
function appositionAfterFirstComma(words: readonly Word[], from: number, to: number): boolean {
  for (let k = from; k <= to; k++) if (words[k]!.text === ',') return APPOSITION_OPENERS.has(words[k + 1]?.pos ?? '');
  return false;
}
