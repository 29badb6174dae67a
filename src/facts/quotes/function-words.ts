/** Function words the quotes stage reads by their role (data/quotes/function-words.json): clause marks and breaks, a title's small words, forms of "do", indefinite openers. */
import { wordSetsResource } from '../../resources.js';
import type { Word } from '../words.js';

const data = wordSetsResource('quote function words', 'quotes/function-words.json', [
  'clauseMarks', 'clauseBreaks', 'titleSmallWords', 'doForms', 'indefiniteOpeners', 'questionWords',
]);

/** Whether `word` opens a clause of what was said or thought ("that", "whether"). */
export const isClauseMark = (word: Word): boolean => data().clauseMarks.has(word.lower);

/** Whether `word`, after a comma, starts a clause that is no longer the reported one ("but", "while"). */
export const isClauseBreak = (word: Word): boolean => data().clauseBreaks.has(word.lower);

/** Whether `word` is a small word a title may leave in lower case ("Meet the Press"). */
export const isTitleSmallWord = (word: Word): boolean => data().titleSmallWords.has(word.lower);

/** Whether `word` is a form of "do" that stands for a verb ("as did Clinton"). */
export const isDoForm = (word: Word): boolean => data().doForms.has(word.lower);

/** Whether `word` opens an indefinite description of someone ("a", "another"). */
export const isIndefiniteOpener = (word: Word): boolean => data().indefiniteOpeners.has(word.lower);

/** Whether `word` opens an indirect question ("how", "why"), a clause of what was asked or told. */
export const isQuestionWord = (word: Word): boolean => data().questionWords.has(word.lower);
