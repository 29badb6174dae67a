import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';
import { lazy, loadDataJson } from '../resources.js';

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
  const code = franc(sample);
  if (code === 'und') return declared;
  const language = iso6393To1[code] ?? code;
  // A short English text full of names can read as Dutch to franc; its function words say otherwise.
  return language !== 'en' && readsAsEnglish(sample) ? 'en' : language;
}

const englishWords = lazy(() => {
  const data = loadDataJson<{ minShare: number; words: string[] }>('english-function-words.json');
  return { minShare: data.minShare, words: new Set(data.words) };
});

/** Whether enough of a text's words are English function words (data/english-function-words.json). */
function readsAsEnglish(text: string): boolean {
  const words = text.toLowerCase().match(/\p{L}+/gu) ?? [];
  if (words.length === 0) return false;
  const { minShare, words: functionWords } = englishWords();
  return words.filter((word) => functionWords.has(word)).length / words.length >= minShare;
}
