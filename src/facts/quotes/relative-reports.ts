/**
 * A report inside a relative clause whose pronoun stands for what was said: "the fee, which the
 * mayor said was too high", "a plan that officials say will cut costs". The parser often reads
 * such a cue as a modifier of the noun, so the words are read instead: a relative pronoun, a short
 * subject with no verb, the cue, and a verb right after it. What was said is the clause from
 * that verb on (PolNeAR's content is the pronoun and that clause).
 */
import { isPunctuation } from '../words.js';
import { clauseEnd } from './clause-end.js';
import type { QuoteContext } from './context.js';
import { cueAt } from './cues.js';
import type { DraftList } from './drafts.js';
import { isQuoteMark } from './marks.js';
import { subjectBefore } from './speaker.js';

const RELATIVE_PRONOUNS = new Set(['which', 'that']);
/** The most words of the subject between the pronoun and the cue ("the state's top election official"). */
const MAX_SUBJECT_WORDS = 5;
const MIN_CLAUSE_WORDS = 3;
const SUBJECT_TAGS = new Set(['PRON', 'NOUN', 'PROPN', 'DET', 'ADJ', 'NUM', 'PART']);

/** Adds the report of every cue in such a relative clause that no quote took. */
export function addRelativeReports(c: QuoteContext, drafts: DraftList): void {
  const { text, words, mentions, inQuote } = c;
  words.forEach((pronoun, index) => {
    if (!RELATIVE_PRONOUNS.has(pronoun.lower) || inQuote(pronoun.start)) return;
    let cue = index + 1;
    while (cue <= index + MAX_SUBJECT_WORDS && words[cue]?.sentence === pronoun.sentence && SUBJECT_TAGS.has(words[cue]!.pos) && cueAt(words, cue) === undefined) cue++;
    if (cue === index + 1 || words[cue]?.sentence !== pronoun.sentence || drafts.usedCues.has(cue) || cueAt(words, cue) === undefined) return;
    // "which he said was", "that they say will": the reported clause's verb right after the cue.
    const verb = words[cue + 1];
    if (verb === undefined || verb.sentence !== pronoun.sentence || (verb.pos !== 'AUX' && verb.pos !== 'VERB')) return;
    const speaker = subjectBefore(text, words, mentions, cue);
    if (speaker === null || speaker.start < pronoun.end) return;
    const from = cue + 1;
    const limit = clauseEnd(c, from, pronoun.sentence);
    let to = from;
    while (words[to + 1] !== undefined && words[to + 1]!.sentence === pronoun.sentence && words[to + 1]!.end <= limit && words[to + 1]!.text !== ',') to++;
    while (to > from && (isPunctuation(words[to]) || isQuoteMark(words[to]))) to--;
    if (words.slice(from, to + 1).filter((word) => !isPunctuation(word)).length < MIN_CLAUSE_WORDS) return;
    const start = words[from]!.start;
    const end = words[to]!.end;
    if (drafts.overlaps(start, end)) return;
    drafts.addReported(start, end, cue, speaker, 'reported:relative-clause');
  });
}
