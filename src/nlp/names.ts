/**
 * The `names` layer: named entities found by the trained tagger (src/nlp/ner), typed as the
 * output contract wants (PERSON, ORG, GPE, LOC, NORP, MISC). The actors stage
 * (src/facts/actors) turns these mentions into entities.
 */
import type { EntityType } from '../document/contract.js';
import { span, type Annotator, type NameMention, type TokenLayer } from '../document/doc.js';
import { lazy, loadDataJson } from '../resources.js';
import type { TagSpan } from './ner/tags.js';
import { nerResources, tagTokens } from './ner/tagger.js';

interface EntityTypeRules {
  readonly gpeLists: readonly string[];
  readonly norpLists: readonly string[];
  readonly nameParticles: readonly string[];
  /** Characters the training data never used, mapped to the ones it did (curly quotes). */
  readonly tokenForms: Record<string, string>;
}

const rules = lazy(() => loadDataJson<EntityTypeRules>('ner/entity-types.json'));
/** `tokenForms` as a Map: looked up by every token, some of which are named like Object members ("constructor"). */
const tokenForms = lazy(() => new Map(Object.entries(rules().tokenForms)));
const nameParticles = lazy(() => new Set(rules().nameParticles));

/** A token as the tagger sees it, and the characters of `article.text` it covers. */
interface NerToken {
  readonly text: string;
  readonly start: number;
  readonly end: number;
}

const isSpace = (text: string) => text.trim() === '';

/**
 * The tagger's tokens for one sentence: wink's tokens without whitespace, with hyphenated
 * compounds joined ("Bosnia-Herzegovina", "U.S.-backed") as CoNLL-2003 tokenised them, and
 * typographic quotes written as the training text wrote them.
 */
function nerTokens(layer: TokenLayer, first: number, last: number): NerToken[] {
  const forms = tokenForms();
  const tokens: NerToken[] = [];
  for (let index = first; index <= last; index++) {
    const [start, end] = layer.tokens[index]!;
    const raw = layer.texts[index]!;
    if (isSpace(raw)) continue;
    const previous = tokens.at(-1);
    const adjacent = previous !== undefined && previous.end === start;
    const hyphenAfterWord = adjacent && raw === '-' && /\w$/.test(previous.text);
    const wordAfterHyphen = adjacent && previous.text.endsWith('-') && /^\w/.test(raw);
    if (previous !== undefined && (hyphenAfterWord || wordAfterHyphen)) {
      tokens[tokens.length - 1] = { text: previous.text + raw, start: previous.start, end };
      continue;
    }
    tokens.push({ text: forms.get(raw) ?? raw, start, end });
  }
  // A hyphen left dangling at the end of a join ("well-" before a space) is its own token again.
  const dangling = (token: NerToken) => token.text.endsWith('-') && /\w-$/.test(token.text);
  if (!tokens.some(dangling)) return tokens;
  const split: NerToken[] = [];
  for (const token of tokens) {
    if (dangling(token)) {
      split.push({ text: token.text.slice(0, -1), start: token.start, end: token.end - 1 }, { text: '-', start: token.end - 1, end: token.end });
    } else {
      split.push(token);
    }
  }
  return split;
}

/** The tokens of each sentence: the sentence's token range from the tokens layer. */
function sentenceTokens(layer: TokenLayer): NerToken[][] {
  return layer.sentenceTokens.map(([first, last]) => nerTokens(layer, first, last));
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

/** The `names` layer: every name the tagger finds, typed, in text order. */
export const nameAnnotator: Annotator<'names'> = {
  name: 'names',
  requires: ['tokens'],
  assigns: 'names',
  englishOnly: true,
  annotate({ article, layers }) {
    const text = article.text;
    const sentences = sentenceTokens(layers.tokens!);
    const sentenceWords = sentences.map((tokens) => tokens.map((token) => token.text));
    const tagged = tagTokens(sentenceWords);
    return tagged.flatMap((tagSpans, s) => {
      const tokens = sentences[s]!;
      const words = sentenceWords[s]!;
      return joinParticles(tagSpans, words).map((entitySpan): NameMention => ({
        ...span(text, tokens[entitySpan.start]!.start, tokens[entitySpan.end - 1]!.end),
        type: contractType(entitySpan, words),
      }));
    });
  },
};
