import { franc } from 'franc-min';
import { iso6393To1 } from 'iso-639-3';

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
  const code = franc(text.slice(0, SAMPLE_CHARS));
  if (code === 'und') return declared;
  return iso6393To1[code] ?? code;
}
