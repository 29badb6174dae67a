import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import Type from 'typebox';
import { resource, Strings, type DataFolder } from '../resources.js';

/** Shorter texts give franc too few trigrams to be trusted over what the page declares. */
const MIN_DETECT_CHARS = 120;
/** franc looks at this much text; more only costs time. */
const SAMPLE_CHARS = 1000;

/**
 * The article's language as a primary subtag (`en`). Detection from the text wins over the
 * page's declaration when there is enough text, since templates often declare `en` for all.
 */
export function detectLanguage(text: string, declared: string | null): string | null {
  if (text.length < MIN_DETECT_CHARS) return declared;
  const sample = text.slice(0, SAMPLE_CHARS);
  const { clearShare, minShare } = englishWords();
  const share = englishShare(sample);
  if (share >= clearShare) return 'en';
  const code = franc(sample);
  if (code === 'und') return declared;
  const language = iso6393To1[code] ?? code;
  // A short English text full of names can read as Dutch to franc; its function words say otherwise.
  return language !== 'en' && share >= minShare ? 'en' : language;
}

/** data/english-function-words.json: the words, and the shares of them that decide a text is English. */
export function readFunctionWords(folder: DataFolder): { clearShare: number; minShare: number; words: Set<string> } {
  const data = folder.json('english-function-words.json', Type.Object({ clearShare: Type.Number(), minShare: Type.Number(), words: Strings }));
  return { clearShare: data.clearShare, minShare: data.minShare, words: new Set(data.words) };
}

const englishWords = resource('English function words', readFunctionWords);

/** The share of a text's words that are English function words (data/english-function-words.json). */
function englishShare(text: string): number {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return 0;
  const functionWords = englishWords().words;
  return words.filter((word) => functionWords.has(word)).length / words.length;
}
