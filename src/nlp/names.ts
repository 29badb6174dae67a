/**
 * The `names` layer: named entities found by the trained tagger (src/nlp/ner), typed as the
 * output contract wants (PERSON, ORG, GPE, LOC, NORP, MISC). The actors stage
 * (src/facts/actors) turns these mentions into entities.
 */
import type { EntityType } from '../document/contract.js';
import { span, type Annotator, type NameMention, type TokenLayer } from '../document/doc.js';
import Type from 'typebox';
import { resource, StringRecord, Strings } from '../resources.js';
import type { TagSpan } from './ner/tags.js';
import { nerResources, tagTokens } from './ner/tagger.js';

const EntityTypeRulesSchema = Type.Object({
  gpeLists: Strings,
  norpLists: Strings,
  nameParticles: Strings,
  generationalSuffixes: Strings,
  tokenForms: StringRecord,
});

const rules = resource('entity type rules', (data) => data.json('ner/entity-types.json', EntityTypeRulesSchema));
/** `tokenForms` as a Map: looked up by every token, some of which are named like Object members ("constructor"). */
const tokenForms = resource('token forms', () => new Map(Object.entries(rules().tokenForms)));
const nameParticles = resource('name particles', () => new Set(rules().nameParticles));
const generationalSuffixes = resource('generational suffixes', () => new Set(rules().generationalSuffixes));

/** One sentence's tokens as the tagger sees them, and the characters of `article.text` each covers. */
interface NerSentence {
  readonly texts: string[];
  readonly starts: number[];
  readonly ends: number[];
}

const isSpace = (text: string) => text.trim() === '';
/** A join that ended on a hyphen ("well-" before a space). */
const danglingHyphen = (text: string) => text.endsWith('-') && /\w-$/.test(text);

/**
 * The tagger's tokens for one sentence: wink's tokens without whitespace, with hyphenated
 * compounds joined ("Bosnia-Herzegovina", "U.S.-backed") as CoNLL-2003 tokenised them, and
 * typographic quotes written as the training text wrote them. Kept as three parallel lists:
 * an object per token cost the garbage collector more than the tagging needed.
 */
function nerSentence(layer: TokenLayer, first: number, last: number): NerSentence {
  const forms = tokenForms();
  const texts: string[] = [];
  const starts: number[] = [];
  const ends: number[] = [];
  for (let index = first; index <= last; index++) {
    const [start, end] = layer.tokens[index]!;
    const raw = layer.forms[index]!;
    if (isSpace(raw)) continue;
    const previous = texts.length - 1;
    const adjacent = previous >= 0 && ends[previous] === start;
    const hyphenAfterWord = adjacent && raw === '-' && /\w$/.test(texts[previous]!);
    const wordAfterHyphen = adjacent && texts[previous]!.endsWith('-') && /^\w/.test(raw);
    if (hyphenAfterWord || wordAfterHyphen) {
      texts[previous] += raw;
      ends[previous] = end;
      continue;
    }
    texts.push(forms.get(raw) ?? raw);
    starts.push(start);
    ends.push(end);
  }
  if (!texts.some(danglingHyphen)) return { texts, starts, ends };
  // A hyphen left dangling at the end of a join is its own token again.
  const split: NerSentence = { texts: [], starts: [], ends: [] };
  texts.forEach((text, i) => {
    if (danglingHyphen(text)) {
      split.texts.push(text.slice(0, -1), '-');
      split.starts.push(starts[i]!, ends[i]! - 1);
      split.ends.push(ends[i]! - 1, ends[i]!);
    } else {
      split.texts.push(text);
      split.starts.push(starts[i]!);
      split.ends.push(ends[i]!);
    }
  });
  return split;
}

/** GPE or LOC, NORP or MISC, by the gazetteer lists the whole phrase appears in. */
function contractType(tagged: TagSpan, words: readonly string[]): EntityType {
  if (tagged.type === 'PER') return 'PERSON';
  if (tagged.type === 'ORG') return 'ORG';
  const phrase = words.slice(tagged.start, tagged.end);
  const lists = new Set(nerResources().gazetteer.match(phrase).filter((match) => match.start === 0 && match.end === phrase.length).map((match) => match.list));
  const { gpeLists, norpLists } = rules();
  if (tagged.type === 'LOC') return gpeLists.some((list) => lists.has(list)) ? 'GPE' : 'LOC';
  return norpLists.some((list) => lists.has(list)) ? 'NORP' : 'MISC';
}

/**
 * Two person names with one lower-case name particle between them are one name: the tagger,
 * trained on text where such names are rare, often splits "Mohammed bin Salman".
 */
function joinParticles(spans: readonly TagSpan[], words: readonly string[]): TagSpan[] {
  const particles = nameParticles();
  const joined: TagSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    if (previous !== undefined && previous.type === 'PER' && span.type === 'PER' && span.start === previous.end + 1 && particles.has(words[previous.end]!)) {
      joined[joined.length - 1] = { start: previous.start, end: span.end, type: 'PER' };
    } else {
      joined.push(span);
    }
  }
  return joined;
}

/**
 * A person's name runs on over a generational suffix after it ("Donald Trump Jr.", "Martin Luther
 * King, Jr.", "Harry F. Byrd Sr.") and over a capitalised surname the tagger left out before one
 * ("L. Brent" of "L. Brent Bozell III"): without it a son is read as his father.
 */
export function withGenerationalSuffixes(spans: readonly TagSpan[], words: readonly string[]): TagSpan[] {
  const suffixes = generationalSuffixes();
  const taken = new Set(spans.map((span) => span.start));
  const extended: TagSpan[] = [];
  for (const span of spans) {
    if (span.type !== 'PER') {
      extended.push(span);
      continue;
    }
    let end = span.end;
    if (CAPITALISED_WORD.test(words[end] ?? '') && !taken.has(end) && suffixes.has(words[end + 1] ?? '')) end++;
    const comma = words[end] === ',' ? 1 : 0;
    if (suffixes.has(words[end + comma] ?? '')) end += comma + 1;
    extended.push(end === span.end ? span : { ...span, end });
  }
  // A suffix the tagger took for a name of its own ("Jr." of "King, Jr.") goes with the name it now ends.
  return extended.filter((span, k) => k === 0 || span.start >= extended[k - 1]!.end);
}

/** The generational suffix a person's name ends with, lower case without its dot ("jr" of "Donald Trump Jr."), or null. */
export function generationOf(name: string): string | null {
  const last = name.split(/[\s,]+/u).filter(Boolean).at(-1) ?? '';
  return generationalSuffixes().has(last) ? last.toLowerCase().replace(/\.$/u, '') : null;
}

/** One romanised syllable, capitalised ("Lee", "Jong") and in lower case ("myung", "un"): five letters at most. */
const CAPITALISED_SYLLABLE = /^\p{Lu}\p{Ll}{1,4}$/u;
const LOWER_CASE_SYLLABLE = /^\p{Ll}{1,5}$/u;

/**
 * A person's name runs on over a hyphenated word right after it: a given name the tagger read as a
 * name of its own ("Lee Jae-myung", "Moon Jae-in"), or a surname with its particle, tagged apart
 * or not at all ("Mohammed Shia al-Sudani").
 */
export function withHyphenatedNameParts(spans: readonly TagSpan[], words: readonly string[]): TagSpan[] {
  const particles = nameParticles();
  const parts = (word: string) => {
    const [head, tail, ...rest] = word.split('-');
    return rest.length > 0 || tail === undefined ? undefined : { head: head!, tail };
  };
  // "al-Sudani": a particle and a capitalised surname.
  const isParticleSurname = (word: string) => {
    const split = parts(word);
    return split !== undefined && particles.has(split.head) && /^\p{Lu}\p{Ll}+$/u.test(split.tail);
  };
  // "Jae-myung": a capitalised syllable and a lower-case one, which the tagger read as a name
  // (untagged, it is as often a compound: "a Graham-type", "Bush-spent").
  const isNamePart = (word: string) => {
    const split = parts(word);
    return isParticleSurname(word) || (split !== undefined && /^\p{Lu}\p{Ll}+$/u.test(split.head) && /^\p{Ll}+$/u.test(split.tail));
  };
  const isSyllablePair = (word: string) => {
    const split = parts(word);
    return split !== undefined && CAPITALISED_SYLLABLE.test(split.head) && LOWER_CASE_SYLLABLE.test(split.tail);
  };
  const joined: TagSpan[] = [];
  for (const span of spans) {
    const previous = joined.at(-1);
    // The part tagged as a name of its own goes into the person's.
    if (previous !== undefined && previous.type === 'PER' && span.start === previous.end && span.end === span.start + 1 && isNamePart(words[span.start]!)) {
      joined[joined.length - 1] = { ...previous, end: span.end };
      continue;
    }
    // An untagged part after the person's name runs it on: a surname's particle ("al-Sudani"), or
    // a hyphenated given name of two syllables after a one-syllable surname ("Lee Jae-myung",
    // "Kim Jong-un"), the way Korean names are written in English.
    const next = words[span.end] ?? '';
    const runsOn = isParticleSurname(next) || (CAPITALISED_SYLLABLE.test(words[span.end - 1]!) && isSyllablePair(next));
    joined.push(span.type === 'PER' && runsOn && !spans.some((other) => other.start === span.end) ? { ...span, end: span.end + 1 } : span);
  }
  return joined;
}

/** Words that join the names of a list ("Macron and Merz", "Scholz, Macron and Meloni"). */
const LIST_JOINERS = new Set(['and', ',', 'or', '&']);
const CAPITALISED_WORD = /^\p{Lu}[\p{Ll}'’-]+$/u;

/**
 * "including Macron and Merz": a lone capitalised word joined in a list to a one-word person name
 * the tagger found is a person too. Conjuncts share their type; a tagger that reads words one
 * context at a time misses a surname it saw rarely next to one it knows.
 */
export function withListedSurnames(spans: readonly TagSpan[], words: readonly string[]): TagSpan[] {
  const tagged = new Set<number>();
  for (const span of spans) for (let i = span.start; i < span.end; i++) tagged.add(i);
  const persons = spans.filter((span) => span.type === 'PER' && span.end - span.start === 1);
  const added: TagSpan[] = [];
  const isLoneCapitalised = (i: number) => i > 0 && !tagged.has(i) && CAPITALISED_WORD.test(words[i] ?? '') && !tagged.has(i - 1) && !tagged.has(i + 1) && !CAPITALISED_WORD.test(words[i - 1] ?? '') && !CAPITALISED_WORD.test(words[i + 1] ?? '');
  for (const person of persons) {
    // The word two before the name, or two after it, with a joiner between.
    for (const [i, joiner] of [[person.start - 2, person.start - 1], [person.end + 1, person.end]] as const) {
      if (LIST_JOINERS.has(words[joiner] ?? '') && isLoneCapitalised(i) && !added.some((span) => span.start === i)) {
        added.push({ start: i, end: i + 1, type: 'PER' });
        tagged.add(i);
      }
    }
  }
  return added.length === 0 ? [...spans] : [...spans, ...added].sort((a, b) => a.start - b.start);
}

/** A word in lower case only ("said", "and", "the"), or punctuation between words (",", "—"). */
const NOT_NAME_END = /^(?:\p{Ll}[\p{Ll}'’-]*|[,;:—–-]+)$/u;

/**
 * A name ends on a word that can end one: the tagger sometimes runs a span on over the words
 * after it ("Ryan —", "Trump said at", "Eric is"), and a name never ends in a lower-case word or
 * a comma. Not an organisation's: the actors stage mends an organisation that ran over at both
 * ends, the capitalised words the tagger cut from its start included
 * (`withOverrunOrganisationsMended`: "the Norwegian Fishermen's Association said the").
 */
export function withoutRunOnWords(spans: readonly TagSpan[], words: readonly string[]): TagSpan[] {
  return spans.map((span) => {
    if (span.type === 'ORG') return span;
    let end = span.end;
    while (end - 1 > span.start && NOT_NAME_END.test(words[end - 1]!)) end--;
    return end === span.end ? span : { ...span, end };
  });
}

/** The `names` layer: every name the tagger finds, typed, in text order. */
export const nameAnnotator: Annotator<'names'> = {
  name: 'names',
  requires: ['tokens'],
  assigns: 'names',
  englishOnly: true,
  annotate({ article, layers }) {
    const text = article.text;
    const tokenLayer = layers.tokens!;
    const sentenceOf = ([first, last]: readonly [number, number]) => nerSentence(tokenLayer, first, last);
    // Only the words of every sentence are held while tagging; a sentence's offsets are read
    // again for the few sentences that have a name, so that a long article's are never all held.
    const tagged = tagTokens(tokenLayer.sentenceTokens.map((tokens) => sentenceOf(tokens).texts));
    return tagged.flatMap((tagSpans, s) => {
      if (tagSpans.length === 0) return [];
      const { texts, starts, ends } = sentenceOf(tokenLayer.sentenceTokens[s]!);
      return withoutRunOnWords(withGenerationalSuffixes(withHyphenatedNameParts(joinParticles(withListedSurnames(tagSpans, texts), texts), texts), texts), texts).map((entitySpan): NameMention => ({
        ...span(text, starts[entitySpan.start]!, ends[entitySpan.end - 1]!),
        type: contractType(entitySpan, texts),
      }));
    });
  },
};
