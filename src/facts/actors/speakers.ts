/**
 * First- and second-person pronouns given to the person who speaks or is spoken to:
 *
 * - inside quotation marks, "I", "me", "my" are the quote's speaker: the person named next to
 *   a reporting verb right after the quote ("…," said Smith / Smith said) or right before it
 *   (Smith said: "…"), else one who names themselves in it; "you" inside them is the one the
 *   quotation addresses by name ("Frank, thank you, your work is great");
 * - a speaker who names themselves outside quotation marks ("My name is Jane Roe", "I am Jane
 *   Roe") speaks the rest of the paragraph, and the paragraphs after it until one asks a
 *   question, addresses someone or is another's turn;
 * - in an interview (its title or introduction says so: the first paragraph, or the paragraphs
 *   before a first question among the first few; and it has first-person text outside
 *   quotes), answers are the interviewee's ("I", "my") and questions are put to them ("you");
 *   the interviewee is the person the title names, else the article's most mentioned person
 *   (none when the interview is with several people, none named: "with the owners of ...");
 *   a question may ask as "I" without a question mark ("I just wanted to know if you ..."),
 *   and the questions' "I" is the interviewer the text before them names ("sat down with");
 *   an article laid out as questions to "you" and answers with no cue is one too, when its
 *   questions never speak as "I", some ask with a question mark (an essay that tells its reader
 *   what "you" should do asks nothing), and no speaker's label opens a paragraph; its interviewee is
 *   the person the first question addresses, else the one the title or introduction names;
 * - in a transcript that labels its turns ("TAPPER: ...", a speaker labelled more than once),
 *   a turn's "I" is the one its label names, also in the paragraphs without a label it runs on
 *   over (when two or more people are labelled), and the "you" of its question the next turn's;
 * - in a dialogue (first-person text outside quotes, no interviewee, no one writer the byline
 *   names), a paragraph that opens by addressing someone ("Mr. Roberts?") starts turns: the next
 *   paragraph is theirs ("I"), the one after is the other speaker's ("you" is them), and so on
 *   to the next address; a heading in capitals that names one person ("ORAL ARGUMENT OF JANE
 *   ROE") starts turns as an address does, the paragraph after it theirs whoever it addresses.
 *
 * Lists: data/actors/pronouns.json (the pronouns, the reporting verbs) and
 * data/actors/speaker-cues.json (interview, asking and interviewer cues, self-introductions).
 */
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import type { Antecedent } from './pronouns.js';
import { quotedSpans } from '../quotes/marks.js';
import { isCapitalised, isPluralForm, wordAt, type Word } from '../words.js';

const pronounLists = resource('speaker pronouns', (data) => {
  const lists = data.json('actors/pronouns.json', Type.Object({ firstPerson: Strings, firstPersonPlural: Strings, secondPerson: Strings, reportingVerbs: Strings }));
  return { first: new Set(lists.firstPerson), firstPlural: new Set(lists.firstPersonPlural), second: new Set(lists.secondPerson), reporting: new Set(lists.reportingVerbs) };
});

const cues = resource('speaker cues', (data) => {
  const lists = data.json('actors/speaker-cues.json', Type.Object({
    interviewCues: Strings, selfIntroductions: Type.Array(Strings), addressFollowers: Strings, replies: Strings, askingCues: Type.Array(Strings), interviewerCues: Type.Array(Strings),
  }));
  return {
    asking: lists.askingCues,
    interviewers: lists.interviewerCues,
    replies: new Set(lists.replies),
    interview: lists.interviewCues.map((cue) => new RegExp(`(^|[^\\p{L}])${cue.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'iu')),
    introductions: lists.selfIntroductions,
    addressFollowers: new Set(lists.addressFollowers),
  };
});

/** Marks that close a quotation (straight ones and two apostrophes standing for one, ''like this'', also open one). */
const CLOSING = new Set(['”', '"', "''", '»']);
/** How far from a quote its attribution may stand, in words. */
const ATTRIBUTION_WORDS = 4;
/** Words from which a paragraph that ends with a question is an answer that asks on the way, not a question. */
const ANSWER_WORDS = 80;
/** Words below which a paragraph that speaks to "you" and not as "I" is a question without a question mark. */
const STATEMENT_QUESTION_WORDS = 30;
/** Paragraphs before its first question an interview's introduction may run to. */
const INTRODUCTION_PARAGRAPHS = 3;
/** First-person pronouns outside quotes an article needs to read as an interview. */
const MIN_FIRST_PERSON = 3;
/** Questions with a question mark, each answered, that lay out an interview without a cue. */
const MIN_EXCHANGES = 3;

/** A person of the article, as speakers are found. */
export interface Person {
  readonly antecedent: Antecedent;
  /** Lower-cased words of its names. */
  readonly names: readonly string[];
  readonly mentions: number;
}

export interface SpeakerInput {
  readonly title: string | null;
  readonly text: string;
  readonly paragraphs: readonly (readonly [number, number])[];
  readonly words: readonly Word[];
  readonly people: readonly Person[];
  /** The organisations of the article, as `people` are given. */
  readonly organisations: readonly Person[];
  /** The groups of people the article names together (actors/groups.ts): their members, and the words where the speaker's "I" is one ("Rebecca and I"). */
  readonly groups?: readonly { readonly antecedent: Antecedent; readonly members: readonly Antecedent[]; readonly speaker: readonly number[] }[];
  /** The people named by a title alone ("Counsel", "Mr. President"), whom an address may call by it. */
  readonly bareTitles?: ReadonlySet<Antecedent>;
  /** The person a name mention starting at a word index refers to. */
  readonly personAt: ReadonlyMap<number, Antecedent>;
  /** Whether the byline names one person, the writer (actors/gender.ts `soleAuthor`). */
  readonly bylined?: boolean;
}

/** Each word's paragraph index. */
function paragraphIndices(words: readonly Word[], paragraphs: readonly (readonly [number, number])[]): Int32Array {
  const indices = new Int32Array(words.length);
  let p = 0;
  words.forEach((word, index) => {
    while (p < paragraphs.length - 1 && word.start >= paragraphs[p]![1]) p++;
    indices[index] = p;
  });
  return indices;
}

/** Per word, 1 when it stands inside quotation marks (the marks included). */
export function quotedWords(words: readonly Word[], text: string, paragraphs: readonly (readonly [number, number])[]): Uint8Array {
  const quoted = new Uint8Array(words.length);
  for (const [open, close] of quoteRanges(words, text, paragraphs)) quoted.fill(1, open, close + 1);
  return quoted;
}

/**
 * Word ranges `[open, close]` of the quotations the quotes stage reads (facts/quotes/marks.ts),
 * their marks included: from the opening mark to the closing one, or to the last word of a
 * quotation left open.
 */
function quoteRanges(words: readonly Word[], text: string, paragraphs: readonly (readonly [number, number])[]): [number, number][] {
  return quotedSpans(text, paragraphs).map(({ start, end }): [number, number] => {
    const after = wordAt(words, end);
    const closed = words[after]?.start === end && CLOSING.has(words[after]!.text);
    return [Math.max(0, wordAt(words, start) - 1), closed ? after : after - 1];
  }).filter(([open, close]) => open <= close);
}

/**
 * Per word inside a quotation, the person named beside a reporting verb right after it in the
 * sentence it closes, or right before it ("…," said Smith / Smith said: "…"): the one who speaks
 * the quotation's words; not the next sentence's subject ("…." Roe told the forum).
 */
export function quotationSpeakers(words: readonly Word[], text: string, paragraphs: readonly (readonly [number, number])[], personAt: ReadonlyMap<number, Antecedent>): Map<number, Antecedent> {
  const speakers = new Map<number, Antecedent>();
  for (const range of quoteRanges(words, text, paragraphs)) {
    const speaker = quoteSpeaker(words, range, personAt, true);
    if (speaker !== undefined) for (let i = range[0]; i <= range[1]; i++) speakers.set(i, speaker);
  }
  return speakers;
}

/** Single quotation marks, which the quotation stage leaves alone (they are apostrophes too). */
const SINGLE_OPENING = new Set(["'", '‘']);
const SINGLE_CLOSING = new Set(["'", '’']);

/**
 * Word ranges `[open, close]` of speech set in single quotation marks right after a reporting
 * verb ("and say, 'Hi Marta, my name is Tomas,' I say"): from the mark after the verb (past a
 * comma or colon) to the next such mark in its paragraph; none that another quotation holds.
 */
function singleQuoteRanges(words: readonly Word[], paragraphOf: (index: number) => number, quoted: ReadonlyMap<number, unknown>): [number, number][] {
  const { reporting } = pronounLists();
  const ranges: [number, number][] = [];
  for (let open = 1; open < words.length; open++) {
    if (!SINGLE_OPENING.has(words[open]!.text) || quoted.has(open)) continue;
    const verb = words[open - 1]!.text === ',' || words[open - 1]!.text === ':' ? open - 2 : open - 1;
    if (!reporting.has(words[verb]?.lower ?? '')) continue;
    let close = open + 1;
    while (close < words.length && paragraphOf(close) === paragraphOf(open) && !SINGLE_CLOSING.has(words[close]!.text) && !quoted.has(close)) close++;
    if (close >= words.length || !SINGLE_CLOSING.has(words[close]!.text) || paragraphOf(close) !== paragraphOf(open)) continue;
    ranges.push([open, close]);
    open = close;
  }
  return ranges;
}

/** The person named beside a reporting verb within a few words after `close` (in its sentence, with `closingSentence`) or before `open`. */
function quoteSpeaker(words: readonly Word[], [open, close]: [number, number], personAt: ReadonlyMap<number, Antecedent>, closingSentence = false): Antecedent | undefined {
  const { reporting } = pronounLists();
  const window = (from: number, to: number) => {
    const inRange = [];
    for (let i = Math.max(0, from); i <= Math.min(words.length - 1, to); i++) inRange.push(i);
    return inRange;
  };
  const after = window(close + 1, close + ATTRIBUTION_WORDS).filter((i) => !closingSentence || words[i]!.sentence === words[close]!.sentence);
  for (const range of [after, window(open - ATTRIBUTION_WORDS, open - 1)]) {
    if (!range.some((i) => reporting.has(words[i]!.lower))) continue;
    for (const i of range) {
      const person = personAt.get(i);
      if (person !== undefined) return person;
    }
  }
  return undefined;
}

/**
 * The person who names themselves among words `[from, to)`, from the word after a
 * self-introduction; `skip` leaves out words (a quotation's, whose "my name is" is its speaker's).
 */
function selfIntroduced(words: readonly Word[], from: number, to: number, personAt: ReadonlyMap<number, Antecedent>, skip: (index: number) => boolean = () => false): Antecedent | undefined {
  for (let i = from; i < to; i++) {
    if (skip(i)) continue;
    for (const cue of cues().introductions) {
      if (cueAt(words, i, cue)) {
        const person = personAt.get(i + cue.length);
        if (person !== undefined) return person;
      }
    }
  }
  return undefined;
}

/** Whether the words `cue` (lower-cased tokens) stand from word `index` on. */
function cueAt(words: readonly Word[], index: number, cue: readonly string[]): boolean {
  return cue.every((token, k) => words[index + k]?.lower === token);
}

/**
 * The one who interviews, as an interview's introduction names them: the person right after an
 * interviewer cue ("Roe sat down with John Doe", "interviewed by John Doe") who is not the
 * interviewee ("Doe spoke with Jane Roe" names the interviewee there).
 */
function interviewer(words: readonly Word[], to: number, personAt: ReadonlyMap<number, Antecedent>, subject: Antecedent): Antecedent | undefined {
  for (let i = 0; i < to; i++) {
    for (const cue of cues().interviewers) {
      if (!cueAt(words, i, cue)) continue;
      const person = personAt.get(i + cue.length);
      if (person !== undefined && person !== subject) return person;
    }
  }
  return undefined;
}

/** Words a transcript's speaker label may run to before its colon ("JAKE TAPPER:", "Luciana Lopez:"). */
const LABEL_WORDS = 4;
/**
 * The person a paragraph's speaker label names: capitalised words, as written, that open the
 * paragraph and end at a colon ("TAPPER: And obviously, you're ...", "Matthews: Well, ..."),
 * the last of them a word of a person's names.
 */
function labelledSpeaker(words: readonly Word[], from: number, to: number, people: readonly Person[]): Antecedent | undefined {
  let colon = from;
  while (colon <= to && colon - from < LABEL_WORDS && /^\p{Lu}/u.test(words[colon]!.text) && words[colon]!.pos !== 'PRON') colon++;
  if (colon === from || words[colon]?.text !== ':' || colon > to) return undefined;
  const surname = words[colon - 1]!.lower;
  const named = people.filter((person) => person.names.includes(surname));
  return named.length === 1 ? named[0]!.antecedent : undefined;
}

/** Capitalised words a name may open with in an address ("Mr. Roberts?", "Justice Thomas, ..."). */
const ADDRESS_TITLE_WORDS = 2;

/** The word after the name whose first word is `start`: past its capitalised words, up to `to`. */
function afterName(words: readonly Word[], start: number, to: number, personAt: ReadonlyMap<number, Antecedent>): number {
  let end = start + 1;
  // Not past "I", capitalised but no part of a name ("Mr. Roe I know you're ...").
  while (end <= to && personAt.get(end) === undefined && isCapitalised(words[end]) && words[end]!.pos !== 'PRON') end++;
  return end;
}

/**
 * The person a paragraph addresses: a name it opens with (after a title or two) followed by a
 * comma or a question mark ("Mr. Roberts?", "Ms. Sells, you argue ..."); else the last name
 * after a comma or a sentence's start that is followed by a question mark ("... for the
 * appellant. Miss Roe?") or by a comma and a word of address ("Alright, Mr. Roe, please
 * proceed", "Just to confirm, Mr. Roe, you have ...").
 */
function addressed(words: readonly Word[], from: number, to: number, personAt: ReadonlyMap<number, Antecedent>): Antecedent | undefined {
  for (let start = from; start <= Math.min(to, from + ADDRESS_TITLE_WORDS); start++) {
    const person = personAt.get(start);
    if (person !== undefined) {
      const end = afterName(words, start, to, personAt);
      if (words[end]?.text === '?' || (words[end]?.text === ',' && !opensApposition(words[end + 1]))) return person;
      break;
    }
    if (!isCapitalised(words[start])) break;
  }
  const { addressFollowers } = cues();
  let found: Antecedent | undefined;
  for (let start = from; start <= to; start++) {
    const person = personAt.get(start);
    if (person === undefined) continue;
    // A title before the name may open the address: "Miss Roe?", ", Mr. Roe,".
    let before = start - 1;
    while (before >= from && ADDRESS_TITLES_BEFORE.test(words[before]!.text) && before > start - 1 - ADDRESS_TITLE_WORDS) before--;
    const opens = before < from || words[before]!.text === ',' || words[before]!.sentence !== words[start]!.sentence;
    const end = afterName(words, start, to, personAt);
    // A transcript may leave the comma out: "Mr. Roe you wanna say something".
    const follower = words[end]?.text === ',' ? words[end + 1] : words[end];
    if (opens && (words[end]?.text === '?' || addressFollowers.has(follower?.lower ?? ''))) found = person;
  }
  return found;
}

/**
 * The one person a heading in capitals names ("ORAL ARGUMENT OF JANE ROE ON BEHALF OF THE
 * PETITIONER"): in a transcript, the one who speaks next, as after an address.
 */
function headingNamed(words: readonly Word[], text: string, from: number, to: number, personAt: ReadonlyMap<number, Antecedent>): Antecedent | undefined {
  const heading = text.slice(words[from]!.start, words[to]!.end);
  if (!/\p{Lu}{2}/u.test(heading) || /\p{Ll}/u.test(heading)) return undefined;
  const named = new Set<Antecedent>();
  for (let i = from; i <= to; i++) {
    const person = personAt.get(i);
    if (person !== undefined) named.add(person);
  }
  return named.size === 1 ? [...named][0] : undefined;
}

const RELATIVE_PRONOUNS = new Set(['who', 'whom', 'whose', 'which']);

/**
 * Whether the word after a name and its comma opens an apposition or a relative clause about the
 * name ("Mr. VandeHei, who stepped down", "Jane Roe, a lawyer", "Roe, 45,"), as a news paragraph
 * opens, rather than what is said to the one addressed ("Mr. Roe, does the statute ...").
 */
function opensApposition(word: Word | undefined): boolean {
  return word !== undefined && (word.pos === 'DET' || word.pos === 'NUM' || RELATIVE_PRONOUNS.has(word.lower));
}

/** Capitalised words that may stand before an addressed name without being part of it ("Mr.", "Miss"). */
const ADDRESS_TITLES_BEFORE = /^\p{Lu}\p{L}*\.?$/u;

/**
 * Whether the article is an interview, and its interviewee: undefined when it is none; an
 * interviewee undefined when it is with several people and names none of them.
 */
function interview(input: SpeakerInput, introduction: string, firstPersonOutside: number): { readonly interviewee: Antecedent | undefined } | undefined {
  if (firstPersonOutside < MIN_FIRST_PERSON || input.people.length === 0) return undefined;
  const head = `${input.title ?? ''}\n${introduction}`;
  if (!cues().interview.some((cue) => cue.test(head))) return undefined;
  const headNames = headWords(input, introduction);
  const byMentions = (a: Person, b: Person) => b.mentions - a.mentions;
  const named = input.people.filter((person) => person.names.some((name) => name.length > 1 && headNames.has(name))).sort(byMentions);
  // "An interview with the owners of ...", none named: no one person answers; else the most mentioned does.
  if (named[0] === undefined && severalInterviewed(head)) return { interviewee: undefined };
  return { interviewee: (named[0] ?? [...input.people].sort(byMentions)[0])?.antecedent };
}

/**
 * An interview with people the title or introduction counts or sets out with "the" ("An interview
 * with the founders of a bakery", "interviews two Senate candidates"): its noun, past a word that
 * may qualify it, for `isPluralForm` to say whether they are several. Five letters at least, so
 * that no "this" or "was" passes for a plural.
 */
const INTERVIEWED_GROUP = /\b[Ii]nterview(?:s|ed)?\s+(?:with\s+)?(?:the|two|three|four|five|both|several)\s+(?:(\p{Ll}+)\s+)?(\p{Ll}{5,})/u;

/** Whether the head of an interview says it is with several people, none named. */
function severalInterviewed(head: string): boolean {
  const match = INTERVIEWED_GROUP.exec(head);
  if (match === null) return false;
  return (match[1] !== undefined && match[1].length >= 5 && isPluralForm(match[1])) || isPluralForm(match[2]!);
}

/** Mentions an organisation needs to be the one an interviewee's "we" speaks for. */
const ORGANISATION_MENTIONS = 3;

/** The words of an article's title and first paragraph, lower-cased. */
function headWords(input: SpeakerInput, introduction: string): Set<string> {
  return new Set(`${input.title ?? ''}\n${introduction}`.toLowerCase().split(/[^\p{L}\p{N}'’-]+/u));
}

/**
 * The organisation an interviewee speaks for as "we": the most mentioned one (ORGANISATION_MENTIONS
 * at least) that the title or first paragraph names ("Jack Roe, Acme founder, interviewed").
 */
function intervieweeOrganisation(input: SpeakerInput, head: ReadonlySet<string>): Antecedent | undefined {
  const named = input.organisations.filter((organisation) => organisation.mentions >= ORGANISATION_MENTIONS && organisation.names.some((name) => name.length > 1 && head.has(name)));
  return named.sort((a, b) => b.mentions - a.mentions)[0]?.antecedent;
}

/** Word index → the person a first- or second-person pronoun refers to (or, for an interviewee's "we", their organisation). */
export function resolveSpeakers(input: SpeakerInput): Map<number, Antecedent> {
  const { words, paragraphs, text } = input;
  const { first, firstPlural, second } = pronounLists();
  const resolved = new Map<number, Antecedent>();
  // Most articles have no first- or second-person pronoun: nothing to read then.
  if (!words.some((word) => first.has(word.lower) || second.has(word.lower))) return resolved;
  const paragraphIndex = paragraphIndices(words, paragraphs);
  const paragraphOf = (index: number) => paragraphIndex[index]!;
  const quotes = quoteRanges(words, text, paragraphs);
  const quoteOf = new Map<number, [number, number]>();
  for (const range of quotes) for (let i = range[0]; i <= range[1]; i++) quoteOf.set(i, range);
  // Speech in single quotation marks is a quotation here too: its "my name is John" is not the paragraph's speaker.
  for (const range of singleQuoteRanges(words, paragraphOf, quoteOf)) for (let i = range[0]; i <= range[1]; i++) quoteOf.set(i, range);
  const isPronoun = (word: Word, list: ReadonlySet<string>) => list.has(word.lower) && word.pos === 'PRON';

  let firstPersonOutside = 0;
  words.forEach((word, index) => {
    if (!quoteOf.has(index) && isPronoun(word, first)) firstPersonOutside++;
  });
  // Each paragraph's first and last word, its self-introduced speaker, and whether it asks.
  const bounds = new Map<number, [number, number]>();
  paragraphIndex.forEach((paragraph, index) => {
    if (index === 0 || paragraphIndex[index - 1] !== paragraph) bounds.set(paragraph, [index, index]);
    else bounds.get(paragraph)![1] = index;
  });
  // A transcript that labels its turns ("TAPPER: ...", "FALLIN: ..."): each labelled paragraph's speaker.
  const labelled = new Map<number, Antecedent>();
  for (const [paragraph, [from, to]] of bounds) {
    const speaker = labelledSpeaker(words, from, to, input.people);
    if (speaker !== undefined) labelled.set(paragraph, speaker);
  }
  // A speaker labelled again makes it a transcript; labels of different people once each are
  // headings ("Jeb Bush: Student loans ..." over a section about his plan).
  if (new Set(labelled.values()).size === labelled.size) labelled.clear();
  // In a transcript of two or more speakers a turn may run on over paragraphs without a label:
  // each is the last labelled speaker's (one person labelled twice is a headline's name, twice).
  const continued = new Map<number, Antecedent>();
  let labelledLast: Antecedent | undefined;
  for (const paragraph of new Set(labelled.values()).size > 1 ? [...bounds.keys()].sort((a, b) => a - b) : []) {
    labelledLast = labelled.get(paragraph) ?? labelledLast;
    if (!labelled.has(paragraph) && labelledLast !== undefined) continued.set(paragraph, labelledLast);
  }
  /** The one a labelled turn's question is put to: the speaker of the next labelled turn, when another. */
  const answerer = (paragraph: number) => {
    const next = [...labelled.keys()].filter((other) => other > paragraph).sort((a, b) => a - b)[0];
    const person = next === undefined ? undefined : labelled.get(next);
    return person === labelled.get(paragraph) ? undefined : person;
  };
  const introduced = new Map<number, Antecedent | undefined>();
  // A self-introduction outside quotation marks names the paragraph's speaker; one inside them
  // ("'Hi Marta, my name is Tomas,' I say") names that quotation's.
  for (const [paragraph, [from, to]] of bounds) introduced.set(paragraph, selfIntroduced(words, from, to + 1, input.personAt, (i) => quoteOf.has(i)));
  const introducedIn = new Map<[number, number], Antecedent | undefined>();
  const quoteIntroduced = (quote: [number, number]) => {
    if (!introducedIn.has(quote)) introducedIn.set(quote, selfIntroduced(words, quote[0], quote[1] + 1, input.personAt));
    return introducedIn.get(quote);
  };
  // A quotation that addresses someone by name ("'Frank, thank you, your work is great'") speaks to them as "you".
  const addressedIn = new Map<[number, number], Antecedent | undefined>();
  const quoteAddressed = (quote: [number, number]) => {
    if (!addressedIn.has(quote)) addressedIn.set(quote, addressed(words, quote[0] + 1, quote[1] - 1, input.personAt));
    return addressedIn.get(quote);
  };
  /** Whether a paragraph ends with a question mark (closing quotes aside). */
  const endsAsking = (paragraph: number) => {
    const [from, to] = bounds.get(paragraph)!;
    let last = to;
    while (last > from && CLOSING.has(words[last]!.text)) last--;
    return words[last]!.text === '?';
  };
  /**
   * Whether words `[from, to]` ask "you" something as "I" without a question mark: outside quotes,
   * an asking cue right after "I" or past one word ("I just wanted to know"), and a "you".
   */
  const indirectlyAsks = (from: number, to: number) => {
    let cued = false;
    let toYou = false;
    for (let i = from; i <= to; i++) {
      if (quoteOf.has(i)) continue;
      if (isPronoun(words[i]!, second)) toYou = true;
      else if (words[i]!.lower === 'i' && cues().asking.some((cue) => cueAt(words, i + 1, cue) || cueAt(words, i + 2, cue))) cued = true;
    }
    return cued && toYou;
  };
  // A question ends its paragraph with a question mark (closing quotes aside); an answer may ask
  // on the way. A short paragraph that speaks to "you" and not as "I" puts a question too ("You
  // have drawn a lot of press lately.").
  const asking = new Map<number, boolean>();
  const asks = (paragraph: number) => {
    let answer = asking.get(paragraph);
    if (answer !== undefined) return answer;
    const [from, to] = bounds.get(paragraph)!;
    const said = words.slice(from, to + 1);
    const toYouNotAsI = () => said.some((word) => isPronoun(word, second)) && !said.some((word) => isPronoun(word, first));
    // A long paragraph that ends with a question is a question still when it speaks to "you"
    // and never as "I" (a question that sets out its background first).
    answer = endsAsking(paragraph) && (to - from < ANSWER_WORDS || toYouNotAsI());
    if (!answer && to - from < STATEMENT_QUESTION_WORDS) answer = toYouNotAsI();
    // Nor one where the interviewer asks as "I" ("I was hoping to hear whether you had any views on ...").
    if (!answer && to - from < ANSWER_WORDS) answer = indirectlyAsks(from, to);
    asking.set(paragraph, answer);
    return answer;
  };

  // The introduction an interview opens with: the first paragraph, or the paragraphs before the
  // first question when it comes among the first few ("Andrew Roe is the director ... Wikinews
  // interviewed him." after a dateline and a paragraph on the project).
  const ordered = [...bounds.keys()].sort((a, b) => a - b);
  const firstQuestion = ordered.findIndex((paragraph) => asks(paragraph));
  const introParagraphs = firstQuestion > 1 && firstQuestion <= INTRODUCTION_PARAGRAPHS ? firstQuestion : 1;
  const introduction = ordered.slice(0, introParagraphs).map((paragraph) => text.slice(paragraphs[paragraph]![0], paragraphs[paragraph]![1])).join('\n');
  // An interview laid out as questions and answers with no cue to say so: from its first question
  // on, questions put to "you", each followed by an answer, that never speak as "I" (a court's or
  // a dialogue's questions speak as their askers too), and no paragraph opening with a speaker's
  // name and a colon (a transcript that labels its speakers says who speaks). Only questions that
  // end with a question mark count as exchanges: an opinion piece's short paragraphs that tell
  // "you" what to do ask no one anything, and its "I" is its writer's. Its interviewee is the
  // person the first question addresses, else the one its title or introduction names.
  function laidOutInterviewee(): Antecedent | undefined {
    if (firstQuestion < 0 || firstPersonOutside < MIN_FIRST_PERSON) return undefined;
    let exchanges = 0;
    for (let k = firstQuestion; k < ordered.length; k++) {
      const paragraph = ordered[k]!;
      const [from, to] = bounds.get(paragraph)!;
      if (input.personAt.has(from) && words[afterName(words, from, to, input.personAt)]?.text === ':') return undefined;
      if (!asks(paragraph)) continue;
      const said = words.slice(from, to + 1).filter((_, i) => !quoteOf.has(from + i));
      if (said.some((word) => isPronoun(word, first))) return undefined;
      const next = ordered[k + 1];
      if (next !== undefined && !asks(next) && said.some((word) => isPronoun(word, second)) && endsAsking(paragraph)) exchanges++;
    }
    if (exchanges < MIN_EXCHANGES) return undefined;
    const [from, to] = bounds.get(ordered[firstQuestion]!)!;
    const asked = addressed(words, from, to, input.personAt);
    if (asked !== undefined && input.bareTitles?.has(asked) !== true) return asked;
    const head = headWords(input, introduction);
    const named = input.people.filter((person) => person.names.some((name) => name.length > 1 && head.has(name)));
    return named.sort((a, b) => b.mentions - a.mentions)[0]?.antecedent;
  }
  const interviewFound = interview(input, introduction, firstPersonOutside);
  const subject = interviewFound === undefined ? laidOutInterviewee() : interviewFound.interviewee;
  const organisation = subject === undefined ? undefined : intervieweeOrganisation(input, headWords(input, introduction));
  // The questions' "I": the interviewer the text before the first question names.
  const asker = subject === undefined || firstQuestion < 0 ? undefined : interviewer(words, bounds.get(ordered[firstQuestion]!)![0], input.personAt, subject);
  // Else the group the interviewee belongs to ("Bos and colleagues", "Rebecca and I" said in an
  // answer, as in an interview with several): who an interviewee's "we" is when no organisation
  // speaks through them.
  const team = (subject === undefined && interviewFound === undefined) || organisation !== undefined ? undefined
    : (input.groups ?? []).find((group) => (subject !== undefined && group.members.includes(subject))
      || group.speaker.some((index) => !quoteOf.has(index) && !asks(paragraphOf(index))))?.antecedent;
  const spokenFor = organisation ?? team;

  // A dialogue without an interviewee: after a paragraph that addresses someone, the paragraphs
  // alternate between them (their "I") and the one who addressed them (whose "you" is them).
  const turns = new Map<number, { person: Antecedent; theirs: boolean }>();
  // A short paragraph with a reply word standing alone ("It arose on a motion. Correct.", "Yes, it did."): an answer.
  const shortReply = (paragraph: number) => {
    const span = bounds.get(paragraph);
    if (span === undefined || span[1] - span[0] >= STATEMENT_QUESTION_WORDS || endsAsking(paragraph)) return false;
    for (let i = span[0]; i < span[1]; i++) {
      const opens = i === span[0] || words[i - 1]!.sentence !== words[i]!.sentence;
      if (opens && cues().replies.has(words[i]!.lower) && words[i + 1]?.pos === 'PUNCT') return true;
    }
    return false;
  };
  // Not in an article one person signs: its own "I" is the writer's, and a question that seems
  // to address someone ("... what's next for our democracy? President Kardashian?") is a
  // columnist's rhetorical one, answered by no one.
  if (subject === undefined && firstPersonOutside >= MIN_FIRST_PERSON && input.bylined !== true) {
    let current: { person: Antecedent; at: number } | undefined;
    let headingAt: number | undefined;
    for (const [paragraph, [from, to]] of [...bounds].sort((a, b) => a[0] - b[0])) {
      // A heading that names who speaks next ("ARGUMENT OF JANE ROE") gives them the paragraph
      // after it, whoever that paragraph addresses ("Mr. Chief Justice, ...").
      const heading = headingNamed(words, text, from, to, input.personAt);
      if (heading !== undefined) {
        current = { person: heading, at: paragraph };
        headingAt = paragraph;
      }
      let person = heading !== undefined || headingAt === paragraph - 1 ? undefined : addressed(words, from, to, input.personAt);
      // "Counsel, are you arguing ...?" after counsel has spoken: a title alone addresses the one
      // who spoke the paragraph before, when it is known who did (by name, or by the turns).
      const before = paragraph - 1;
      const previous = introduced.get(before) ?? (turns.get(before)?.theirs === true ? turns.get(before)!.person : undefined);
      if (person !== undefined && input.bareTitles?.has(person) === true && previous !== undefined && !input.bareTitles.has(previous)) person = previous;
      if (person !== undefined) current = { person, at: paragraph };
      // A long statement that speaks to no "you", right after a short reply ("Correct."), is the
      // one addressed going on holding the floor (counsel, a witness), not the one who addressed
      // them, who puts things to them. Turns alternate again from it.
      else if (current !== undefined && (paragraph - current.at) % 2 === 0 && to - from >= ANSWER_WORDS && !endsAsking(paragraph)
        && shortReply(paragraph - 1) && !words.slice(from, to + 1).some((word) => isPronoun(word, second))) current = { person: current.person, at: paragraph - 1 };
      if (current !== undefined) turns.set(paragraph, { person: current.person, theirs: (paragraph - current.at) % 2 === 1 });
    }
  }

  // A speaker who introduced themselves keeps the floor in the paragraphs after theirs until one
  // asks a question, addresses someone, is labelled or is a dialogue's turn (a statement, an
  // argument read over several paragraphs).
  const holdsFloor = new Map<number, Antecedent>();
  let floor: Antecedent | undefined;
  for (const paragraph of ordered) {
    const [from, to] = bounds.get(paragraph)!;
    const own = introduced.get(paragraph);
    if (own !== undefined) floor = own;
    else if (asks(paragraph) || labelled.has(paragraph) || turns.has(paragraph) || addressed(words, from, to, input.personAt) !== undefined) floor = undefined;
    else if (floor !== undefined) holdsFloor.set(paragraph, floor);
  }

  const speakers = new Map<[number, number], Antecedent | undefined>();
  words.forEach((word, index) => {
    const quote = quoteOf.get(index);
    // An interviewee's "we" outside quotes, in an answer: the organisation or group they speak for.
    if (spokenFor !== undefined && quote === undefined && isPronoun(word, firstPlural)) {
      if (!asks(paragraphOf(index))) resolved.set(index, spokenFor);
      return;
    }
    const firstPerson = isPronoun(word, first);
    if (!firstPerson && !isPronoun(word, second)) return;
    let person: Antecedent | undefined;
    if (quote !== undefined) {
      if (!speakers.has(quote)) speakers.set(quote, quoteSpeaker(words, quote, input.personAt));
      person = firstPerson ? speakers.get(quote) ?? quoteIntroduced(quote) ?? introduced.get(paragraphOf(index)) ?? (asks(paragraphOf(index)) ? undefined : subject) : quoteAddressed(quote);
    } else if (firstPerson) {
      const turn = turns.get(paragraphOf(index));
      person = labelled.get(paragraphOf(index)) ?? introduced.get(paragraphOf(index)) ?? continued.get(paragraphOf(index)) ?? (subject !== undefined ? (asks(paragraphOf(index)) ? asker : subject) : undefined)
        ?? (turn?.theirs === true ? turn.person : undefined) ?? holdsFloor.get(paragraphOf(index));
    } else if (labelled.has(paragraphOf(index))) {
      // A labelled turn's "you" is the one its question is put to; elsewhere in a turn "you" may be anyone.
      if (asks(paragraphOf(index))) person = answerer(paragraphOf(index));
    } else if (subject !== undefined && asks(paragraphOf(index))) {
      person = subject;
    } else {
      const turn = turns.get(paragraphOf(index));
      if (turn?.theirs === false) person = turn.person;
    }
    if (person !== undefined) resolved.set(index, person);
  });
  return resolved;
}
