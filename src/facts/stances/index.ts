/**
 * The stances stage: where each side stands on an issue (support, oppose, demand, reject), from
 * - stance verbs and their objects ("backed the plan", "called for a ceasefire"), negated ("does
 *   not support the plan": rejects it) and passive ("a deal rejected by Congress");
 * - stance nouns ("her opposition to the wall", "Albright, a Clinton supporter") and predicates
 *   ("is opposed to", "has been critical of", "in favour of");
 * - abstract objects ("stressed the importance of a ceasefire");
 * - support or opposition received ("won the endorsement of the union", "passed the House over
 *   veto threats from the White House") and goals ("the GOP's top goal was to ...");
 * - quoted positions: a speaker's "we should ..." ("We should not be focusing on Syria"), a duty
 *   the speaker puts on a named thing ("Judges should avoid ..."), a wish ("I would like to see");
 * - wishes told of a holder outside a quote ("Doe wants to see the levy repealed", wishes.ts);
 * - verdicts in quotes on an act or policy ("Taking these people is insanity": the speaker opposes it),
 *   and faults a remark shows ("said her comments showed “a lack of respect”");
 * - groups named for a person ("the head of Sikh Americans for Trump" supports Trump);
 * - words with a stance prefix ("Rubio is fiercely anti-Castro", "Trump's pro-Russian stance");
 * - reported refusals ("Moscow said NATO troops would not be deployed": Moscow rejects NATO troops;
 *   "said companies should not be allowed to drill": the speaker opposes their being allowed to);
 * - a stance verb in a title-case headline the name finder took into one name ("Smith Endorses
 *   Jones", headline.ts), and a headline's stance held by a description, given the article's main
 *   actor where the body tells it again with that actor (told-again.ts).
 * A stance is `changed` when its own clause says the position moved ("previously supported ...",
 * "reversed her support for ..."). The cues are data/stances/cues.json, the closed word classes
 * data/stances/grammar-words.json; the readers, one family per file, are composed in readers.ts.
 * A verb's holder is its subject in the parse (read with the word rules inside the subject
 * phrase), its issue starts at its object or complement there, its negation and modality are its
 * own auxiliaries and adverbs, and a passive's holder is its `obl:agent`; the word rules stand in
 * where the parse gives none, and go first where the parser often hangs the verb on an apposition
 * ("Reich, a secretary of labor ... who has endorsed", "The senators -- Cruz, ... and Rubio --
 * all voted"; holders.ts).
 */
import type { Quote, Stance } from '../../document/contract.js';
import { span, type Annotator } from '../../document/doc.js';
import { auxiliariesOf, factInputs } from '../arguments.js';
import { wordAt } from '../words.js';
import type { Found, SentenceContext } from './context.js';
import { spells, stanceCues, stanceGrammarWords } from './cues.js';
import { StanceActors } from './groups.js';
import { sharingHolders } from './holders.js';
import { MAX_ISSUE_WORDS, readablePhrase } from './issue.js';
import { predicateStance } from './predicates.js';
import { passiveWithAct } from './quoted-positions.js';
import { stanceAt } from './readers.js';
import { toldAgain } from './told-again.js';

/** Relations by which a word opens a clause of its own, past which a change word is another clause's. */
const CLAUSE_BOUNDARIES = new Set(['root', 'conj', 'parataxis', 'advcl', 'ccomp', 'acl', 'csubj', 'list', 'appos']);
/** How many words up from a cue its clause is followed ("reversed her support for": one). */
const MAX_CLAUSE_STEPS = 3;

export const stanceAnnotator: Annotator<'stances'> = {
  name: 'stances',
  requires: ['tokens', 'sentences', 'entities', 'parse', 'quotes'],
  assigns: 'stances',
  englishOnly: true,
  annotate(doc) {
    const { layers } = doc;
    const { text, sentences, words, tree } = factInputs(doc);
    const actors = new StanceActors(layers.entities ?? [], words);
    const quotes = layers.quotes ?? [];
    const stances: Stance[] = [];
    const entityNames = new Map((layers.entities ?? []).map((entity) => [entity.id, entity.name]));
    const add = (found: Found | undefined, sentence: readonly [number, number], changed: () => boolean) => {
      if (found === undefined || found.holder.length === 0 || found.issue === null) return;
      const { issue, polarity, rule } = found;
      // "Ready to back Clinton, Obama works ...": a holder list that took in the issue's own name keeps the others.
      const holder = found.holder.length > 1 ? found.holder.filter((id) => entityNames.get(id) !== issue) : found.holder;
      // "escalated her criticism on Tuesday": a time is no issue.
      if (issue.split(' ').every((part) => stanceCues().timeWords.has(part.toLowerCase()) || /^\d/u.test(part))) return;
      // "Sanders voters ... unlikely to vote for him", read as Sanders voting for Sanders: nobody takes a side on themselves.
      if (holder.some((id) => entityNames.get(id) === issue)) return;
      // "mocked him for losing", with "him" read as the holder: nor on an act of their own named by their full name ("Donald Trump losing").
      if (holder.some((id) => issue.startsWith(`${entityNames.get(id)} `) && /^\p{Ll}+ing\b/u.test(issue.slice(entityNames.get(id)!.length + 1)))) return;
      if (stances.some((other) => other.evidence.start === sentence[0] && other.issue === issue && other.polarity === polarity)) return;
      stances.push({ id: `s${stances.length + 1}`, holder, issue, polarity, changed: found.changed ?? changed(), evidence: span(text, sentence[0], sentence[1]), rule });
    };

    // Stances of the first sentence (the headline, where the text keeps it) whose subject names nobody ("Pastor Wants ...").
    const unheld: Found[] = [];
    sentences.forEach((sentence, index) => {
      const start = wordAt(words, sentence[0]);
      const end = wordAt(words, sentence[1]);
      const context: SentenceContext = { words, actors, start, end, quotes, tree, entities: layers.entities ?? [] };
      // The words of each change phrase in the sentence, found the first time a stance asks.
      let changes: number[][] | undefined;
      const changedAt = (cue: number) => () => isChanged(cue, (changes ??= changeWords(start, end)));
      // "said he would end the levy, as did Ortiz": the names of a closing comparative share the stance.
      const withSharers = (found: Found | undefined, cue: number): Found | undefined => {
        if (found === undefined || found.holder.length === 0) return found;
        const sharers = sharingHolders(context, cue).filter((id) => !found.holder.includes(id));
        return sharers.length === 0 ? found : { ...found, holder: [...found.holder, ...sharers] };
      };
      for (let i = start; i < end; i++) {
        const predicate = predicateStance(context, i);
        if (predicate !== undefined) {
          add(withSharers(predicate.found, i), sentence, changedAt(i));
          i = predicate.next - 1;
          continue;
        }
        const found = stanceAt(context, i, layers.entities ?? []);
        if (index === 0 && found !== undefined && found.holder.length === 0 && found.rule.startsWith('verb:') && stated(i, start)) unheld.push(found);
        add(withSharers(found, i), sentence, changedAt(i));
      }
    });
    const headline = sentences[0];
    if (headline !== undefined) for (const found of unheld) add(toldAgain(found, stances.filter((stance) => stance.evidence.start >= headline[1]), layers.entities ?? []), headline, () => false);

    for (const quote of quotes) rejectionIn(quote);
    /** "NATO troops would not be deployed", reported by a speaker: the speaker rejects NATO troops. */
    function rejectionIn(quote: Quote) {
      if (quote.kind === 'direct' || quote.speaker?.entity == null) return;
      // "said that NATO troops would not ...": the clause's "that" is no part of what is rejected.
      const opening = wordAt(words, quote.start);
      const first = words[opening]?.lower === 'that' ? opening + 1 : opening;
      const last = wordAt(words, quote.end);
      for (let i = first + 1; i < last && i - first <= MAX_ISSUE_WORDS; i++) {
        // "Apple has stated it will not fund ...": a clause before the modal, not the thing rejected.
        if (words[i]!.pos === 'VERB') return;
        const modal = stanceCues().negatedModals.find((phrase) => spells(words, i, phrase));
        if (modal === undefined) continue;
        // "the choice could not be clearer": emphasis, no refusal.
        if (isEmphasis(i + modal.length)) return;
        // "if he wins he would not ...": a condition, not the thing rejected.
        if (stanceCues().conditions.has(words[first]!.lower)) return;
        const sentence = sentences[words[i]!.sentence]!;
        const passive = passiveWithAct(words, i + modal.length, wordAt(words, sentence[1]));
        if (passive !== undefined) {
          const who = readablePhrase(words, first, i, true);
          if (who !== null) add({ holder: [quote.speaker.entity], issue: `${who} ${passive}`, polarity: 'oppose', rule: 'reported-negated-modal:passive' }, sentence, () => false);
          return;
        }
        // "said Liberals could not take the suburbs for granted": a party that acts, not a thing rejected.
        const subject = actors.endingAt(i - 1);
        if (subject !== undefined && actors.isActor(subject)) return;
        // "vowed she and her aides would keep going": people named by a pronoun act too.
        const { thirdPersonSubjects, firstPersonSubjects } = stanceGrammarWords();
        if (thirdPersonSubjects.has(words[first]!.lower) || firstPersonSubjects.has(words[first]!.lower)) return;
        add({ holder: [quote.speaker.entity], issue: readablePhrase(words, first, i), polarity: 'reject', rule: 'reported-negated-modal' }, sentence, () => false);
        return;
      }
    }
    /**
     * Whether a change word ("no longer", "previously", "reversed") says the position of the cue
     * at `cue` moved: the word is the cue or a word it hangs on in its own clause ("reversed her
     * support for"), or depends on one of them ("no longer backs", "has previously opposed"). A
     * change in another clause or of another holder ("Doe no longer runs the party and Park
     * endorsed Ortiz", "previously said that ...") is not the cue's.
     */
    function isChanged(cue: number, changes: readonly number[][]): boolean {
      if (tree === null) return false;
      const clause: number[] = [];
      for (let node = cue, steps = 0; node >= 0 && steps <= MAX_CLAUSE_STEPS; node = tree.head(node), steps++) {
        clause.push(node);
        if (!CLAUSE_BOUNDARIES.has(tree.baseRelation(node))) continue;
        // "While Norway previously supported the quota, it later opposed any limit": the earlier
        // position told in an adverbial clause of the same holder's is what this one moved from.
        if (changes.some((parts) => parts.some((part) => earlierPositionOf(node, part)))) return true;
        // "previously opposed and now supports the levy", "reversed course and endorsed Park": a verb
        // that shares its subject with the one before it moves from that one's position, when the
        // two share the object too or the one before is itself a change.
        const before = tree.head(node);
        const shared = tree.relation(node) === 'conj' && tree.dependent(node, 'nsubj', 'nsubj:pass') < 0 && (tree.dependent(before, 'obj') < 0 || changes.some((parts) => parts.includes(before)));
        if (shared) clause.push(before);
        break;
      }
      return changes.some((parts) => parts.some((part) => clause.includes(part) || clause.includes(tree.head(part))));
    }
    /**
     * Whether change word `part` lies in an adverbial clause of clause head `head` whose subject is
     * the head's own or one its pronoun stands for ("While Norway previously supported ..., it
     * later opposed"), not another holder's ("While Doe previously supported ..., Park opposed").
     */
    function earlierPositionOf(head: number, part: number): boolean {
      if (tree === null) return false;
      const adverbial = tree.head(part);
      if (adverbial < 0 || tree.head(adverbial) !== head || tree.baseRelation(adverbial) !== 'advcl') return false;
      const own = tree.dependent(head, 'nsubj');
      const earlier = tree.dependent(adverbial, 'nsubj');
      return own >= 0 && earlier >= 0 && (words[own]!.pos === 'PRON' || words[own]!.lower === words[earlier]!.lower);
    }
    /** The words of each change phrase in words `[start, end)`. */
    function changeWords(start: number, end: number): number[][] {
      const found: number[][] = [];
      for (let k = start; k < end; k++) {
        const phrase = stanceCues().changes.find((change) => spells(words, k, change));
        if (phrase !== undefined) found.push(phrase.map((_, j) => k + j));
      }
      return found;
    }
    /**
     * Whether the verb at `cue` states a side: a word stands before it, its subject ("Campaign for
     * Trump says ...": a noun the tagger took for a verb has none), and no modal supposes it
     * ("reveals he might vote for": a side to come).
     */
    function stated(cue: number, start: number): boolean {
      const { hypotheticalModals, possibilityModals } = stanceCues();
      return cue > start && (tree === null || !auxiliariesOf(tree, words, cue).some((word) => hypotheticalModals.has(word.lower) || possibilityModals.has(word.lower)));
    }
    /** Whether the words at `at` are "be" and a comparative ("be clearer", "be more important"), which after a negated modal only stress. */
    function isEmphasis(at: number): boolean {
      if (words[at]?.lower !== 'be') return false;
      const next = words[at + 1];
      return next !== undefined && (stanceCues().comparatives.has(next.lower) || (next.pos === 'ADJ' && /er$/u.test(next.lower)));
    }
    return stances;
  },
};
