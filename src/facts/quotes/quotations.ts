/** Quotations in quotation marks: each with the cue and speaker that attribute it, as a direct quote, or as a mixed quote of the reported clause it is part of. */
import { isPunctuation, type Word } from '../words.js';
import { attributionAfter, bareCueEnding } from './attributions.js';
import { clauseEnd, mainClauseStart } from './clause-end.js';
import { cueAt, isAdjunctPreposition, isSettingWord } from './cues.js';
import type { QuoteContext } from './context.js';
import { bracketedCredit, creditLine } from './credit-lines.js';
import { BRACKETED_CREDIT, REPORTED_CLAUSE, speaksOn, type Draft, type DraftList } from './drafts.js';
import { isTitleSmallWord } from './function-words.js';
import { isDash, isQuoteMark, type QuotedSpan } from './marks.js';
import { colonClauseSubject, cueSpeaker, governingSubject, namedBeforeApposition, withParticipleSubject } from './quotation-speakers.js';
import { reportedSpeech } from './reported-speech.js';
import { MAX_WORDS_BEFORE_THAT } from './reported-words.js';
import { documentAuthor, PERSONAL_PRONOUNS, speakerOf, speechNounPossessor, subjectAfter, subjectBefore } from './speaker.js';

/** Fewer words than this in quotation marks, with no cue, is a scare quote or a title, not speech. */
const MIN_UNATTRIBUTED_WORDS = 4;

/** Quoted words that are a title ("The Rachel Maddow Show", "Meet the Press"): capitalised, short. */
function looksLikeTitle(quotedWords: readonly Word[]): boolean {
  const content = quotedWords.filter((word) => /^\p{L}/u.test(word.text) && !isTitleSmallWord(word));
  if (content.length === 0 || quotedWords.length > 12) return false;
  return content.every((word) => /^\p{Lu}/u.test(word.text));
}

/**
 * Whether the quotation ending at word `last` closes with the comma, "!" or "?" of words spoken
 * and a speech cue follows its closing mark at once, or after a personal pronoun (""Wonderful,"
 * replied Ola Berg", ""No," she said"); not a name and then a cue (""Meet the Press," Berg said"
 * may name a show).
 */
function spokenRightBefore(c: QuoteContext, last: number): boolean {
  const { words } = c;
  if (!/^[,!?]$/u.test(words[last]?.text ?? '') || !isQuoteMark(words[last + 1])) return false;
  const next = PERSONAL_PRONOUNS.has(words[last + 2]?.lower ?? '') ? last + 3 : last + 2;
  return words[next]?.sentence === words[last + 1]!.sentence && cueAt(words, next) === 'speech';
}

/** Adds a draft for each quotation that is a quote, in text order. */
export function addQuotations(c: QuoteContext, drafts: DraftList): void {
  for (const q of c.quoted) {
    const draft = quotationDraft(c, drafts, q, drafts.lastSpoken);
    if (draft !== undefined) drafts.add(withParticipleSubject(c, drafts, draft));
  }
}

/** The draft of quotation `q`, with `previous` the latest draft with a speaker before it; undefined for a title or a scare quote. */
function quotationDraft(c: QuoteContext, drafts: DraftList, q: QuotedSpan, previous: Draft | undefined): Draft | undefined {
  const { text, words, at, mentions, possessors, tree, wordsIn, cuesIn } = c;
  const first = at(q.start);
  const last = Math.max(first, at(q.end) - 1);
  const sentence = words[first]?.sentence ?? 0;
  const lastSentence = words[last]?.sentence ?? sentence;
  const insideWords = wordsIn(q.start, q.end);
  const inside = insideWords.filter((word) => /[\p{L}\p{N}]/u.test(word.text)).length;
  const startsSentence = words[first - 1] === undefined || words[first - 2]?.sentence !== sentence || (isQuoteMark(words[first - 1]) && words[first - 2]?.sentence !== sentence);
  // "“Wonderful,” replied Ola Berg": capitalised words that open their sentence as someone's answer are no title.
  if (looksLikeTitle(insideWords) && !(startsSentence && spokenRightBefore(c, last))) return undefined;
  const cues = cuesIn(sentence, lastSentence).filter(({ index, kind }) => kind !== 'cognition' && !drafts.usedCues.has(index));
  // ""... senator!" Scott's niece shouted", ""...," Rep. Cummings (D-Md.) said": a quotation
  // whose attribution the sentence splitter cut off (after "!" or an abbreviation) takes the
  // cue of the next sentence when only the speaker's words stand between.
  if (cues.length === 0) cues.push(...attributionAfter(c, drafts.usedCues, last, lastSentence));
  // A quotation that opens its sentence is attributed after it (""...," X said"); one in
  // mid-sentence by the cue before it ("X welcomed it as "..."").
  const distance = (index: number) => (index < first ? first - index : index - last) + (startsSentence === index < first ? 100 : 0);
  const nearest = cues.sort((a, b) => distance(a.index) - distance(b.index))[0];
  if (nearest !== undefined) {
    // "The tax cut emissions with “negligible effects,” according to a study": quoted words
    // inside the clause "according to" attributes are a mixed quote of that whole clause.
    if (nearest.kind === 'according') {
      const clause = reportedSpeech(c, nearest.index, 'according', words[nearest.index]!.sentence);
      if (clause !== undefined && clause.kind === 'mixed' && clause.start <= q.start && q.end <= clause.end) {
        drafts.usedCues.add(nearest.index);
        return { ...clause, rule: 'quotation:according-clause' };
      }
    }
    drafts.usedCues.add(nearest.index);
    const after = nearest.index > last;
    const speaker = (after ? namedBeforeApposition(c, last, nearest.index) : null)
      ?? cueSpeaker(c, nearest.index, nearest.kind, after && words.slice(last + 1, nearest.index).every((word) => isPunctuation(word) || isQuoteMark(word)));
    // "X welcomed the commitment as "..."": reported words run into the quotation: mixed.
    const lead = after ? [] : words.slice(nearest.index + 1, first - 1).filter((word) => !isPunctuation(word) && !isQuoteMark(word) && word.lower !== 'that');
    if ((lead.length >= 2 || opensPhraseBefore(c, lead, first) || opensReportedClause(c, nearest.index, first, q.end)) && words[nearest.index + 1]!.sentence === sentence) {
      let from = nearest.index + 1;
      // "told CNN on Sunday that ...": the reported words start after the "that" that opens
      // them, a clause with a subject of its own; the hearer and the time before it are the
      // cue's ("answered with a line that might have come from ...": a relative clause).
      const that = words.slice(from, first).findIndex((word, k) => word.lower === 'that' && tree.relation(from + k) !== 'det');
      const opensClause = that >= 0 && words[from + that + 1]?.pos !== 'VERB' && words[from + that + 1]?.pos !== 'AUX';
      if (opensClause && !words.slice(from, from + that).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) from += that + 1;
      while (isPunctuation(words[from]) || words[from]!.lower === 'that') from++;
      // The reported clause runs on past the quoted words to its own end, or to the main
      // clause when the cue is in a subordinate clause that opens the sentence.
      const end = Math.max(q.end, Math.min(clauseEnd(c, from, words[from]!.sentence), mainClauseStart(c, nearest.index, words[from]!.sentence)));
      return { kind: 'mixed' as const, start: words[from]!.start, end, cue: nearest.index, speaker, rule: 'quotation:reported-lead' };
    }
    // "Lund says voters “are fed up” with the delays", "Turnout had “never been higher” in the
    // north, she said": quoted words inside the clause the cue reports, with reported words of
    // their own around them, are a mixed quote of that whole clause.
    const runsOn = nearest.kind === 'speech' && runsOnAfter(c, q);
    const clause = nearest.kind === 'speech' && (runsOn || wordBefore(c, first, nearest.index)) ? reportedSpeech(c, nearest.index, 'speech', words[nearest.index]!.sentence) : undefined;
    if (clause !== undefined && clause.kind === 'mixed' && clause.start <= q.start && q.end <= clause.end && reportsAround(c, clause, nearest.index, q, runsOn)) {
      return { ...clause, speaker: speaker ?? clause.speaker, rule: REPORTED_CLAUSE };
    }
    // A few words in quotation marks that nobody is said to have spoken are a scare quote.
    if (speaker === null && inside < MIN_UNATTRIBUTED_WORDS) return undefined;
    return { kind: 'direct' as const, start: q.start, end: q.end, cue: nearest.index, speaker, rule: `quotation:cue-${nearest.kind}` };
  }
  if (inside < MIN_UNATTRIBUTED_WORDS) return undefined;
  // "Hugh Hill, a doctor, said:" then the quotation, in this or the next paragraph.
  const before = words[first - 2];
  // "Sam Lau, the party's spokesman, said in a statement." right before it: a cue that reports
  // nothing of its own, its colon written as a full stop.
  const bareCue = before?.text === '.' ? bareCueEnding(c, drafts.usedCues, before) : undefined;
  if (bareCue !== undefined) {
    drafts.usedCues.add(bareCue);
    return { kind: 'direct' as const, start: q.start, end: q.end, cue: bareCue, speaker: cueSpeaker(c, bareCue, 'speech', false), rule: 'quotation:after-bare-cue' };
  }
  if (before !== undefined && before.text === ':') {
    const cue = cuesIn(before.sentence, before.sentence).filter(({ kind }) => kind !== 'cognition').at(-1);
    if (cue !== undefined) {
      drafts.usedCues.add(cue.index);
      return { kind: 'direct' as const, start: q.start, end: q.end, cue: cue.index, speaker: subjectBefore(text, words, mentions, cue.index) ?? subjectAfter(text, words, mentions, cue.index), rule: 'quotation:after-colon-cue' };
    }
  }
  // "- Michael P. McDonald: "..."": a name alone before a colon, as transcripts and newsletters introduce a speaker.
  if (before !== undefined && before.text === ':') {
    const named = mentions.endingAt(first - 3);
    const opener = named === undefined ? undefined : words[named.first - 1];
    if (named !== undefined && (opener === undefined || opener.sentence !== before.sentence || isDash(opener))) {
      return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: speakerOf(text, named), rule: 'quotation:name-colon' };
    }
  }
  // "Mark Mahaney, an analyst at RBC, agreed: "...", "Trump issued the following statement:
  // "..."": after a colon, a clause with no cue introduces the quotation as its subject's words.
  if (before !== undefined && before.text === ':') {
    const speaker = colonClauseSubject(c, first - 2);
    if (speaker !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker, rule: 'quotation:after-colon-clause' };
  }
  // ""...." - Commissioner X": a dash and the speaker after the quotation.
  const dash = words[last + 2];
  if (isDash(dash)) {
    const speaker = subjectAfter(text, words, mentions, last + 2);
    if (speaker !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker, rule: 'quotation:dash-speaker' };
  }
  // A pull quote: its closing mark ends the line after it, which credits a person ("Ola Berg, Harbour Institute.\"").
  const pulled = creditLine(c, q.end);
  if (pulled !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: pulled, rule: 'quotation:credit-line' };
  // A newsletter's item: a quotation from a story, credited at the end of its paragraph ("... [WaPo.]").
  const credit = bracketedCredit(c, q.end);
  if (credit !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: credit, rule: BRACKETED_CREDIT };
  const author = documentAuthor(text, words, mentions, first);
  if (author !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: author, rule: 'quotation:document-author' };
  const possessor = speechNounPossessor(text, words, possessors, first);
  if (possessor !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: possessor, rule: 'quotation:speech-noun' };
  const governing = governingSubject(c, first, last);
  if (governing !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: governing, rule: 'quotation:governing-subject' };
  // A quotation in the sentence after someone's attributed words is most likely theirs too.
  if (previous !== undefined && speaksOn(previous) && sentence - (words[at(previous.end)]?.sentence ?? -9) <= 1) {
    return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: previous.speaker, rule: 'quotation:continues-previous' };
  }
  // Four words or more in quotation marks with no speaker in sight are still someone's words.
  return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: null, rule: 'quotation:unattributed' };
}

/**
 * Whether the quotation from word `first` to character `end` opens the clause cue `cue`
 * governs and the clause runs on after it ("boasted that “everyone” is now copying his
 * plan", "telling reporters that “we tell the truth” and that ..."): the whole clause is what
 * was said, a mixed quote, not the quoted words alone. Only a hearer or a time may stand
 * between the cue and the "that".
 */
function opensReportedClause(c: QuoteContext, cue: number, first: number, end: number): boolean {
  const { words, at, tree } = c;
  let that = first - 1;
  while (that > cue && isQuoteMark(words[that])) that--;
  if (words[that]?.lower !== 'that' || tree.relation(that) !== 'mark' || that - cue > MAX_WORDS_BEFORE_THAT + 1) return false;
  if (words.slice(cue + 1, that).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || isPunctuation(word) || isQuoteMark(word))) return false;
  let next = at(end);
  while (isQuoteMark(words[next])) next++;
  return words[next] !== undefined && words[next]!.sentence === words[first]!.sentence && !isPunctuation(words[next]);
}

/** Words of a reported clause outside its quotations: at least this many make the clause, not the quoted words alone, the quote. */
const MIN_REPORTED_AROUND = 2;

/**
 * Whether reported clause `clause` of cue `cue` has words of its own around quotation `q`: two
 * or more ("called her “weak”" stays the quoted word) before it, or after it where the clause
 * runs on from the closing mark (`runsOn`, from runsOnAfter: "“are fed up” with the delays"), not after
 * a comma or dash that closes the quoted words (""...," a longtime aide, Jo Lee, said") nor in a
 * phrase of place or time ("“a new era” in his 1969 book"); and neither its cue nor another
 * cue among them ("“A,” he said, “B.”", "Kim said the plan failed, but “we tried,” Lee said":
 * an attribution, not what was said).
 */
function reportsAround(c: QuoteContext, clause: Draft, cue: number, q: QuotedSpan, runsOn: boolean): boolean {
  const { words, at, inQuote } = c;
  if (words[cue]!.start >= clause.start && words[cue]!.start < clause.end) return false;
  let own = 0;
  for (let k = at(clause.start); k < words.length && words[k]!.start < clause.end; k++) {
    const word = words[k]!;
    if (inQuote(word.start) || isPunctuation(word) || isQuoteMark(word)) continue;
    if (cueAt(words, k) !== undefined) return false;
    if (word.end <= q.start || runsOn) own++;
  }
  return own >= MIN_REPORTED_AROUND;
}

/** Whether a word of the sentence, not cue `cue`, stands right before the quotation that starts at word `first`. */
function wordBefore(c: QuoteContext, first: number, cue: number): boolean {
  const { words } = c;
  let before = first - 1;
  while (isQuoteMark(words[before])) before--;
  const word = words[before];
  return word !== undefined && before !== cue && word.sentence === words[first]!.sentence && !isPunctuation(word) && !isDash(word);
}

/** Whether the clause runs on from quotation `q`'s closing mark: a word follows, not after a comma that closes the quoted words, nor a phrase of place or time. */
function runsOnAfter(c: QuoteContext, q: QuotedSpan): boolean {
  const { words, at, text } = c;
  let after = at(q.end);
  while (isQuoteMark(words[after])) after++;
  const next = words[after];
  return next !== undefined && !/[,;:]\s*$/u.test(text.slice(q.start, q.end)) && !isPunctuation(next) && !isDash(next) && !isAdjunctPreposition(next) && !isSettingWord(next);
}

/**
 * "said the “old model” of clubs", "promised to “retire”", "adding it “condemns ...”": one
 * reported word right before the quotation that opens a phrase the quoted words finish (an
 * article, a preposition, "to", a subject pronoun), so the quotation is part of a reported clause.
 */
function opensPhraseBefore(c: QuoteContext, lead: readonly Word[], first: number): boolean {
  const { words } = c;
  const word = lead[0];
  if (lead.length !== 1 || word === undefined || words[first - 2] !== word) return false;
  return word.pos === 'DET' || word.pos === 'ADP' || word.lower === 'to' || PERSONAL_PRONOUNS.has(word.lower);
}
