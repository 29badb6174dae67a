/**
 * An event's status from the words before its trigger (and hedges right after it), with the
 * cue lists of data/events/status.json: denied, refused, hypothetical, proposed, planned,
 * ongoing, else occurred. An event coded as a rejection is refused.
 */
import type { EventStatus } from '../../document/contract.js';
import { lazy, loadDataJson } from '../../resources.js';
import type { Word } from '../words.js';

interface StatusData {
  readonly negations: readonly string[];
  readonly futureModals: readonly string[];
  readonly denials: readonly string[];
  readonly hypothetical: readonly string[];
  readonly proposed: readonly string[];
  readonly planned: readonly string[];
  readonly ongoing: readonly string[];
  readonly progressive: readonly string[];
  readonly hedgesAfter: readonly string[];
}

/** One- and two-word cues: two-word ones by their first word, so most words need no pair built. */
interface CueSet {
  readonly singles: ReadonlySet<string>;
  readonly pairs: ReadonlyMap<string, ReadonlySet<string>>;
}

const cues = lazy(() => {
  const raw = loadDataJson<StatusData>('events/status.json');
  const set = (list: readonly string[]): CueSet => {
    const pairs = new Map<string, Set<string>>();
    for (const cue of list.filter((item) => item.includes(' '))) {
      const [first, second] = cue.split(' ') as [string, string];
      pairs.set(first, (pairs.get(first) ?? new Set()).add(second));
    }
    return { singles: new Set(list.filter((item) => !item.includes(' '))), pairs };
  };
  return {
    negations: set(raw.negations), futureModals: set(raw.futureModals), denials: set(raw.denials),
    hypothetical: set(raw.hypothetical), proposed: set(raw.proposed), planned: set(raw.planned),
    ongoing: set(raw.ongoing), progressive: set(raw.progressive), hedgesAfter: set(raw.hedgesAfter),
  };
});

/** How far back from the trigger the governing words are looked for ("hope that the talks would lead to ..."). */
const WINDOW_BEFORE = 10;
const WINDOW_AFTER = 6;
const NEGATION_REACH = 3;
/** Words that open a condition. */
const CONDITIONS = new Set(['if', 'unless']);

/** Whether a one- or two-word cue from `set` starts at word `i`. */
function cueAt(words: readonly Word[], i: number, set: CueSet): boolean {
  const word = words[i]!.lower;
  if (set.singles.has(word)) return true;
  const next = words[i + 1];
  return next !== undefined && set.pairs.get(word)?.has(next.lower) === true;
}

export interface StatusInput {
  readonly words: readonly Word[];
  readonly trigger: number;
  readonly last: number;
  /** First word of the trigger's sentence. */
  readonly sentenceStart: number;
  readonly sentenceEnd: number;
  readonly plover: string;
  /** Whether the event's time lies after the article's publication. */
  readonly future: boolean;
  /** Whether the trigger is an event noun, whose verb may follow it ("Talks will resume"). */
  readonly nominal: boolean;
}

export function statusOf({ words, trigger, last, sentenceStart, sentenceEnd, plover, future, nominal }: StatusInput): EventStatus {
  if (plover === 'REJECT') return 'refused';
  const { negations, futureModals, denials, hypothetical, proposed, planned, ongoing, progressive, hedgesAfter } = cues();
  const from = Math.max(sentenceStart, trigger - WINDOW_BEFORE);
  const before: number[] = [];
  for (let i = trigger - 1; i >= from; i--) {
    // A sentence's earlier clause ("While X previously supported ..., he later ...") does not govern this one.
    if (words[i]!.text === ';' || (words[i]!.text === ',' && before.length > 3)) break;
    before.push(i);
  }
  const any = (set: CueSet) => before.some((i) => cueAt(words, i, set));
  const near = before.slice(0, NEGATION_REACH + 1);
  if (near.some((i) => cueAt(words, i, negations))) {
    return before.slice(0, NEGATION_REACH + 2).some((i) => futureModals.singles.has(words[i]!.lower)) ? 'refused' : 'denied';
  }
  if (any(denials)) return 'denied';
  const after = words.slice(last + 1, Math.min(sentenceEnd, last + 1 + WINDOW_AFTER));
  // "would strike ... if Tehran resumed": a condition after the event makes it hypothetical too.
  if (any(hypothetical) || after.some((word) => CONDITIONS.has(word.lower))) return 'hypothetical';
  if (any(proposed) || after.some((word) => hedgesAfter.singles.has(word.lower))) return 'proposed';
  const plannedAfter = nominal && after.some((word, k) => cueAt(words, last + 1 + k, planned));
  if (any(planned) || plannedAfter || future) return 'planned';
  const previous = words[trigger - 1];
  if (any(ongoing) || (previous !== undefined && progressive.singles.has(previous.lower) && previous.lower !== 'was' && previous.lower !== 'were' && words[trigger]!.lower.endsWith('ing'))) return 'ongoing';
  return 'occurred';
}
