/**
 * The quotes stage: direct quotes (in quotation marks, over several paragraphs if need be),
 * mixed quotes (a reported clause with quoted words in it) and indirect quotes ("X said (that)
 * ...", "..., X said", "according to X, ..."), each with its cue and its speaker, resolved
 * through the actors layer to an entity where the text names one. Reported beliefs and
 * intentions ("X believes ...") are indirect quotes with a lower confidence.
 */
import type { Entity, Quote } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import { hasNegativeSubject, isCapitalised, isOpeningQuote, isPluralForm, isPunctuation, type Word, wordAt, wordsOf } from '../words.js';
import { cueAt, isAdjunctPreposition, isEvaluative, isParticleCue, isSettingWord, needsClause, opensParticipleClause, opensPassive, takesHearer, type CueKind } from './cues.js';
import { isPromiseVerb } from '../commitments/index.js';
import { quotedSpans, type QuotedSpan } from './marks.js';
import { isClauseBreak, isClauseMark, isDoForm, isIndefiniteOpener, isTitleSmallWord } from './function-words.js';
import { withoutWritersAsides } from './asides.js';
import { givenNameGender, soleAuthor, type Gender } from '../actors/gender.js';
import { isDescriptorNoun, nounGender } from '../actors/nominals.js';
import { documentAuthor, isPeopleNoun, NOUN_PHRASE_LEFT, PERSONAL_PRONOUNS, phraseAfter, possessorIndex, speakerIndex, speechNounPossessor, speakerOf, subjectAfter, subjectBefore, subjectBeforeCoordination, treeSubject, withIssuer, withOwner, type Speaker } from './speaker.js';
import { treeOf, type DependencyTree } from '../tree.js';
import { actsAsVerb, type ActorIndex, type Mention } from '../arguments.js';

interface Draft {
  kind: Quote['kind'];
  start: number;
  end: number;
  cue: number | null;
  speaker: Speaker | null;
  confidence: number;
  /** Which of the rules below found it (the quote's `rule`). */
  rule: string;
}

/** Relations of a speech verb's dependents that carry what was said ("called [for the president] [to resign]"). */
const REPORTED_ARGUMENTS = new Set(['obj', 'iobj', 'xcomp', 'obl', 'advcl', 'ccomp']);
/** Relations of what a cue takes, in which a clause of what was said may stand ("expressed optimism that ..."). */
const CLAUSE_HOLDERS = new Set(['obj', 'iobj', 'obl', 'xcomp', 'ccomp']);
/** Relations that start what is no longer the reported words ("said X, but ..."). */
const ENDS_REPORTED = new Set(['conj', 'cc', 'parataxis', 'punct']);
/** Relations of a verb that heads a clause of its own, not a participle or adverbial clause. */
const CLAUSE_HEADS = new Set(['root', 'ccomp', 'parataxis', 'conj']);

/** Quoted words that are a title ("The Rachel Maddow Show", "Meet the Press"): capitalised, short. */
function looksLikeTitle(quotedWords: readonly Word[]): boolean {
  const content = quotedWords.filter((word) => /^\p{L}/u.test(word.text) && !isTitleSmallWord(word));
  if (content.length === 0 || quotedWords.length > 12) return false;
  return content.every((word) => /^\p{Lu}/u.test(word.text));
}

/** Fewer words than this in quotation marks, with no cue, is a scare quote or a title, not speech. */
const MIN_UNATTRIBUTED_WORDS = 4;
const MIN_CLAUSE_WORDS = 3;
/** The most words between a cue and the "that" of its clause when the parse hangs the clause elsewhere ("said late on Friday that"). */
const MAX_WORDS_BEFORE_THAT = 4;
/** The most words of a title before a speaker's name ("UMWA Director of Government Affairs"). */
const MAX_TITLE_WORDS = 8;
/** The most words an attribution may have: between two parts of one quotation, or between a quotation and the cue after it. */
const MAX_ATTRIBUTION_WORDS = 18;
/** The most words after the cue of an attribution that stands as a sentence of its own ("said in a phone interview."). */
const MAX_ATTRIBUTION_TAIL = 8;
/** The most words a quoted part of a name may have (Marcia "Cia" Price). */
const MAX_NICKNAME_WORDS = 2;
/** How many words may stand between a cue that needs a clause and the quotation it introduces instead ("posted on his Facebook page: “...”"). */
const MAX_WORDS_BEFORE_QUOTATION = 6;
/** The longest line that may credit a pull quote (a name and an affiliation). */
const MAX_CREDIT_LINE = 100;
/** A credit closing a paragraph: one to five capitalised words in square brackets, a full stop before the bracket allowed. */
const CREDIT_AT_PARAGRAPH_END = /\[(\p{Lu}[\p{L}'’&-]*(?: \p{Lu}[\p{L}'’&-]*){0,4})\.?\]$/u;
const BRACKETED_CREDIT = 'quotation:bracketed-credit';
/** Whether the quotations after a quote may be its speaker's too: not after a credit, which closes its item. */
const speaksOn = (draft: Draft) => draft.speaker !== null && draft.rule !== BRACKETED_CREDIT;
const isQuoteMark = (word: Word | undefined) => word !== undefined && /^(["“”«»„]|'')$/u.test(word.text);
const isAuxiliaryOrDo = (word: Word | undefined) => word !== undefined && (word.pos === 'AUX' || isDoForm(word));

export const quoteAnnotator: Annotator<'quotes'> = {
  name: 'quotes',
  requires: ['tokens', 'sentences', 'entities', 'parse'],
  assigns: 'quotes',
  englishOnly: true,
  annotate({ article, layers }) {
    const text = article.text;
    const sentences = layers.sentences!;
    const words = wordsOf(layers.tokens!, sentences);
    const at = (offset: number) => wordAt(words, offset);
    const mentions = speakerIndex(layers.entities ?? [], words);
    // Built only for an article with a quotation a speech noun may introduce.
    let possessors: ActorIndex | undefined;
    const possessorsOnce = () => (possessors ??= possessorIndex(layers.entities ?? [], words));
    const tree = treeOf(layers.parse!);
    const quoted = quotedSpans(text, article.paragraphs);
    /** The first quotation that ends after `offset` (the spans are sorted and do not overlap). */
    const quotedAfter = (offset: number) => {
      let low = 0;
      let high = quoted.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (quoted[middle]!.end <= offset) low = middle + 1;
        else high = middle;
      }
      return quoted[low];
    };
    /** The paragraph that holds `offset`. */
    const paragraphOf = (offset: number) => article.paragraphs.find(([start, end]) => start <= offset && offset <= end);
    /** Whether an offset lies inside quotation marks. */
    const inQuote = (offset: number) => (quotedAfter(offset)?.start ?? Infinity) <= offset;
    /** Whether quotation marks enclose some of `[from, to)`. */
    const hasQuoted = (from: number, to: number) => (quotedAfter(from)?.start ?? Infinity) < to;
    const usedCues = new Set<number>();
    const drafts: Draft[] = [];
    /**
     * Lookups that would otherwise search every draft for each new one, and so take time in the
     * square of the article's length (with words.findIndex from the first word, 20,000 sentences
     * took 11 s in this stage): the drafts that reach into each sentence, the latest one with a
     * speaker, and the latest with a speaker and a cue in each sentence.
     */
    const sentenceOf = (offset: number) => {
      let low = 0;
      let high = sentences.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (sentences[middle]![0] <= offset) low = middle + 1;
        else high = middle;
      }
      return Math.max(0, low - 1);
    };
    const draftsBySentence = new Map<number, Draft[]>();
    let lastSpoken: Draft | undefined;
    const lastSpokenWithCue = new Map<number, Draft>();
    /** Adds a draft (after those in `drafts`) to the lookups. */
    const remember = (draft: Draft) => {
      for (let sentence = sentenceOf(draft.start), last = sentenceOf(Math.max(draft.start, draft.end - 1)); sentence <= last; sentence++) {
        const list = draftsBySentence.get(sentence);
        if (list === undefined) draftsBySentence.set(sentence, [draft]);
        else list.push(draft);
      }
      if (draft.speaker === null) return;
      lastSpoken = draft;
      if (draft.cue !== null) lastSpokenWithCue.set(words[draft.cue]!.sentence, draft);
    };
    const addDraft = (draft: Draft) => {
      drafts.push(draft);
      remember(draft);
    };
    /** Whether a draft overlaps `[start, end)`. */
    const overlapsDraft = (start: number, end: number) => {
      for (let sentence = sentenceOf(start), last = sentenceOf(Math.max(start, end - 1)); sentence <= last; sentence++) {
        if (draftsBySentence.get(sentence)?.some((other) => other.start < end && start < other.end)) return true;
      }
      return false;
    };

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
    /** A cue the tagger took for a noun that the parse reads as a verb with a clause ("Trump charges that ..."). */
    const verbWithClause = (index: number) => actsAsVerb(tree, words, index) && tree.dependent(index, 'ccomp') >= 0;
    // Every cue outside quotation marks, by sentence, found once.
    const cuesBySentence = new Map<number, { index: number; kind: CueKind }[]>();
    words.forEach((word, index) => {
      const kind = cueAt(words, index, verbWithClause);
      if (kind === undefined || inQuote(word.start)) return;
      if (needsClause(word) && tree.dependent(index, 'ccomp') < 0 && !opensQuotation(index)) return;
      if (isEvaluative(word) && !reportsClause(index)) return;
      // "refugees admitted to the country", "a party called Anti-Prom": a participle that qualifies
      // the noun before it reports nothing (after a comma the parser's "acl" is more often a
      // misread main verb: "Huckabee, the former governor, proposed").
      if (kind !== 'according' && word.lower.endsWith('ed') && !isPunctuation(words[index - 1]) && tree.relation(index) === 'acl') return;
      const list = cuesBySentence.get(word.sentence) ?? [];
      list.push({ index, kind });
      cuesBySentence.set(word.sentence, list);
    });
    /** Cue words in sentences `from..to`, outside quotation marks. */
    const cuesIn = (from: number, to: number) => {
      const found: { index: number; kind: CueKind }[] = [];
      for (let sentence = from; sentence <= to; sentence++) found.push(...(cuesBySentence.get(sentence) ?? []));
      return found;
    };
    /** The words inside `[start, end)`. */
    const wordsIn = (start: number, end: number) => words.slice(at(start), at(end));
    const sentenceEnd = (sentence: number) => {
      let end = sentences[sentence]![1];
      while (end > 0 && /[\s.!?"”]/u.test(text[end - 1]!)) end--;
      return end;
    };

    const direct = (q: QuotedSpan, previous: Draft | undefined) => {
      const first = at(q.start);
      const last = Math.max(first, at(q.end) - 1);
      const sentence = words[first]?.sentence ?? 0;
      const lastSentence = words[last]?.sentence ?? sentence;
      const insideWords = wordsIn(q.start, q.end);
      const inside = insideWords.filter((word) => /[\p{L}\p{N}]/u.test(word.text)).length;
      if (looksLikeTitle(insideWords)) return undefined;
      const cues = cuesIn(sentence, lastSentence).filter(({ index, kind }) => kind !== 'cognition' && !usedCues.has(index));
      // ""... senator!" Scott's niece shouted", ""...," Rep. Cummings (D-Md.) said": a quotation
      // whose attribution the sentence splitter cut off (after "!" or an abbreviation) takes the
      // cue of the next sentence when only the speaker's words stand between.
      if (cues.length === 0) cues.push(...attributionAfter(last, lastSentence));
      const startsSentence = words[first - 1] === undefined || words[first - 2]?.sentence !== sentence || (isQuoteMark(words[first - 1]) && words[first - 2]?.sentence !== sentence);
      // A quotation that opens its sentence is attributed after it (""...," X said"); one in
      // mid-sentence by the cue before it ("X welcomed it as "..."").
      const distance = (index: number) => (index < first ? first - index : index - last) + (startsSentence === index < first ? 100 : 0);
      const nearest = cues.sort((a, b) => distance(a.index) - distance(b.index))[0];
      if (nearest !== undefined) {
        // "The tax cut emissions with “negligible effects,” according to a study": quoted words
        // inside the clause "according to" attributes are a mixed quote of that whole clause.
        if (nearest.kind === 'according') {
          const clause = indirect(nearest.index, 'according', words[nearest.index]!.sentence);
          if (clause !== undefined && clause.kind === 'mixed' && clause.start <= q.start && q.end <= clause.end) {
            usedCues.add(nearest.index);
            return { ...clause, rule: 'quotation:according-clause' };
          }
        }
        usedCues.add(nearest.index);
        const after = nearest.index > last;
        const speaker = (after ? namedBeforeApposition(last, nearest.index) : null)
          ?? cueSpeaker(nearest.index, nearest.kind, after && words.slice(last + 1, nearest.index).every((word) => isPunctuation(word) || isQuoteMark(word)));
        // "X welcomed the commitment as "..."": reported words run into the quotation: mixed.
        const lead = after ? [] : words.slice(nearest.index + 1, first - 1).filter((word) => !isPunctuation(word) && !isQuoteMark(word) && word.lower !== 'that');
        if ((lead.length >= 2 || opensPhraseBefore(lead, first) || opensReportedClause(nearest.index, first, q.end)) && words[nearest.index + 1]!.sentence === sentence) {
          let from = nearest.index + 1;
          // "told CNN on Sunday that ...": the reported words start after the "that" that opens
          // them, a clause with a subject of its own; the hearer and the time before it are the
          // cue's ("responded with a phrase that could have come from ...": a relative clause).
          const that = words.slice(from, first).findIndex((word, k) => word.lower === 'that' && tree.relation(from + k) !== 'det');
          const opensClause = that >= 0 && words[from + that + 1]?.pos !== 'VERB' && words[from + that + 1]?.pos !== 'AUX';
          if (opensClause && !words.slice(from, from + that).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) from += that + 1;
          while (isPunctuation(words[from]) || words[from]!.lower === 'that') from++;
          // The reported clause runs on past the quoted words to its own end.
          const end = Math.max(q.end, clauseEnd(from, words[from]!.sentence));
          return { kind: 'mixed' as const, start: words[from]!.start, end, cue: nearest.index, speaker, confidence: 0.8, rule: 'quotation:reported-lead' };
        }
        // A few words in quotation marks that nobody is said to have spoken are a scare quote.
        if (speaker === null && inside < MIN_UNATTRIBUTED_WORDS) return undefined;
        return { kind: 'direct' as const, start: q.start, end: q.end, cue: nearest.index, speaker, confidence: speaker === null ? 0.6 : 0.9, rule: `quotation:cue-${nearest.kind}` };
      }
      if (inside < MIN_UNATTRIBUTED_WORDS) return undefined;
      // "Hugh Hill, a doctor, said:" then the quotation, in this or the next paragraph.
      const before = words[first - 2];
      // "Sam Lau, the party's spokesman, said in a statement." right before it: a cue that reports
      // nothing of its own, its colon written as a full stop.
      const bareCue = before?.text === '.' ? bareCueEnding(before) : undefined;
      if (bareCue !== undefined) {
        usedCues.add(bareCue);
        return { kind: 'direct' as const, start: q.start, end: q.end, cue: bareCue, speaker: cueSpeaker(bareCue, 'speech', false), confidence: 0.8, rule: 'quotation:after-bare-cue' };
      }
      if (before !== undefined && before.text === ':') {
        const cue = cuesIn(before.sentence, before.sentence).filter(({ kind }) => kind !== 'cognition').at(-1);
        if (cue !== undefined) {
          usedCues.add(cue.index);
          return { kind: 'direct' as const, start: q.start, end: q.end, cue: cue.index, speaker: subjectBefore(text, words, mentions, cue.index) ?? subjectAfter(text, words, mentions, cue.index), confidence: 0.85, rule: 'quotation:after-colon-cue' };
        }
      }
      // "- Michael P. McDonald: "..."": a name alone before a colon, as transcripts and newsletters introduce a speaker.
      if (before !== undefined && before.text === ':') {
        const named = mentions.endingAt(first - 3);
        const opener = named === undefined ? undefined : words[named.first - 1];
        if (named !== undefined && (opener === undefined || opener.sentence !== before.sentence || /^[-–—]+$/u.test(opener.text))) {
          return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: speakerOf(text, named), confidence: 0.75, rule: 'quotation:name-colon' };
        }
      }
      // "Mark Mahaney, an analyst at RBC, agreed: "...", "Trump issued the following statement:
      // "..."": after a colon, a clause with no cue introduces the quotation as its subject's words.
      if (before !== undefined && before.text === ':') {
        const speaker = colonClauseSubject(first - 2);
        if (speaker !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker, confidence: 0.7, rule: 'quotation:after-colon-clause' };
      }
      // ""...." - Commissioner X": a dash and the speaker after the quotation.
      const dash = words[last + 2];
      if (dash !== undefined && /^[-–—]+$/u.test(dash.text)) {
        const speaker = subjectAfter(text, words, mentions, last + 2);
        if (speaker !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker, confidence: 0.8, rule: 'quotation:dash-speaker' };
      }
      // A pull quote: its closing mark ends the line after it, which credits a person ("Ola Berg, Harbour Institute.\"").
      const pulled = creditLine(q.end);
      if (pulled !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: pulled, confidence: 0.75, rule: 'quotation:credit-line' };
      // A newsletter's item: a quotation from a story, credited at the end of its paragraph ("... [WaPo.]").
      const credit = bracketedCredit(q.end);
      if (credit !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: credit, confidence: 0.7, rule: BRACKETED_CREDIT };
      const author = documentAuthor(text, words, mentions, first);
      if (author !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: author, confidence: 0.7, rule: 'quotation:document-author' };
      const possessor = speechNounPossessor(text, words, possessorsOnce, first);
      if (possessor !== null) return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: possessor, confidence: 0.75, rule: 'quotation:speech-noun' };
      // A quotation in the sentence after someone's attributed words is most likely theirs too.
      if (previous !== undefined && speaksOn(previous) && sentence - (words[at(previous.end)]?.sentence ?? -9) <= 1) {
        return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: previous.speaker, confidence: 0.6, rule: 'quotation:continues-previous' };
      }
      // Four words or more in quotation marks with no speaker in sight are still someone's words.
      return { kind: 'direct' as const, start: q.start, end: q.end, cue: null, speaker: null, confidence: startsSentence ? 0.5 : 0.4, rule: 'quotation:unattributed' };
    };

    /**
     * Whether the quotation from word `first` to character `end` opens the clause cue `cue`
     * governs and the clause runs on after it ("boasted that “everyone” is now following his
     * lead", "telling reporters that “we tell the truth” and that ..."): the whole clause is what
     * was said, a mixed quote, not the quoted words alone. Only a hearer or a time may stand
     * between the cue and the "that".
     */
    function opensReportedClause(cue: number, first: number, end: number): boolean {
      let that = first - 1;
      while (that > cue && isQuoteMark(words[that])) that--;
      if (words[that]?.lower !== 'that' || tree.relation(that) !== 'mark' || that - cue > MAX_WORDS_BEFORE_THAT + 1) return false;
      if (words.slice(cue + 1, that).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || isPunctuation(word) || isQuoteMark(word))) return false;
      let next = at(end);
      while (isQuoteMark(words[next])) next++;
      return words[next] !== undefined && words[next]!.sentence === words[first]!.sentence && !isPunctuation(words[next]);
    }

    /**
     * The cue of the sentence full stop `stop` ends, in the quotation's paragraph, when the
     * sentence is only an attribution: no verb before the cue (no reported clause: "Also, he
     * isn't a conservative, he said.") and nothing after it but a phrase of an adjunct
     * preposition ("Sam Lau, the party's spokesman, said in a statement."); a speech cue no
     * other quotation took, in a sentence that holds no quotation.
     */
    function bareCueEnding(stop: Word): number | undefined {
      const cue = cuesIn(stop.sentence, stop.sentence).filter(({ kind }) => kind === 'speech').at(-1)?.index;
      if (cue === undefined || usedCues.has(cue) || text.slice(words[cue]!.end, stop.start).includes('\n') || hasQuoted(sentences[stop.sentence]![0], stop.start)) return undefined;
      if (words.slice(at(sentences[stop.sentence]![0]), cue).some((word) => word.pos === 'VERB' || word.pos === 'AUX')) return undefined;
      const end = at(stop.start) - 1;
      return end === cue || adjunctOnly(cue + 1, end) ? cue : undefined;
    }

    /** The cue of the sentence after a quotation's last word `last`, in its paragraph, with no quotation mark or clause break between. */
    function attributionAfter(last: number, lastSentence: number): { index: number; kind: CueKind }[] {
      // A quotation at the very end of the text may end past its last word: nothing follows it.
      if (words[last] === undefined) return [];
      const cue = cuesIn(lastSentence + 1, lastSentence + 1).find(({ kind, index }) => kind !== 'cognition' && !usedCues.has(index));
      if (cue === undefined || words.slice(last + 1, cue.index).filter((word) => /\p{L}|\d/u.test(word.text)).length > MAX_ATTRIBUTION_WORDS) return [];
      let from = last + 1;
      while (from < cue.index && (isQuoteMark(words[from]) || isPunctuation(words[from]))) from++;
      // Only the quotation's closing marks are left of its sentence: the attribution is all of the next.
      if (words[from - 1]!.sentence !== lastSentence || words[from]!.sentence !== lastSentence + 1 || text.slice(words[last]!.end, words[cue.index]!.start).includes('\n')) return [];
      const between = words.slice(from, cue.index);
      if (between.some((word) => (isQuoteMark(word) && !inNickname(word)) || word.text === ';' || word.text === ':' || word.pos === 'VERB')) return [];
      // Only an attribution: no clause of its own after the cue ("Holm declared." / "said in an interview.").
      let end = cue.index + 1;
      while (words[end] !== undefined && words[end]!.sentence === lastSentence + 1) end++;
      const rest = words.slice(cue.index + 1, end);
      // A comma and an apposition or a participle after the cue: its clause ended there ("LeVell
      // declared, a point he likes to make ...", "Mr. Clyburn said, echoing ..."), unlike "He said, twice, that".
      if (rest[0]?.text === ',' && (rest[1]?.pos === 'DET' || (rest[1]?.pos === 'VERB' && rest[1].lower.endsWith('ing')))) return [cue];
      // "said Susan Hennessey, a former National Security Agency lawyer now at the Brookings
      // Institution.": an inverted cue right after the quotation, its speaker's name and an
      // apposition of any length.
      const named = between.length === 0 ? mentions.startingAt(cue.index + 1) : undefined;
      if (named !== undefined && named.entity.type === 'PERSON' && named.kind === 'name' && (words[named.last + 1]?.text === ',' || named.last + 1 === end - 1)) return [cue];
      return rest.length <= MAX_ATTRIBUTION_TAIL && !rest.some((word) => word.pos === 'VERB' || word.pos === 'AUX' || word.lower === 'that' || isQuoteMark(word)) ? [cue] : [];
    }

    /**
     * The source credited in square brackets at the end of the paragraph that holds offset
     * `offset` ("[AP.]", "[Mother Jones]"), as newsletters credit the stories they quote: the
     * actor named there, else the credit's words with no entity. Null when the paragraph ends otherwise.
     */
    function bracketedCredit(offset: number): Speaker | null {
      const paragraph = paragraphOf(offset);
      if (paragraph === undefined) return null;
      const credit = CREDIT_AT_PARAGRAPH_END.exec(text.slice(offset, paragraph[1]).trimEnd());
      if (credit === null) return null;
      const end = offset + credit.index + 1 + credit[1]!.length;
      const start = end - credit[1]!.length;
      const named = mentions.covering(at(end - 1));
      if (named !== undefined && named.start >= start && named.end <= end) return speakerOf(text, named);
      return { ...span(text, start, end), entity: null, name: credit[1]! };
    }

    /**
     * The person credited by the paragraph right after a quotation left open at offset `end`
     * when that paragraph is only their name, a comma, what they are, and the closing mark:
     * "... tax cuts.\nOla Berg, Harbour Research Institute.\"". Null otherwise.
     */
    function creditLine(end: number): Speaker | null {
      const next = article.paragraphs.find(([start]) => start >= end);
      if (next === undefined || text.slice(end, next[0]).trim() !== '') return null;
      const line = text.slice(next[0], next[1]).trimEnd();
      const comma = line.indexOf(',');
      if (comma < 0 || line.length > MAX_CREDIT_LINE || !/["”]$/u.test(line)) return null;
      const named = mentions.covering(at(next[0]));
      if (named === undefined || named.entity.type !== 'PERSON' || named.start !== next[0] || named.end !== next[0] + comma) return null;
      return speakerOf(text, named);
    }

    /** Whether quotation mark `mark` opens or closes a name's short quoted part (Marcia "Cia" Price), not a quotation. */
    function inNickname(mark: Word): boolean {
      const span = quotedAfter(mark.start - 1);
      return span !== undefined && span.start <= mark.end && span.end >= mark.start - 1 && wordsIn(span.start, span.end).length <= MAX_NICKNAME_WORDS;
    }

    /**
     * The named subject of the main verb of the clause that colon `colon` ends, when that verb
     * stands before the colon in its sentence; null otherwise (an unnamed subject, "The timing of
     * his surge doesn't surprise X:", says nothing of who speaks).
     */
    function colonClauseSubject(colon: number): Speaker | null {
      let root = colon;
      while (tree.head(root) >= 0) root = tree.head(root);
      if (root >= colon || words[root]!.sentence !== words[colon]!.sentence || (words[root]!.pos !== 'VERB' && words[root]!.pos !== 'AUX')) return null;
      const speaker = outsideQuotes(treeSubject(text, words, mentions, tree, root));
      return speaker !== null && speaker.entity !== null ? speaker : null;
    }

    /**
     * ""...," Scott Pruitt, the attorney general of Oklahoma, one of the states suing the EPA,
     * said": the person named right after a quotation whose last word is `last`, set off by
     * commas from the cue `cue` after it, speaks (not a name inside the apposition, nor the
     * hearer after "told"); null when the words between are otherwise.
     */
    function namedBeforeApposition(last: number, cue: number): Speaker | null {
      let first = last + 1;
      while (first < cue && (isPunctuation(words[first]) || isQuoteMark(words[first]))) first++;
      const named = mentions.startingAt(first);
      if (named === undefined || named.entity.type !== 'PERSON' || named.kind !== 'name' || named.last + 1 >= cue - 1) return null;
      const between = words.slice(named.last + 1, cue);
      const setOff = between[0]!.text === ',' && between.at(-1)!.text === ',' && between.length <= MAX_ATTRIBUTION_WORDS;
      const oneSentence = words[first]!.sentence === words[cue]!.sentence && between.every((word) => word.sentence === words[cue]!.sentence && !isQuoteMark(word));
      return setOff && oneSentence ? speakerOf(text, named) : null;
    }

    /**
     * The speaker of a quotation's cue: after "according to"; after an inverted cue right behind
     * the quotation (""...," said X"), else before the cue ("X said").
     */
    function cueSpeaker(cue: number, kind: CueKind, rightAfterQuote: boolean): Speaker | null {
      if (kind === 'according') return subjectAfter(text, words, mentions, cue + 1);
      const inverted = rightAfterQuote ? subjectAfter(text, words, mentions, cue) : null;
      return inverted ?? withIssuer(text, words, mentions, tree, outsideQuotes(treeSubject(text, words, mentions, tree, cue)) ?? outsideQuotes(subjectBeforeCoordination(text, words, mentions, tree, cue))) ?? outsideQuotes(subjectAfter(text, words, mentions, cue));
    }

    /**
     * "said the “old model” of clubs", "promised to “retire”", "adding it “condemns ...”": one
     * reported word right before the quotation that opens a phrase the quoted words finish (an
     * article, a preposition, "to", a subject pronoun), so the quotation is part of a reported clause.
     */
    function opensPhraseBefore(lead: readonly Word[], first: number): boolean {
      const word = lead[0];
      if (lead.length !== 1 || word === undefined || words[first - 2] !== word) return false;
      return word.pos === 'DET' || word.pos === 'ADP' || word.lower === 'to' || PERSONAL_PRONOUNS.has(word.lower);
    }

    /** A speaker found in quoted words is a misparse (the quotation read as the verb's subject): none. */
    function outsideQuotes(speaker: Speaker | null): Speaker | null {
      return speaker === null || inQuote(speaker.start) ? null : speaker;
    }

    /**
     * A participle cue after a comma ("..., noting that ...") or a word that opens a participle
     * clause ("by calling for ...") speaks with the subject of its sentence's main verb when the
     * parse gives it one before the cue, else with the subject of the sentence's earlier quote.
     */
    const withParticipleSubject = (draft: Draft): Draft => {
      if (draft.cue === null || !words[draft.cue]!.lower.endsWith('ing') || cueAt(words, draft.cue) === 'according') return draft;
      // "... talks with Russia, emphasizing ...": after a comma the participle's subject is the clause's, not the name before it.
      const afterComma = words[draft.cue - 1]?.text === ',' || (isQuoteMark(words[draft.cue - 1]) && words[draft.cue - 2]?.text === ',');
      // "outstripped his plans to defeat the Islamic State by calling for ...": so after "by".
      const opened = opensParticipleClause(words[draft.cue - 1]) && words[draft.cue - 1]!.sentence === words[draft.cue]!.sentence;
      if (draft.speaker !== null && !afterComma && !opened) return draft;
      let root = draft.cue;
      while (tree.head(root) >= 0) root = tree.head(root);
      const main = root < draft.cue && tree.dependent(root, 'nsubj') >= 0 ? outsideQuotes(treeSubject(text, words, mentions, tree, root)) : null;
      if (main !== null) return { ...draft, speaker: main };
      if (opened) return draft;
      const sentence = words[draft.cue]!.sentence;
      const earlier = lastSpokenWithCue.get(sentence);
      return earlier === undefined ? draft : { ...draft, speaker: earlier.speaker };
    };

    for (const q of quoted) {
      const draft = direct(q, lastSpoken);
      if (draft !== undefined) addDraft(withParticipleSubject(draft));
    }

    // One quotation interrupted by its attribution (""Everything," the judge said, "has
    // overlapped."") is one quote, as readers take it.
    const merged: Draft[] = [];
    for (const draft of drafts) {
      const previous = merged.at(-1);
      if (previous !== undefined && previous.kind === 'direct' && draft.kind === 'direct' && interrupts(previous, draft)) {
        previous.end = draft.end;
        previous.speaker ??= draft.speaker;
        previous.cue ??= draft.cue;
        continue;
      }
      // "X said that voting fraud is “a big problem” but “nobody has the guts to talk about it”":
      // a quotation with no cue of its own later in the sentence of a reported clause goes on with it.
      if (previous !== undefined && previous.kind === 'mixed' && draft.kind === 'direct' && draft.cue === null && continuesClause(previous, draft)) {
        previous.end = Math.max(previous.end, draft.end);
        continue;
      }
      merged.push(draft);
    }
    drafts.splice(0, drafts.length, ...merged);
    lastSpoken = undefined;
    lastSpokenWithCue.clear();
    for (const draft of drafts) remember(draft);

    /** Whether quotation `next` lies inside reported clause `previous`, or later in its last sentence with no cue between. */
    function continuesClause(previous: Draft, next: Draft): boolean {
      const last = words[Math.max(0, at(previous.end) - 1)]!;
      const first = words[at(next.start)];
      if (first === undefined || first.sentence !== last.sentence) return false;
      if (next.start < previous.end) return true;
      return !wordsIn(previous.end, next.start).some((word, k) => cueAt(words, at(previous.end) + k) !== undefined);
    }

    /** Whether only an attribution stands between two quotations by one speaker. */
    function interrupts(previous: Draft, next: Draft): boolean {
      const between = wordsIn(previous.end, next.start).filter((word) => !isPunctuation(word) && !isQuoteMark(word));
      const sameSpeaker = next.speaker === null || previous.speaker === null || next.speaker.entity === previous.speaker.entity && next.speaker.name === previous.speaker.name;
      if (!sameSpeaker) return false;
      // ""B," she said." after ""A," Anna Berg said.": a quotation with its own cue after it is its own quote.
      if (next.cue !== null && words[next.cue]!.start >= next.end) return false;
      const liesBetween = (cue: number | null) => cue !== null && words[cue]!.start >= previous.end && words[cue]!.end <= next.start;
      // The next quotation's own cue between the two joins them only within one sentence: after a
      // finished quotation ("... each other.” Critics seized on his warning: “...”) it opens another.
      const oneSentence = words[Math.max(0, at(previous.end) - 1)]!.sentence === words[at(next.start)]!.sentence;
      const cueBetween = liesBetween(previous.cue) || (oneSentence && liesBetween(next.cue));
      // ""A," X, who ..., said. "B."": a quotation with no cue of its own, right after the attribution, goes on with the first.
      if (cueBetween && (between.length <= 6 || (next.cue === null && between.length <= MAX_ATTRIBUTION_WORDS))) return true;
      return continuesAfterAttribution(previous, next);
    }

    /**
     * ""A," X, a long description of X, said after the vote. "B."", "X said: "A." "B."": a
     * quotation with no cue of its own that opens the sentence right after the quote's own
     * sentence (its attribution's, in this paragraph or the next) goes on with the same words,
     * however long the attribution between.
     */
    function continuesAfterAttribution(previous: Draft, next: Draft): boolean {
      if (next.cue !== null || previous.cue === null || previous.speaker === null) return false;
      const last = words[Math.max(0, at(previous.end) - 1)]!.sentence;
      const cueSentence = words[previous.cue]!.sentence;
      const first = at(next.start);
      const opener = words[first - 1];
      // The next quotation opens its sentence: only its quotation mark before it in that sentence.
      const opensSentence = words[first]!.sentence !== words[first - 1]?.sentence
        || (isQuoteMark(opener) && words[first - 2]?.sentence !== words[first]!.sentence);
      if (!opensSentence || words[first]!.sentence !== Math.max(last, cueSentence) + 1) return false;
      // The attribution between is shorter than the quoted words on either side together.
      return next.start - previous.end <= (previous.end - previous.start) + (next.end - next.start);
    }

    /** The speaker mention and colon that open sentence `s` ("Trump: we will build it"), if they do. */
    const nameColonOpening = (s: number) => {
      const first = at(sentences[s]![0]);
      const named = mentions.startingAt(first);
      if (named === undefined) return undefined;
      let colon = first;
      while (words[colon] !== undefined && words[colon]!.end <= named.end) colon++;
      return words[colon]?.text === ':' && !inQuote(words[colon]!.start) ? { named, colon } : undefined;
    };

    // "Trump: we will build it" — a name and a colon open a turn of reported words: in a
    // transcript the turn runs on to the end of its paragraph, unless another speaker's name
    // and colon open a sentence there first.
    for (let s = 0; s < sentences.length; s++) {
      const opening = nameColonOpening(s);
      if (opening === undefined) continue;
      const { named, colon } = opening;
      const from = words[colon + 1];
      let end = sentenceEnd(s);
      if (from === undefined || from.sentence !== s || end - from.start < 10 || overlapsDraft(from.start, end)) continue;
      const paragraphEnd = paragraphOf(from.start)?.[1] ?? end;
      for (let next = s + 1; next < sentences.length && sentences[next]![1] <= paragraphEnd; next++) {
        const nextEnd = sentenceEnd(next);
        if (nameColonOpening(next) !== undefined || overlapsDraft(sentences[next]![0], nextEnd)) break;
        end = nextEnd;
      }
      addDraft({ kind: hasQuoted(from.start, end) ? 'mixed' : 'indirect', start: from.start, end, cue: colon,
        speaker: speakerOf(text, named), confidence: 0.6, rule: 'reported:name-colon' });
      usedCues.add(colon);
    }

    // Reported speech without (or with only some) quotation marks.
    for (let s = 0; s < sentences.length; s++) {
      for (const { index, kind } of cuesIn(s, s)) {
        // "shot back at", "weighed in on": a verb with a particle reports words only with "that" after it ("pointed out that ...").
        if (usedCues.has(index) || (isParticleCue(words, index) && words[index + 2]?.lower !== 'that')) continue;
        const draft = indirect(index, kind, s);
        if (draft === undefined) continue;
        // "..., according to Y" attributes a statement that may itself be reported ("X said ..., according to Y").
        const overlaps = overlapsDraft(draft.start, draft.end);
        if (overlaps && kind !== 'according') continue;
        addDraft(withParticipleSubject(draft));
        usedCues.add(index);
      }
    }

    function indirect(cue: number, kind: CueKind, sentence: number): Draft | undefined {
      const [sentenceStart] = sentences[sentence]!;
      const end = sentenceEnd(sentence);
      const clause = (from: number, to: number, speaker: Speaker | null, confidence: number, rule: string): Draft | undefined => {
        const inside = wordsIn(from, to).filter((word) => !isPunctuation(word));
        if (inside.length < MIN_CLAUSE_WORDS || speaker === null) return undefined;
        const mixed = hasQuoted(from, to);
        return { kind: mixed ? 'mixed' : 'indirect', start: inside[0]!.start, end: inside.at(-1)!.end, cue, speaker, confidence: mixed ? 0.75 : confidence, rule: `reported:${kind}:${rule}` };
      };
      if (kind === 'according') {
        // "according to exit polls", "according to his Facebook profile": an unnamed source is a source all the same.
        const speaker = subjectAfter(text, words, mentions, cue + 1) ?? phraseAfter(text, words, cue + 1);
        const comma = nextWordIndex(cue, words.length - 1, sentence, (word) => word.text === ',');
        if (cue === at(sentenceStart) && comma > 0) return clause(words[comma + 1]?.start ?? end, end, speaker, 0.8, 'fronted');
        // "In short: turnout fell, according to X": what X attributes starts after the colon.
        let from = sentenceStart;
        for (let i = cue - 1; i >= 0 && words[i]!.sentence === sentence; i--) {
          if (words[i]!.text === ':') {
            from = words[i + 1]!.start;
            break;
          }
        }
        return clause(from, words[cue - 1]?.text === ',' ? words[cue - 1]!.start : words[cue]!.start, speaker, 0.8, 'trailing');
      }
      // "Nobody asked about the rhetoric": what no one said is no one's words.
      if (hasNegativeSubject(words, tree, cue)) return undefined;
      // "When asked about the ban, Trump said ...", "Nunberg said when asked how ...": a participle
      // with no subject of its own after a subordinator is a passive; the one asked is no speaker
      // of the question, whose asker goes unnamed.
      if (words[cue - 1] !== undefined && opensPassive(words[cue - 1]!) && !words[cue]!.lower.endsWith('ing') && tree.dependent(cue, 'nsubj') < 0 && tree.dependent(cue, 'nsubj:pass') < 0) return undefined;
      const confidence = kind === 'speech' ? 0.7 : 0.45;
      const speaker = withIssuer(text, words, mentions, tree, outsideQuotes(treeSubject(text, words, mentions, tree, cue)) ?? outsideQuotes(subjectBeforeCoordination(text, words, mentions, tree, cue)));
      const firstOfSentence = at(sentenceStart);
      // "X said (that) ...", "X told reporters ...", "X called for ...": what the cue governs.
      const taken = reportedWords(cue, kind);
      // "as Dayen noted in The Intercept", "what they say about men with small hands", "his aides
      // argued in interviews": a prepositional phrase alone after the cue, with no verb or
      // quotation in it, tells where, when or about what, not what was said (which may stand before the cue).
      const reported = taken !== undefined && adjunctOnly(taken[0], taken[1]) ? undefined : taken;
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
      // "..., UMWA Director of Government Affairs Phil Smith told": a title of capitalised words
      // before the name, back to the comma.
      let title = attribution;
      while (title > firstOfSentence + 1 && attribution - title < MAX_TITLE_WORDS && (isCapitalised(words[title - 1]) || (isTitleSmallWord(words[title - 1]!) && isCapitalised(words[title - 2])))) title--;
      if (words[title - 1]?.text === ',') attribution = title;
      const comma = words[attribution - 1]?.text === ',' ? attribution - 1 : -1;
      // After a fronted clause (one with a subject, not "Speaking in Ohio, X told ..."): "..., a
      // spokesman told The Daily Planet": a cue's noun object is whom it was said to, not what was
      // said; "..., he said Wednesday on a talk show": the adjuncts after the cue tell when and where.
      const frontedClause = speaker !== null && comma > firstOfSentence && words.slice(firstOfSentence, comma).some((_, k) => tree.baseRelation(firstOfSentence + k) === 'nsubj');
      // "..., an aide told POLITICO earlier this week", "..., he said Wednesday morning on a talk
      // show": the parser often takes a time or a hearer for the object; after a fronted clause
      // that opens with neither a preposition nor a subordinator, words after the cue with no verb
      // and no quotation are no report of their own.
      const opener = words[firstOfSentence]!;
      const noClauseAfter = frontedClause && opener.pos !== 'ADP' && opener.pos !== 'SCONJ'
        && words.slice(cue + 1, at(end)).every((word) => word.sentence !== sentence || (word.pos !== 'VERB' && word.pos !== 'AUX' && word.lower !== 'that' && !isQuoteMark(word)));
      const hearerOnly = frontedClause && reported !== undefined && ((!reported[2] && takesHearer(words[cue]!)) || reported[3] || noClauseAfter);
      // "refugees admitted to the United States ... are Christian": words that open with "to" and
      // no verb tell where someone went or was let in, not what was said.
      if (reported !== undefined && words[reported[0]]!.lower === 'to' && words[reported[0] + 1]?.pos !== 'VERB' && words[reported[0] + 1]?.pos !== 'AUX') return undefined;
      // "how Ryan thinks about Trump", "she knew of the plan": a thought is a proposition, a clause; a
      // preposition after a thinking verb names its topic.
      if (taken !== undefined && kind === 'cognition' && words[taken[0]]!.pos === 'ADP' && words[taken[0]]!.lower !== 'that') return undefined;
      if (reported !== undefined && reportedCount >= MIN_CLAUSE_WORDS && !hearerOnly) return clauseOfWords(reported[0], reported[1], speaker, confidence, 'clause-after-cue');
      // "As they say in the trade, the first year is the hardest": an "as" clause that opens the
      // sentence frames the words after its comma.
      let opening = firstOfSentence;
      while (words[opening]!.pos === 'CCONJ' || isQuoteMark(words[opening])) opening++;
      if (taken !== undefined && reported === undefined && words[opening]!.lower === 'as' && words[taken[1] + 1]?.text === ',') {
        return clauseOfWords(taken[1] + 2, at(end) - 1, speaker, confidence, 'after-as-clause');
      }
      if (speaker === null || comma <= firstOfSentence) return undefined;
      // "This campaign, he says, is different": the cue sits inside the reported sentence.
      const afterAttribution = Math.max(cue, at(speaker.end) - 1) + 1;
      const rest = words.slice(afterAttribution, at(end)).filter((word) => word.sentence === sentence && !isPunctuation(word) && !isQuoteMark(word));
      if (words[afterAttribution]?.text === ',' && rest.length >= MIN_CLAUSE_WORDS - 1 && cueAt(words, afterAttribution + 1) === undefined) {
        return clauseOfWords(firstOfSentence, at(end) - 1, speaker, confidence, 'parenthetical-cue');
      }
      if (reportedCount > 2 && !hearerOnly) return undefined;
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
      return clauseOfWords(firstOfSentence, comma - 1, speaker, confidence, 'clause-before-cue');

      /** The draft of reported words `from..to`, without the "that" or punctuation that opens them or the punctuation that closes them. */
      function clauseOfWords(from: number, to: number, who: Speaker | null, score: number, rule: string): Draft | undefined {
        while (from <= to && (isPunctuation(words[from]) || (words[from]!.lower === 'that' && tree.relation(from) === 'mark'))) from++;
        if (from > to) return undefined;
        // "... they support X, but they wouldn't ...": the parser may coordinate a contrast into the clause.
        const limit = clauseEnd(from, sentence);
        while (to > from && words[to]!.end > limit) to--;
        while (to >= from && (isPunctuation(words[to]) || words[to]!.text === '-' || words[to]!.text === '—')) to--;
        if (from > to) return undefined;
        to = withoutWritersAsides(words, tree, from, to, MIN_CLAUSE_WORDS);
        if (from > to) return undefined;
        // Quotation marks belong to the quote only when both ends are in it.
        if (isQuoteMark(words[to]) && !words.slice(from, to).some(isQuoteMark)) to--;
        if (isQuoteMark(words[from]) && !words.slice(from + 1, to + 1).some(isQuoteMark)) from++;
        return from > to ? undefined : clause(words[from]!.start, words[to]!.end, who, score, rule);
      }
    }

    /**
     * The words cue word `cue` governs, whether they hold more than noun objects, and whether
     * they are only a time with no preposition ("said Wednesday"): its clausal complement ("said (that) ..."); for a speech
     * verb, the clause after a colon ("said: ..."); else its arguments after it, up to a
     * coordinated clause or a second cue (", adding ..."): "called for the president to resign",
     * "accused Trump of using divisive rhetoric", "sees Cruz as a uniter". A cognition verb with
     * an infinitive ("expected to meet") is a plan, for the events layer, not a quote.
     */
    function reportedWords(cue: number, kind: CueKind): [number, number, boolean, boolean] | undefined {
      for (const dependent of tree.dependentsOf(cue)) {
        if (dependent < cue || tree.relation(dependent) !== 'ccomp') continue;
        const [start, end] = tree.extent(dependent);
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
        if (clause > i && !insideSubtreeOf(cue, clause)) break;
        if (clause > i) return [i, tree.extent(clause)[1], true, false];
      }
      // "pledged 40 million euros": a promise with a noun object is an act, for the commitments stage.
      if (isPromiseVerb(words[cue]!)) return undefined;
      let from = -1;
      let to = -1;
      /** Whether more than noun objects were taken ("called for ...", "accused X of ..."). */
      let clausal = false;
      /** Whether only nouns of time with no preposition were taken ("said [Wednesday]"). */
      let adjunctsOnly = true;
      for (const dependent of tree.dependentsOf(cue)) {
        if (dependent < cue) continue;
        const relation = tree.baseRelation(dependent);
        if (relation === 'parataxis' && kind === 'speech' && words.slice(cue + 1, dependent).some((word) => word.text === ':')) return [...tree.extent(dependent), true, false];
        const [first, last] = tree.extent(dependent);
        const afterComma = words[first]!.text === ',' || words[first - 1]?.text === ',';
        if (ENDS_REPORTED.has(relation) || (afterComma && (relation === 'advcl' || cueAt(words, dependent) === 'speech'))) {
          if (from >= 0) break;
          continue;
        }
        if (!REPORTED_ARGUMENTS.has(relation)) continue;
        if (from < 0 && kind === 'cognition' && relation === 'xcomp' && words[first]!.lower === 'to') return undefined;
        // "said on Friday that ...": the parser may hang the clause on the time before it (reading
        // "that" as a relative pronoun); the reported words start at "that" all the same.
        const that = relation === 'obl' || relation === 'advmod' ? words.slice(first, last + 1).findIndex((word, k) => word.lower === 'that' && tree.relation(first + k) === 'mark') : -1;
        // "criticized Clinton during a rally on Friday", "said of the plan in February": an
        // adjunct of time, place or occasion tells when or where, not what was said.
        if (that < 0 && from >= 0 && isSetting(dependent, relation)) break;
        if (from < 0) from = that > 0 ? first + that : first;
        to = last;
        // "told reporters Friday": a noun with no preposition tells when, not what.
        const unmarked = relation === 'obl' && !tree.dependentsOf(dependent).some((child) => child < dependent && tree.relation(child) === 'case');
        if (relation !== 'obj' && relation !== 'iobj' && !unmarked) clausal = true;
        if (!unmarked) adjunctsOnly = false;
      }
      return from < 0 ? undefined : [from, to, clausal, adjunctsOnly];
    }

    /** Whether words `from..to` are only a phrase of an adjunct preposition ("in The Intercept", "about men with small hands"), with no verb or quotation in it. */
    function adjunctOnly(from: number, to: number): boolean {
      if (!isAdjunctPreposition(words[from]!) || tree.relation(from) !== 'case') return false;
      return !words.slice(from, to + 1).some((word) => word.pos === 'VERB' || word.pos === 'AUX' || isQuoteMark(word));
    }

    /** Whether word `word` lies in the subtree that word `root` heads. */
    function insideSubtreeOf(root: number, word: number): boolean {
      for (let at = word, steps = 0; at >= 0 && steps < 64; at = tree.head(at), steps++) if (at === root) return true;
      return false;
    }

    /**
     * Whether dependent `dependent` of a cue (relation `relation`) is an adjunct of setting: a
     * phrase or clause opened by a word of time, place or occasion (`settingWords` of
     * data/quotes/cues.json: "during", "after", "when"). After what was said it ends the reported
     * words; right after the cue it may be the verb's own preposition ("called on", "believe in").
     */
    function isSetting(dependent: number, relation: string): boolean {
      if (relation !== 'obl' && relation !== 'advcl') return false;
      const opener = tree.dependentsOf(dependent).find((child) => child < dependent && (tree.relation(child) === 'case' || tree.relation(child) === 'mark'));
      return opener !== undefined && isSettingWord(words[opener]!);
    }

    /**
     * The first word after `from`, up to `to` and in `sentence`, that `matches`, or -1. (Searched
     * from `from`, not with words.findIndex from the article's start: that made the stage take
     * time in the square of the article's length, 11 s for 20,000 sentences.)
     */
    function nextWordIndex(from: number, to: number, sentence: number, matches: (word: Word) => boolean): number {
      for (let i = from + 1; i <= to && i < words.length && words[i]!.sentence <= sentence; i++) {
        if (words[i]!.sentence === sentence && matches(words[i]!)) return i;
      }
      return -1;
    }

    /**
     * Whether coordinator `cc` joins a predicate with no subject of its own to a verb inside the
     * reported clause that starts at word `from` ("said she recruited him, but hasn't decided
     * what's next", "said the talks covered trade, energy, and fishing rights"): that conjunct is
     * said too, unless it holds a reporting verb of its own ("..., and then pointed out that ...").
     */
    function sharesReportedSubject(cc: number, from: number): boolean {
      if (tree.relation(cc) !== 'cc') return false;
      const conjunct = tree.head(cc);
      if (conjunct < 0 || tree.baseRelation(conjunct) !== 'conj' || tree.head(conjunct) < from) return false;
      if (tree.dependentsOf(conjunct).some((child) => child < conjunct && (tree.baseRelation(child) === 'nsubj' || tree.relation(child) === 'expl'))) return false;
      const [, last] = tree.extent(conjunct);
      for (let k = cc + 1; k <= last; k++) if (cueAt(words, k) !== undefined) return false;
      return true;
    }

    /** Where a reported clause ends: the sentence's end, or a contrast that starts a new clause (", but", "; while"). */
    function clauseEnd(from: number, sentence: number): number {
      for (let i = from + 1; i < words.length && words[i]!.sentence === sentence; i++) {
        const word = words[i]!;
        // A comma may sit inside the closing quotation mark ("“a step forward,” noting").
        const before = isQuoteMark(words[i - 1]) ? words[i - 2] : words[i - 1];
        // "said that A, and that B": a second "that" clause is said too.
        const secondThatClause = word.lower === 'and' && words[i + 1]?.lower === 'that' && tree.relation(i + 1) === 'mark';
        const contrast = isClauseBreak(word) && before?.text === ',' && !secondThatClause && !sharesReportedSubject(i, from);
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

    // A quotation with no speaker of its own, a sentence or two after someone's attributed
    // words (quoted or reported), is most likely theirs too.
    drafts.sort((a, b) => a.start - b.start);
    for (const draft of drafts) draft.speaker = withOwner(words, possessorsOnce, draft.speaker);
    let before: Draft | undefined;
    for (const draft of drafts) {
      if (draft.speaker === null && draft.kind === 'direct') {
        const sentence = words[at(draft.start)]?.sentence ?? 0;
        if (before !== undefined && sentence - (words[at(before.end)]?.sentence ?? -9) <= 2) {
          draft.speaker = before.speaker;
          draft.confidence = 0.6;
          draft.rule = 'quotation:continues-previous';
        }
      }
      if (speaksOn(draft)) before = draft;
      else if (draft.speaker !== null) before = undefined;
    }

    const people = new PeopleLookup(layers.entities ?? []);
    withQuotedPronounSpeakers(drafts, words, people, inQuote);
    withUnnamedPronounSpeakers(drafts, words, layers.entities ?? [], tree, inQuote);
    withPluralPronounSpeakers(text, drafts, words, tree, mentions, inQuote);
    withAuthorSpeakers(drafts, words, article.byline, layers.entities ?? [], inQuote);
    withContinuingItSpeakers(drafts, words, people);
    withEnclosingSpeakers(drafts, words, people, tree, mentions);

    return drafts
      .map((draft, index): Quote => ({
        id: `q${index + 1}`,
        kind: draft.kind,
        ...span(text, draft.start, draft.end),
        cue: draft.cue === null ? null : span(text, words[draft.cue]!.start, words[draft.cue]!.lower === 'according' ? words[draft.cue + 1]!.end : words[draft.cue]!.end),
        speaker: draft.speaker,
        rule: draft.rule,
        confidence: draft.confidence,
      }));
  },
};

const SPEAKER_PRONOUN_GENDERS = new Map<string, Gender>([['he', 'male'], ['she', 'female']]);

/** The article's entities by id, for the speaker passes below, built once per article. */
class PeopleLookup {
  private readonly byId: ReadonlyMap<string, Entity>;

  constructor(entities: readonly Entity[]) {
    this.byId = new Map(entities.map((entity) => [entity.id, entity]));
  }

  entity(id: string | null): Entity | undefined {
    return id === null ? undefined : this.byId.get(id);
  }

  /** A person's gender as their given name tells; null for anyone else or an unknown name. */
  gender(id: string | null): Gender | null {
    const entity = this.entity(id);
    return entity?.type === 'PERSON' ? givenNameGender(entity.name.split(' ')[0]!) : null;
  }
}

/** The sentence number of the word at character `offset`. */
const sentenceAt = (words: readonly Word[], offset: number) => words[wordAt(words, offset)]?.sentence ?? 0;
/** How many sentences back the speaker a pronoun speaker continues may be named. */
const MAX_PRONOUN_SPEAKER_DISTANCE = 3;

/**
 * "“...,” she said" after someone's quote: where the actors layer resolved a reporter's "he" or
 * "she" to a person of the other gender, or to a name last seen inside quotation marks ("“Assad
 * is secondary,” he said"), the pronoun continues the latest speaker of its gender a sentence or
 * three before. Drafts are in text order, so a speaker set here is what the next one continues.
 */
function withQuotedPronounSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup, inQuote: (offset: number) => boolean): void {
  /** Whether the entity's last mention by name before `offset` is inside quotation marks. */
  const lastNamedInQuote = (id: string | null, offset: number): boolean => {
    const named = people.entity(id)?.mentions.filter((mention) => mention.kind !== 'pronoun' && mention.end <= offset).at(-1);
    return named !== undefined && inQuote(named.start);
  };
  drafts.forEach((draft, index) => {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined) return;
    const resolved = people.gender(speaker.entity);
    if ((resolved === null || resolved === gender) && !lastNamedInQuote(speaker.entity, speaker.start)) return;
    const sentence = sentenceAt(words, draft.start);
    for (let k = index - 1; k >= 0; k--) {
      const earlier = drafts[k]!;
      if (sentence - sentenceAt(words, earlier.end) > MAX_PRONOUN_SPEAKER_DISTANCE) return;
      const named = earlier.speaker;
      if (named === null || people.gender(named.entity) !== gender) continue;
      draft.speaker = { ...speaker, entity: named.entity, name: named.name };
      return;
    }
  });
}

/** How many sentences back the speaker an "it" continues may be. */
const MAX_IT_SPEAKER_DISTANCE = 2;

/**
 * "The Obama administration noted that ... . Russian hackers have used ..., it noted.", "...,
 * the congressional report said. It accused the FDIC of ...": an "it" that speaks right after a
 * body or a document spoke continues that speaker, whatever the actors layer linked the pronoun
 * to (often a country or an organisation named in the reported words between). It continues
 * the latest speaker a sentence or two before when that speaker can be an "it": not a person
 * (a body a person heads, "the Obama administration", can), not people ("officials"), not a
 * pronoun for either, nor a description the actors layer linked; and only when the pronoun's own
 * entity is not named by name since.
 */
function withContinuingItSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup): void {
  const canBeIt = (speaker: Speaker): boolean => {
    const last = speaker.text.split(/\s+/u).at(-1) ?? '';
    const lower = last.toLowerCase();
    if ((PERSONAL_PRONOUNS.has(lower) && lower !== 'it') || isPluralForm(last)) return false;
    if (speaker.entity === null) return true;
    // A description the actors layer linked ("the social media company") is a guess to pass on only by name.
    const entity = people.entity(speaker.entity);
    const named = entity?.mentions.some((mention) => mention.kind === 'name' && mention.start >= speaker.start && mention.end <= speaker.end) === true;
    return named && (entity!.type !== 'PERSON' || /^\p{Ll}/u.test(last));
  };
  drafts.forEach((draft, index) => {
    const speaker = draft.speaker;
    if (speaker === null || speaker.text.toLowerCase() !== 'it') return;
    const earlier = drafts.slice(0, index).findLast((other) => other.speaker !== null);
    const before = earlier?.speaker;
    if (earlier === undefined || before === null || before === undefined || (before.entity === speaker.entity && before.name === speaker.name)) return;
    const earlierEnd = Math.max(earlier.end, before.end, earlier.cue === null ? 0 : words[earlier.cue]!.end);
    if (sentenceAt(words, speaker.start) - sentenceAt(words, earlierEnd - 1) > MAX_IT_SPEAKER_DISTANCE || earlierEnd > speaker.start || !canBeIt(before)) return;
    const own = people.entity(speaker.entity);
    if (own?.mentions.some((mention) => mention.kind === 'name' && mention.start >= earlierEnd && mention.end <= speaker.start)) return;
    draft.speaker = { ...speaker, entity: before.entity, name: before.name };
  });
}

/** How many words an indefinite description may hold between its opener and its noun. */
const MAX_DESCRIPTION_WORDS = 8;
/** Relations of a clause's subject, and of a noun the parser made the root with the verb hung on it. */
const SUBJECT_RELATIONS = new Set(['nsubj', 'nsubj:pass', 'root']);
/** How many sentences before the pronoun's the description may be (a quotation may stand as a sentence between). */
const MAX_DESCRIPTION_SENTENCES = 2;
/** Tags of the words between an indefinite description's opener and its noun ("a [26-year-old Berlin] man"). */
const DESCRIPTION_TAGS = new Set(['ADJ', 'NUM', 'PROPN', 'NOUN', 'PUNCT']);

/**
 * "A 40-year-old Bergen man was fined after he had posted a threat. “They will pay,” he wrote":
 * a "he" or "she" that speaks after someone unnamed was introduced, as a subject, by a noun of
 * its gender ("a 40-year-old Bergen man", "the home of a woman was searched"), in its sentence or
 * the two before, stands for that unnamed person, where the actors layer (which links pronouns
 * to names) linked it to the last person of that gender named earlier. The speaker keeps the
 * pronoun's span, with the description for its name and no entity. A person named since ("a
 * woman, Anna Berg,") is the actors layer's to link.
 */
function withUnnamedPronounSpeakers(drafts: Draft[], words: readonly Word[], entities: readonly Entity[], tree: DependencyTree, inQuote: (offset: number) => boolean): void {
  const names = entities.filter((entity) => entity.type === 'PERSON').flatMap((entity) => entity.mentions.filter((mention) => mention.kind === 'name')).map((mention) => mention.start);
  const namedBetween = (from: number, to: number) => names.some((start) => start >= from && start < to);
  for (const draft of drafts) {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined || speaker.entity === null) continue;
    const pronoun = wordAt(words, speaker.start);
    const firstSentence = (words[pronoun]?.sentence ?? 0) - MAX_DESCRIPTION_SENTENCES;
    for (let k = pronoun - 1; k >= 0 && words[k]!.sentence >= firstSentence; k--) {
      const noun = words[k]!;
      // Not someone the quoted words speak of ("“When a woman becomes a mother, she ...”").
      if (noun.pos !== 'NOUN' || nounGender(noun.lower) !== gender || inQuote(noun.start)) continue;
      // Only a subject ("A woman received ...", "the home of a man was raided") is someone the
      // story follows; "the rape of a German woman" names someone else.
      const subject = (at: number) => SUBJECT_RELATIONS.has(tree.baseRelation(at));
      if (!subject(k) && !(tree.baseRelation(k) === 'nmod' && subject(tree.head(k)))) continue;
      let opener = k - 1;
      while (opener > k - MAX_DESCRIPTION_WORDS && opener >= 0 && !isIndefiniteOpener(words[opener]!) && DESCRIPTION_TAGS.has(words[opener]!.pos) && words[opener]!.text !== ',') opener--;
      // The nearest noun of the pronoun's gender decides: an indefinite one with no name since, or none.
      if (opener >= 0 && isIndefiniteOpener(words[opener]!) && !namedBetween(noun.end, speaker.start)) {
        draft.speaker = { ...speaker, entity: null, name: words.slice(opener, k + 1).map((word) => word.text).join(' ').replace(/ - /gu, '-') };
      }
      break;
    }
  }
}

/** Tags of the words of a noun phrase before its head ("the two nations", "Mr. Rubio's advisers"). */
const PHRASE_TAGS = new Set(['DET', 'ADJ', 'NUM', 'NOUN', 'PROPN', 'PART', 'PRON']);
/** Relations of a clause that stands as a sentence of its own. */
const MAIN_CLAUSE_RELATIONS = new Set(['root', 'conj', 'parataxis']);

/**
 * "Progressives favor spending, which they argue spurs demand", "Former prosecutors said ...
 * Take action before the election, they said": a "they" that speaks, which the actors layer
 * linked to no one, stands for the nearest plural subject before it that names people or a body
 * of them, in its sentence or the two before ("Progressives", "Clinton aides", "the national
 * unions"). The nearest plural subject decides: one that names neither ("the results") leaves
 * the pronoun as it is. The speaker keeps the pronoun's span, with the subject's entity where a
 * mention covers it, else its words for a name.
 */
function withPluralPronounSpeakers(text: string, drafts: Draft[], words: readonly Word[], tree: DependencyTree, mentions: ActorIndex, inQuote: (offset: number) => boolean): void {
  for (const draft of drafts) {
    const speaker = draft.speaker;
    if (speaker === null || speaker.entity !== null || speaker.text.toLowerCase() !== 'they') continue;
    const pronoun = wordAt(words, speaker.start);
    const firstSentence = (words[pronoun]?.sentence ?? 0) - MAX_DESCRIPTION_SENTENCES;
    for (let k = pronoun - 1; k >= 0 && words[k]!.sentence >= firstSentence; k--) {
      const noun = words[k]!;
      if ((noun.pos !== 'NOUN' && noun.pos !== 'PROPN') || !isPluralForm(noun.lower) || inQuote(noun.start) || !SUBJECT_RELATIONS.has(tree.baseRelation(k))) continue;
      // A main clause's subject: not one inside what someone said or argued ("embraced his argument that federal courts are ...").
      const clause = tree.baseRelation(k) === 'root' ? k : tree.head(k);
      if (!MAIN_CLAUSE_RELATIONS.has(tree.baseRelation(clause))) continue;
      const named = mentions.covering(k);
      // A person's name that ends in "s" ("Sanders") is no plural.
      if (named?.entity.type === 'PERSON') continue;
      if (named !== undefined && named.kind !== 'pronoun') {
        draft.speaker = { ...speaker, entity: named.entity.id, name: named.entity.name };
      } else if (isPeopleNoun(noun) || isDescriptorNoun(noun.lower.replace(/s$/u, '')) || (noun.pos === 'PROPN' && isCapitalised(noun) && noun.text !== noun.text.toUpperCase())) {
        // The noun and the words before it that qualify it ("Clinton aides", "the national unions"), within its own phrase.
        let first = Math.min(k, ...tree.dependentsOf(k).filter((d) => d < k && NOUN_PHRASE_LEFT.has(tree.relation(d))).map((d) => tree.extent(d)[0]));
        for (let i = k - 1; i >= first; i--) {
          if (!PHRASE_TAGS.has(words[i]!.pos)) {
            first = i + 1;
            break;
          }
        }
        draft.speaker = { ...speaker, entity: null, name: text.slice(words[first]!.start, noun.end) };
      }
      break;
    }
  }
}

/**
 * "I always hoped I'd see this", "I had to spend the weekend figuring out how to attack a friend
 * without saying, ...": in the article's own words (outside quotation marks) an "I" that speaks
 * is its writer, the one person its byline names (a column, an op-ed, a first-person report).
 * The speaker keeps the pronoun's span, with the author's entity where the text names them.
 */
function withAuthorSpeakers(drafts: Draft[], words: readonly Word[], byline: readonly string[], entities: readonly Entity[], inQuote: (offset: number) => boolean): void {
  const author = soleAuthor(byline);
  if (author === undefined) return;
  const named = entities.find((entity) => entity.type === 'PERSON' && entity.name === author);
  for (const draft of drafts) {
    const speaker = draft.speaker;
    if (speaker === null || speaker.entity !== null || speaker.text !== 'I' || inQuote(speaker.start)) continue;
    // '"I worry that ...' with its closing mark out of reach (a pull quote over two lines): an "I"
    // right after a quotation mark is someone's quoted words all the same.
    if (isOpeningQuote(words[wordAt(words, speaker.start) - 1])) continue;
    draft.speaker = { ...speaker, entity: named?.id ?? null, name: named?.name ?? author };
  }
}

/** How far up the parse a parenthetical cue looks for the cue whose reported words hold it. */
const MAX_ENCLOSING_STEPS = 8;

/**
 * "Schultz replied that she was glad Berg had said so because, she said, the remark showed ...":
 * a parenthetical "she said" inside the words another cue reports is the reporter's reminder of
 * who speaks, the speaker of the outermost such cue (named, of the pronoun's gender), not the
 * person the actors layer linked the pronoun to (often a name nearer, inside the reported words).
 */
function withEnclosingSpeakers(drafts: Draft[], words: readonly Word[], people: PeopleLookup, tree: DependencyTree, mentions: ActorIndex): void {
  for (const draft of drafts) {
    const speaker = draft.speaker;
    const gender = speaker === null ? undefined : SPEAKER_PRONOUN_GENDERS.get(speaker.text.toLowerCase());
    if (speaker === null || gender === undefined || draft.cue === null) continue;
    const cue = draft.cue;
    // Parenthetical: ", she said," with the pronoun right before the cue and a comma before it.
    if (wordAt(words, speaker.start) !== cue - 1 || words[cue - 2]?.text !== ',') continue;
    let outer: Mention | undefined;
    for (let k = tree.head(cue), steps = 0; k >= 0 && steps < MAX_ENCLOSING_STEPS; k = tree.head(k), steps++) {
      if (cueAt(words, k) === undefined) continue;
      const subject = tree.nearestDependent(k, 'nsubj');
      const named = subject >= 0 ? mentions.covering(subject) : undefined;
      if (named !== undefined && named.kind !== 'pronoun' && people.gender(named.entity.id) === gender) outer = named;
    }
    if (outer !== undefined && outer.entity.id !== speaker.entity) draft.speaker = { ...speaker, entity: outer.entity.id, name: outer.entity.name };
  }
}
