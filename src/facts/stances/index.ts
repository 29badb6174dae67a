/**
 * The stances stage: where each side stands on an issue (support, oppose, demand, reject), from
 * stance verbs and their objects ("backed the plan", "called for a ceasefire"), abstract objects
 * ("stressed the importance of a ceasefire"), and reported refusals ("Moscow said NATO troops
 * would not be deployed": Moscow rejects NATO troops). A stance is `changed` when its sentence
 * says the position moved ("previously supported ..., later adopted ...").
 */
import type { Quote, Stance } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import Type from 'typebox';
import { resource, Strings } from '../../resources.js';
import { ActorIndex, factInputs, actorsBefore, entityIds, subjectEnd } from '../arguments.js';
import { wordAt, type Word } from '../words.js';

type Polarity = Stance['polarity'];
const PolarityRecord = Type.Record(Type.String(), Type.Union([Type.Literal('support'), Type.Literal('oppose'), Type.Literal('demand'), Type.Literal('reject')]));

const CueSchema = Type.Object({
  verbs: PolarityRecord,
  abstractObjects: PolarityRecord,
  wrappers: Strings,
  changes: Strings,
  negatedModals: Strings,
});

const cues = resource('stance cues', (data) => {
  const raw = data.json('stances/cues.json', CueSchema);
  const phrases = (list: readonly string[]) => list.map((phrase) => phrase.split(' '));
  const verbs = new Map(Object.entries(raw.verbs));
  const abstractObjects = new Map(Object.entries(raw.abstractObjects));
  return {
    verbs,
    abstractObjects,
    /** First words of the two-word cues, so most words need no pair looked up. */
    pairStarts: new Set([...verbs.keys(), ...abstractObjects.keys()].filter((cue) => cue.includes(' ')).map((cue) => cue.split(' ')[0]!)),
    /** Every word a cue starts with, so the words that start none are passed over at once. */
    firstWords: new Set([...verbs.keys(), ...abstractObjects.keys()].map((cue) => cue.split(' ')[0]!)),
    // Longest first, so "the idea of" is stripped before "the".
    wrappers: phrases(raw.wrappers).sort((a, b) => b.length - a.length),
    changes: phrases(raw.changes),
    negatedModals: phrases(raw.negatedModals),
  };
});

/** Words that end an issue phrase. */
const ISSUE_ENDS = new Set([',', ';', ':', '.', 'before', 'as', 'while', 'but', 'because', 'and', 'that', 'which', 'who', 'if', 'when', 'after', 'until', '“', '”', '"']);
const MAX_ISSUE_WORDS = 8;

/** Whether the words at `at` spell `phrase`. */
const spells = (words: readonly Word[], at: number, phrase: readonly string[]) => phrase.every((part, k) => words[at + k]?.lower === part);

export const stanceAnnotator: Annotator<'stances'> = {
  name: 'stances',
  requires: ['tokens', 'sentences', 'entities', 'quotes'],
  assigns: 'stances',
  englishOnly: true,
  annotate(doc) {
    const { layers } = doc;
    const { text, sentences, words, actors } = factInputs(doc);
    const stances: Stance[] = [];
    const add = (holder: string[], issue: string | null, polarity: Polarity, sentence: readonly [number, number], changed: () => boolean, rule: string) => {
      if (holder.length === 0 || issue === null) return;
      if (stances.some((other) => other.evidence.start === sentence[0] && other.issue === issue && other.polarity === polarity)) return;
      stances.push({ id: `s${stances.length + 1}`, holder, issue, polarity, changed: changed(), evidence: span(text, sentence[0], sentence[1]), rule });
    };

    sentences.forEach((sentence) => {
      const start = wordAt(words, sentence[0]);
      const end = wordAt(words, sentence[1]);
      let changedCache: boolean | undefined;
      const changed = () => (changedCache ??= words.slice(start, end).some((_, k) => cues().changes.some((phrase) => spells(words, start + k, phrase))));
      const holderOf = (verb: number) => {
        const subjectStop = subjectEnd(words, verb);
        // "urged Trump to insist on a ceasefire", "rushed to Washington to support Zelenskiy", "and
        // openly expressing support": the sentence's subject holds it.
        if (['to', 'and'].includes(words[subjectStop - 1]?.lower ?? '')) return entityIds(mainSubject(actors, words, start, end));
        return entityIds(actorsBefore(actors, words, subjectStop, start));
      };
      const { firstWords } = cues();
      for (let i = start; i < end; i++) {
        if (!firstWords.has(words[i]!.lower)) continue;
        const pair = cues().pairStarts.has(words[i]!.lower) ? `${words[i]!.lower} ${words[i + 1]?.lower ?? ''}` : undefined;
        const pairPolarity = pair === undefined ? undefined : cues().verbs.get(pair);
        const verbPolarity = pairPolarity ?? (words[i]!.pos === 'VERB' ? cues().verbs.get(words[i]!.lower) : undefined);
        if (verbPolarity !== undefined) {
          const objectStart = pairPolarity !== undefined ? i + 2 : i + 1;
          add(holderOf(i), issueAt(words, actors, objectStart, end), verbPolarity, sentence, changed, `verb:${pair !== undefined && pairPolarity !== undefined ? pair : words[i]!.lower}`);
          continue;
        }
        const abstract = pair === undefined ? undefined : cues().abstractObjects.get(pair);
        if (abstract !== undefined) {
          const verb = governingVerb(words, i, start);
          if (verb !== undefined) add(holderOf(verb), issueAt(words, actors, i + 2, end), abstract, sentence, changed, `abstract-object:${pair!}`);
        }
      }
    });

    for (const quote of layers.quotes ?? []) rejectionIn(quote);
    /** "NATO troops would not be deployed", reported by a speaker: the speaker rejects NATO troops. */
    function rejectionIn(quote: Quote) {
      if (quote.kind === 'direct' || quote.speaker?.entity == null) return;
      const first = wordAt(words, quote.start);
      const last = wordAt(words, quote.end);
      for (let i = first + 1; i < last && i - first <= MAX_ISSUE_WORDS; i++) {
        if (!cues().negatedModals.some((phrase) => spells(words, i, phrase))) continue;
        const sentence = sentences[words[i]!.sentence]!;
        add([quote.speaker.entity], stripWrappers(words, first, i), 'reject', sentence, () => false, 'reported-negated-modal');
        return;
      }
    }
    return stances;
  },
};

/** The issue an object phrase names: "the idea of a ceasefire" -> "ceasefire", "Zelenskiy" -> the entity's name. */
function issueAt(words: readonly Word[], actors: ActorIndex, from: number, end: number): string | null {
  // "refused to answer questions": an act, for the events layer, not an issue.
  if (words[from]?.lower === 'to') return null;
  const mention = actors.startingAt(from) ?? (words[from]?.lower === 'the' ? actors.startingAt(from + 1) : undefined);
  if (mention !== undefined && actors.isActor(mention) && (ISSUE_ENDS.has(words[mention.last + 1]?.lower ?? '.') || mention.last + 1 >= end)) return mention.entity.name;
  let stop = from;
  while (stop < end && stop - from < MAX_ISSUE_WORDS && !ISSUE_ENDS.has(words[stop]!.lower)) stop++;
  return stripWrappers(words, from, stop);
}

/** Words `[from, to)` without the wrappers before the issue ("the idea of a"); null when nothing is left. */
function stripWrappers(words: readonly Word[], from: number, to: number): string | null {
  let i = from;
  for (let stripped = true; stripped && i < to;) {
    stripped = false;
    for (const wrapper of cues().wrappers) {
      if (i + wrapper.length < to && spells(words, i, wrapper)) {
        i += wrapper.length;
        stripped = true;
        break;
      }
    }
  }
  if (i >= to) return null;
  const phrase = words.slice(i, to).map((word, k, all) => (k > 0 && all[k - 1]!.end === word.start ? '' : ' ') + word.text).join('').trim();
  return phrase.length > 1 ? phrase : null;
}

/** The verb an abstract object belongs to ("reiterated the importance of"), within a few words before it. */
function governingVerb(words: readonly Word[], at: number, floor: number): number | undefined {
  for (let i = at - 1; i >= floor && at - i <= 4; i--) if (words[i]!.pos === 'VERB') return i;
  return undefined;
}


/** The subject of a sentence's first verb. */
function mainSubject(actors: ActorIndex, words: readonly Word[], start: number, end: number) {
  for (let i = start; i < end; i++) if (words[i]!.pos === 'VERB') return actorsBefore(actors, words, subjectEnd(words, i), start);
  return [];
}
