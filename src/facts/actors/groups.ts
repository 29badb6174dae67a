/**
 * People named together as one group: "Smith and Jones", "Smith, Jones and Lee", "both Smith and
 * Jones", "Judge Smith and Judge Jones". English refers to such a group as "they" ("Smith and
 * Jones said they would appeal"), which none of its members can be; so the coordination becomes
 * an entity of its own, a plural antecedent for pronoun resolution, while each name stays its
 * person's mention. The same people named together again are the same group.
 *
 * Lists: data/actors/person-groups.json (the joining and opening words).
 */
import Type from 'typebox';
import { span } from '../../document/doc.js';
import { resource, Strings } from '../../resources.js';
import { type Word, wordAt } from '../words.js';
import { mentionOf, type Draft } from './draft.js';

const groupWords = resource('person group words', (data) => {
  const lists = data.json('actors/person-groups.json', Type.Object({ joiners: Strings, openers: Strings }));
  return { joiners: new Set(lists.joiners), openers: new Set(lists.openers) };
});

/** How many title words may stand between a joiner and the name after it ("and Judge Jones"). */
const TITLE_WORDS = 2;

/** Whether a draft is a group of people made here. */
export function isPersonGroup(draft: Draft): boolean {
  return draft.antecedent.plural === true;
}

/**
 * Finds the groups of people the text names together and returns a draft for each group (its
 * mentions span the coordination, a leading "both" included). A member is a person the
 * article names (`drafts`); members are two or more different people, in one sentence, joined
 * by commas and a last joiner, or by a joiner alone. `isTitle` tells the title words that may
 * open a member's name outside its mention ("Judge").
 */
export function personGroups(text: string, words: readonly Word[], drafts: readonly Draft[], isTitle: (word: Word) => boolean): Draft[] {
  const { joiners, openers } = groupWords();
  // Each person name's first word → its draft and its last word.
  const nameAt = new Map<number, { draft: Draft; last: number }>();
  for (const draft of drafts) {
    if (draft.type !== 'PERSON' || draft.cluster === null || isPersonGroup(draft)) continue;
    for (const mention of draft.mentions) {
      if (mention.kind !== 'name') continue;
      nameAt.set(wordAt(words, mention.start), { draft, last: wordAt(words, mention.end) - 1 });
    }
  }
  // The name that starts at word `i`, past title words, in the sentence of word `sentence`.
  const memberAt = (i: number, sentence: number) => {
    for (let k = i; k <= i + TITLE_WORDS && words[k]?.sentence === sentence; k++) {
      const found = nameAt.get(k);
      if (found !== undefined) return found;
      if (!isTitle(words[k]!)) return undefined;
    }
    return undefined;
  };
  const groups = new Map<string, Draft>();
  const order = new Map(drafts.map((draft, index) => [draft, index]));
  for (let i = 0; i < words.length; i++) {
    const first = nameAt.get(i);
    if (first === undefined) continue;
    const sentence = words[i]!.sentence;
    const members = [first];
    let end = first.last;
    let closed = false;
    while (!closed) {
      let next = end + 1;
      const comma = words[next]?.text === ',';
      if (comma) next++;
      const joined = joiners.has(words[next]?.lower ?? '');
      if (joined) next++;
      if (!comma && !joined) break;
      const member = memberAt(next, sentence);
      if (member === undefined) break;
      members.push(member);
      end = member.last;
      closed = joined;
    }
    // A list of names that ends without a joiner is no group ("Smith, Jones, Lee" may be anything).
    if (!closed || new Set(members.map((member) => member.draft)).size !== members.length) continue;
    const start = openers.has(words[i - 1]?.lower ?? '') && words[i - 1]!.sentence === sentence ? i - 1 : i;
    const key = members.map((member) => order.get(member.draft)!).sort((a, b) => a - b).join(',');
    let group = groups.get(key);
    if (group === undefined) {
      const name = members.map((member) => member.draft.name).join(' and ');
      group = { cluster: null, type: 'PERSON', name, mentions: [], roles: [], country: null, sector: null, kb: null, antecedent: { type: 'PERSON', gender: null, positions: [], plural: true } };
      groups.set(key, group);
    }
    group.mentions.push(mentionOf(span(text, words[start]!.start, words[end]!.end), 'nominal'));
    group.antecedent.positions.push(i);
    i = end;
  }
  return [...groups.values()];
}
