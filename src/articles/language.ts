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
  const sample = text.slice(0, SAMPLE_CHARS);
  const byScript = languageOfScript(sample, declared);
  if (byScript) return byScript;
  if (text.length < MIN_DETECT_CHARS) return declared;
  const { clearShare, minShare } = englishWords();
  const share = englishShare(sample);
  if (share >= clearShare) return 'en';
  const code = franc(sample);
  if (code === 'und') return declared;
  const language = iso6393To1[code] ?? code;
  // A short English text full of names can read as Dutch to franc; its function words say otherwise.
  return language !== 'en' && share >= minShare ? 'en' : language;
}

const ScriptLanguagesSchema = Type.Object({
  scripts: Type.Array(Type.Object({ scripts: Strings, language: Type.String(), minShare: Type.Number(), declared: Strings })),
});

/** data/script-languages.json, each entry's scripts compiled into one pattern of their letters. */
const scriptLanguages = resource('script languages', (data) =>
  data.json('script-languages.json', ScriptLanguagesSchema).scripts.map((entry) => ({
    ...entry,
    letters: new RegExp(`[${entry.scripts.map((script) => `\\p{sc=${script}}`).join('')}]`, 'gu'),
  })),
);

/**
 * The language a text's script alone names (Thai letters are Thai; kana are Japanese), or null
 * for the scripts many languages share. Reliable on short texts, where franc is not.
 */
function languageOfScript(sample: string, declared: string | null): string | null {
  const letters = sample.match(/\p{L}/gu)?.length ?? 0;
  if (letters === 0) return null;
  for (const entry of scriptLanguages()) {
    const count = sample.match(entry.letters)?.length ?? 0;
    if (count / letters < entry.minShare) continue;
    return declared !== null && entry.declared.includes(declared) ? declared : entry.language;
  }
  return null;
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
