/**
 * Actors of different kinds named together as a clause's subject: "Britain and Norway said",
 * "the EU and Canada signed", "Smith and Acme Corp. sued". They speak and act as one, so the
 * coordination becomes an entity of its own, as a group of people does (groups.ts), and the fact
 * stages read its members; "they" may refer to it. Unlike a group of people, which English names anywhere, such a group
 * is made only where the parse makes the coordination a verb's subject: "delegations from
 * Iceland and Greenland" and "talks in Oslo and Bergen" coordinate places inside a phrase, no
 * doers.
 *
 * Lists: data/actors/person-groups.json (`joiners`, the words that join the members; `openers`, "both").
 */
import { span } from '../../document/doc.js';
import type { DependencyTree } from '../tree.js';
import { type Word, wordAt } from '../words.js';
import { mentionOf, type Draft } from './draft.js';
import { groupJoiners, groupOpeners, isNamedGroup } from './groups.js';

/** A name mention of a member: its draft and its first and last word. */
interface NamedMember {
  readonly draft: Draft;
  readonly first: number;
  readonly last: number;
}

/** Whether a draft can be a member: a person, an organisation, a country (not a city or a region) or a party's people ("Democrats"). */
const canJoin = (draft: Draft) => !isNamedGroup(draft) && (draft.type === 'PERSON' || draft.type === 'ORG' || draft.type === 'NORP' || (draft.type === 'GPE' && draft.kb === `iso:${draft.country}`));

/** Tags of a word before a coordination that make it part of a phrase ("of Canada and Mexico", "and Canada and Mexico"). */
const INSIDE_PHRASE_TAGS = new Set(['CCONJ', 'ADP']);

/**
 * The groups of actors (at least one of them no person: groups of people alone are groups.ts's)
 * whose names the parse coordinates as a verb's subject (`nsubj`), joined by commas and a last
 * joiner and nothing else. One draft per set of members; each coordination is a nominal mention of it.
 */
export function subjectGroups(text: string, words: readonly Word[], drafts: readonly Draft[], tree: DependencyTree): Draft[] {
  const joiners = groupJoiners();
  const openers = groupOpeners();
  // Each word of a member's name → the name.
  const nameAt = new Map<number, NamedMember>();
  for (const draft of drafts) {
    if (!canJoin(draft)) continue;
    for (const mention of draft.mentions) {
      if (mention.kind !== 'name') continue;
      const first = wordAt(words, mention.start);
      const last = wordAt(words, mention.end) - 1;
      for (let k = first; k <= last; k++) nameAt.set(k, { draft, first, last });
    }
  }
  // The word of a name the parse hangs outside it: the name's head.
  const headOf = (member: NamedMember) => {
    for (let k = member.first; k <= member.last; k++) {
      const head = tree.head(k);
      if (head < member.first || head > member.last) return k;
    }
    return member.last;
  };
  const groups = new Map<string, Draft>();
  for (const [index, opening] of nameAt) {
    if (index !== opening.first) continue;
    const head = headOf(opening);
    if (tree.relation(head) !== 'nsubj') continue;
    const members = [opening];
    for (const conjunct of tree.dependentsOf(head)) {
      if (tree.relation(conjunct) !== 'conj') continue;
      const member = nameAt.get(conjunct);
      if (member === undefined || headOf(member) !== conjunct) break;
      members.push(member);
    }
    if (members.length < 2 || members.every((member) => member.draft.type === 'PERSON')) continue;
    // The parse may take one part of a longer list, or of a modifier, for a subject: "envoys of
    // Sweden, [Norway and Iceland] signed", "former [Norway and Iceland] envoys met".
    // The word before the group, past "the" and "both" ("both the House and the Senate").
    let before = opening.first - 1;
    while (words[before] !== undefined && (words[before]!.lower === 'the' || openers.has(words[before]!.lower))) before--;
    const listGoesOn = words[before]?.text === ',' && nameAt.has(before - 1);
    const after = words[members.at(-1)!.last + 1];
    if (listGoesOn || INSIDE_PHRASE_TAGS.has(words[before]?.pos ?? '') || after?.pos === 'NOUN' || after?.pos === 'PROPN') continue;
    if (new Set(members.map((member) => member.draft)).size !== members.length) continue;
    // Only commas and a last joiner between the names, and a "the" before one: "Britain, Norway and
    // the EU", not "Britain, a founder, and Norway".
    const between = members.slice(1).map((member, k) => words.slice(members[k]!.last + 1, member.first).map((word) => word.lower).filter((word) => word !== 'the'));
    const joinedLast = between.at(-1)!.filter((word) => word !== ',');
    if (!between.slice(0, -1).every((gap) => gap.length === 1 && gap[0] === ',') || joinedLast.length !== 1 || !joiners.has(joinedLast[0]!)) continue;
    const key = members.map((member) => drafts.indexOf(member.draft)).sort((a, b) => a - b).join(',');
    let group = groups.get(key);
    if (group === undefined) {
      const types = new Set(members.map((member) => member.draft.type));
      // Countries make a GPE, parties' people a NORP; a group with an organisation or a person in it is an ORG, as a coalition is.
      const type = types.size === 1 && !types.has('PERSON') ? [...types][0]! : 'ORG';
      const name = members.map((member) => member.draft.name).join(' and ');
      group = { cluster: null, type, name, mentions: [], roles: [], country: null, sector: null, kb: null, antecedent: { type, gender: null, positions: [], plural: true } };
      groups.set(key, group);
    }
    group.mentions.push(mentionOf(span(text, words[opening.first]!.start, words[members.at(-1)!.last]!.end), 'nominal'));
    group.antecedent.positions.push(opening.first);
  }
  for (const group of groups.values()) group.antecedent.positions.sort((a, b) => a - b);
  return [...groups.values()];
}
