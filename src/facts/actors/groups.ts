/**
 * People named together as one group: "Smith and Jones", "Smith, Jones and Lee", "both Smith and
 * Jones", "Judge Smith and Judge Jones", "Smith and former governor Jones", "Smith (D-Ore.) and
 * Jones (R-Ohio)", "Smith and colleagues", "Smith et al.", "Rebecca and I".
 * English refers to such a group as "they" ("Smith and Jones said they would appeal"), or as
 * "we" when one of them speaks, which none of its members can be; so the coordination becomes an
 * entity of its own, a plural antecedent for pronoun resolution, while each name stays its
 * person's mention.
 * The same people named together again are the same group.
 *
 * Lists: data/actors/person-groups.json (the joining and opening words, the companions, the others).
 */
import Type from 'typebox';
import { span } from '../../document/doc.js';
import { resource, Strings } from '../../resources.js';
import { isPluralForm, type Word, wordAt } from '../words.js';
import { mentionOf, type Draft } from './draft.js';
import { describesPerson } from './nominals.js';

const groupWords = resource('person group words', (data) => {
  const counts = Type.Record(Type.String(), Type.Integer({ minimum: 2 }));
  const lists = data.json('actors/person-groups.json', Type.Object({ joiners: Strings, openers: Strings, companions: Strings, possessives: Strings, speaker: Strings, others: Type.Array(Strings), countedNouns: counts, countWords: counts }));
  return {
    joiners: new Set(lists.joiners), openers: new Set(lists.openers), companions: new Set(lists.companions), possessives: new Set(lists.possessives), speaker: new Set(lists.speaker), others: lists.others,
    countedNouns: new Map(Object.entries(lists.countedNouns)), countWords: new Map(Object.entries(lists.countWords)),
  };
});

/** The words that join the names of a group ("and", "&"), and those that may open one ("both"). */
export const groupJoiners = (): ReadonlySet<string> => groupWords().joiners;
export const groupOpeners = (): ReadonlySet<string> => groupWords().openers;

/** How many title words may stand between a joiner and the name after it ("and Judge Jones"). */
const TITLE_WORDS = 2;
/** How many words a description of a later member before their name may have ("and former state governor Ann Holm"). */
const MEMBER_DESCRIPTION_WORDS = 4;
/** Tags of a member's description's words ("former", "Maryland", "vice presidential candidate"). */
const MEMBER_DESCRIPTION_TAGS = new Set(['ADJ', 'NOUN', 'PROPN']);
/** How many words a bracket after a member's name may hold ("Smith (D-Ore.)", "Jones (R-Texas)"). */
const BRACKET_WORDS = 6;

/** A group found: its draft, the people named in it, and the words where the speaker's "I" is one of its members ("Rebecca and I"). */
export interface PersonGroup {
  readonly draft: Draft;
  readonly members: readonly Draft[];
  readonly speaker: number[];
}

/** Whether a draft is a group named by its members: of people, made here, or of other actors (subject-groups.ts). */
export function isNamedGroup(draft: Draft): boolean {
  return draft.antecedent.plural === true;
}

/** How many words a plural description of a group may run to, its head included ("the other two leading Chinese linguists"). */
const DESCRIPTION_WORDS = 6;
/** Parts of speech a plural description's words before its head may have: "two", "our substitute", "the Pirates' former". */
const DESCRIPTION_MODIFIERS = new Set(['DET', 'NUM', 'ADJ', 'NOUN', 'ADV', 'PRON', 'PART', 'PROPN']);

/** Whether word `i` is a plural noun for people ("brothers", "linguists", "appellants"). */
function pluralPersonNoun(words: readonly Word[], i: number): boolean {
  const word = words[i];
  return word !== undefined && word.pos === 'NOUN' && isPluralForm(word.lower) && describesPerson(word.lower);
}

/**
 * A plural description in apposition to the group at words `[start, end]`: before it ("two
 * brothers, Niklaus and Johann", "the appellants Chase and Chelsea Roe"; with a comma, only
 * when the group ends its clause: not "... drew supporters, Smith and Jones said") or after it
 * ("Luo and Li, the other two leading linguists"); `[first, head]` of the description, or null.
 */
function pluralDescription(words: readonly Word[], start: number, end: number): [number, number] | null {
  const sentence = words[start]!.sentence;
  const comma = words[start - 1]?.text === ',';
  const before = comma ? start - 2 : start - 1;
  const closes = (i: number) => words[i] === undefined || words[i]!.sentence !== sentence || words[i]!.pos === 'PUNCT';
  if (pluralPersonNoun(words, before) && words[before]!.sentence === sentence && (!comma || closes(end + 1))) {
    let first = before;
    while (first > before - DESCRIPTION_WORDS + 1 && words[first - 1]?.sentence === sentence && DESCRIPTION_MODIFIERS.has(words[first - 1]!.pos)) first--;
    // "the ... brothers" or "two brothers" or "our justices": a determiner, number or possessor opens it.
    if (words[first]!.pos === 'DET' || words[first]!.pos === 'NUM' || words[first]!.pos === 'PRON') return [first, before];
    return null;
  }
  if (words[end + 1]?.text !== ',') return null;
  const first = end + 2;
  if (words[first]?.sentence !== sentence || !(words[first]!.pos === 'DET' || words[first]!.pos === 'NUM' || words[first]!.pos === 'PRON')) return null;
  for (let head = first + 1; head < first + DESCRIPTION_WORDS && words[head]?.sentence === sentence; head++) {
    if (pluralPersonNoun(words, head) && words[head + 1]?.pos !== 'NOUN') return [first, head];
    if (!DESCRIPTION_MODIFIERS.has(words[head]!.pos)) return null;
  }
  return null;
}

/** How many sentences after a group's mention a description by its number of members may take it up ("the couple"). */
const COUNTED_SENTENCES = 2;

/**
 * A description at word `i` that tells a group of people by how many they are: "the couple",
 * "the pair" (not "the pair of shoes"), "the two men"; its last word and that number, or null.
 */
function countedDescription(words: readonly Word[], i: number): { last: number; count: number } | null {
  const { countedNouns, countWords } = groupWords();
  const next = words[i + 1];
  if (words[i]!.lower !== 'the' || next === undefined || next.sentence !== words[i]!.sentence) return null;
  const counted = countedNouns.get(next.lower);
  if (counted !== undefined && next.pos === 'NOUN' && words[i + 2]?.lower !== 'of') return { last: i + 1, count: counted };
  const number = countWords.get(next.lower);
  if (number !== undefined && words[i + 2]?.sentence === next.sentence && pluralPersonNoun(words, i + 2)) return { last: i + 2, count: number };
  return null;
}

/** A member of a group: a person's draft (null for companions and the speaker), its last word, and what tells it from the other members (the draft's index, the companion noun, "speaker"). */
interface Member {
  readonly draft: Draft | null;
  readonly last: number;
  readonly key: string;
}

/**
 * Finds the groups of people the text names together (`PersonGroup`), each with a draft whose
 * mentions span the coordination, a leading "both" included. Members are two or more different
 * people of `drafts`, in one sentence, joined by commas and a last joiner, or by a joiner alone
 * (past a short bracket after a name: "Smith (D-Ore.) and Jones"), a member after the joiner
 * maybe past a short description that ends on a noun for a kind of person ("and former governor Jones");
 * the last may be companions ("and colleagues", "and her co-authors") or the speaker ("and I").
 * `isTitle` tells the title words that may open a member's name outside its mention ("Judge").
 */
export function personGroups(text: string, words: readonly Word[], drafts: readonly Draft[], isTitle: (word: Word) => boolean): PersonGroup[] {
  const { joiners, openers, companions, possessives, speaker, others } = groupWords();
  // The last word of words that stand for the rest of a group ("et al.") from word `i`, or -1.
  const othersEnd = (i: number, sentence: number): number => {
    const found = others.find((phrase) => phrase.every((word, k) => words[i + k]?.lower === word && words[i + k]!.sentence === sentence));
    return found === undefined ? -1 : i + found.length - 1;
  };
  const order = new Map(drafts.map((draft, index) => [draft, index]));
  // Each person name's first word → its draft and its last word.
  const nameAt = new Map<number, Member>();
  for (const draft of drafts) {
    if (draft.type !== 'PERSON' || draft.cluster === null || isNamedGroup(draft)) continue;
    for (const mention of draft.mentions) {
      if (mention.kind === 'name') nameAt.set(wordAt(words, mention.start), { draft, last: wordAt(words, mention.end) - 1, key: String(order.get(draft)) });
    }
  }
  // The member that starts at word `i`, in sentence `sentence`: a name, past title words; after a
  // joiner (`last`) also companions or the speaker.
  const memberAt = (i: number, sentence: number, last: boolean): Member | undefined => {
    if (words[i]?.sentence !== sentence) return undefined;
    if (last && speaker.has(words[i]!.lower)) return { draft: null, last: i, key: 'speaker' };
    const noun = last && possessives.has(words[i]!.lower) ? i + 1 : i;
    if (last && words[noun]?.sentence === sentence && companions.has(words[noun]!.lower)) return { draft: null, last: noun, key: words[noun]!.lower };
    for (let k = i; k <= i + TITLE_WORDS && words[k]?.sentence === sentence; k++) {
      const found = nameAt.get(k);
      if (found !== undefined) return found;
      if (!isTitle(words[k]!)) break;
    }
    return last ? describedMember(i, sentence) : undefined;
  };
  // "and former state governor Ann Holm", "and Green Party candidate Ann Holm": after a joiner, a
  // name after a short description of the person that ends on a noun for a kind of person.
  const describedMember = (i: number, sentence: number): Member | undefined => {
    for (let k = i; k <= i + MEMBER_DESCRIPTION_WORDS && words[k]?.sentence === sentence; k++) {
      const found = nameAt.get(k);
      if (found !== undefined) return k > i && describesPerson(words[k - 1]!.lower) ? found : undefined;
      if (!MEMBER_DESCRIPTION_TAGS.has(words[k]!.pos)) return undefined;
    }
    return undefined;
  };
  // The word after a member's bracket ("Smith (D-Ore.), Jones"), or `next` when no bracket opens there.
  const pastBracket = (next: number, sentence: number): number => {
    if (words[next]?.text !== '(') return next;
    for (let k = next + 1; k <= next + BRACKET_WORDS && words[k]?.sentence === sentence; k++) if (words[k]!.text === ')') return k + 1;
    return next;
  };
  const groups = new Map<string, PersonGroup>();
  // The group named last and how many people it names (null with companions or others: "Smith and colleagues").
  let latest: { group: PersonGroup; end: number; size: number | null } | null = null;
  for (let i = 0; i < words.length; i++) {
    // "Anna Holm and Erik Strand ... the couple": a description by number takes up the group named last, when the number is its members'.
    const counted = latest === null ? null : countedDescription(words, i);
    if (counted !== null && latest !== null && latest.size === counted.count && words[i]!.sentence - words[latest.end]!.sentence <= COUNTED_SENTENCES) {
      latest.group.draft.mentions.push(mentionOf(span(text, words[i]!.start, words[counted.last]!.end), 'nominal'));
      latest.group.draft.antecedent.positions.push(i);
      i = counted.last;
      continue;
    }
    const first = nameAt.get(i);
    if (first === undefined) continue;
    const sentence = words[i]!.sentence;
    const members = [first];
    let closed = false;
    while (!closed) {
      let next = pastBracket(members.at(-1)!.last + 1, sentence);
      // "Smith et al.": the others close the group.
      const othersLast = othersEnd(next, sentence);
      if (othersLast >= 0) {
        members.push({ draft: null, last: othersLast, key: 'others' });
        closed = true;
        break;
      }
      const comma = words[next]?.text === ',';
      if (comma) next++;
      const joined = joiners.has(words[next]?.lower ?? '');
      if (joined) next++;
      if (!comma && !joined) break;
      const member = memberAt(next, sentence, joined);
      if (member === undefined) break;
      members.push(member);
      closed = joined;
    }
    // A list of names that ends without a joiner is no group ("Smith, Jones, Lee" may be anything).
    if (!closed || new Set(members.map((member) => member.key)).size !== members.length) continue;
    const end = members.at(-1)!.last;
    const start = openers.has(words[i - 1]?.lower ?? '') && words[i - 1]!.sentence === sentence ? i - 1 : i;
    const people = members.flatMap((member) => (member.draft === null ? [] : [member.draft]));
    const key = members.map((member) => member.key).sort().join(',');
    let group = groups.get(key);
    if (group === undefined) {
      // Named by its people's names and the words of the others ("Nick Bos and colleagues", "Rebecca and I").
      const wordsOf = (k: number) => words.slice(pastBracket(members[k - 1]!.last + 1, sentence), members[k]!.last + 1).filter((word) => word.text !== ',' && !joiners.has(word.lower)).map((word) => word.text).join(' ');
      const name = members.map((member, k) => (k === 0 ? '' : member.key === 'others' ? ' ' : ' and ') + (member.draft?.name ?? wordsOf(k))).join('');
      const draft: Draft = { cluster: null, type: 'PERSON', name, mentions: [], roles: [], country: null, sector: null, kb: null, antecedent: { type: 'PERSON', gender: null, positions: [], plural: true } };
      group = { draft, members: people, speaker: [] };
      groups.set(key, group);
    }
    group.draft.mentions.push(mentionOf(span(text, words[start]!.start, words[end]!.end), 'nominal'));
    const described = pluralDescription(words, start, end);
    if (described !== null) group.draft.mentions.push(mentionOf(span(text, words[described[0]]!.start, words[described[1]]!.end), 'nominal'));
    group.draft.antecedent.positions.push(i);
    if (members.at(-1)!.key === 'speaker') group.speaker.push(end);
    latest = { group, end, size: members.every((member) => member.draft !== null || member.key === 'speaker') ? members.length : null };
    i = end;
  }
  return [...groups.values()];
}
