/**
 * The speaker's own words: inside a direct quotation, "I", "me", "my" are its speaker, and "we",
 * "us", "our" the organisation that speaks ("“We will sue the state,” the union said"). The
 * actors layer gives such pronouns to a speaker it finds next to the quote; this gives the rest
 * of them to the speaker the quotes layer found, for the events stage only, so that an event
 * told in a speaker's words ("“I met him twice,” she said") has its actor.
 *
 * Lists: data/actors/pronouns.json (the first-person pronouns).
 */
import Type from 'typebox';
import type { Entity, Quote } from '../../document/contract.js';
import { resource, Strings } from '../../resources.js';
import { wordAt, type Word } from '../words.js';

const firstPerson = resource('quoted first person', (data) => {
  const lists = data.json('actors/pronouns.json', Type.Object({ firstPerson: Strings, firstPersonPlural: Strings }));
  return { singular: new Set(lists.firstPerson), plural: new Set(lists.firstPersonPlural) };
});

/**
 * The entities with a pronoun mention added to a direct quotation's speaker for each first-person
 * pronoun in it that no entity mentions yet: a singular one to a person, a plural one to an
 * organisation.
 */
export function withQuotedFirstPerson(entities: readonly Entity[], quotes: readonly Quote[], words: readonly Word[]): readonly Entity[] {
  const { singular, plural } = firstPerson();
  const byId = new Map(entities.map((entity) => [entity.id, entity]));
  const covered = new Set(entities.flatMap((entity) => entity.mentions.map((mention) => mention.start)));
  const added = new Map<string, Entity['mentions']>();
  for (const quote of quotes) {
    const speaker = quote.kind === 'direct' && quote.speaker?.entity != null ? byId.get(quote.speaker.entity) : undefined;
    if (speaker === undefined) continue;
    const pronouns = speaker.type === 'PERSON' ? singular : speaker.type === 'ORG' ? plural : undefined;
    if (pronouns === undefined) continue;
    for (let i = wordAt(words, quote.start); i < words.length && words[i]!.start < quote.end; i++) {
      const word = words[i]!;
      if (!pronouns.has(word.lower) || covered.has(word.start)) continue;
      const list = added.get(speaker.id) ?? [];
      list.push({ start: word.start, end: word.end, text: word.text, kind: 'pronoun' });
      added.set(speaker.id, list);
    }
  }
  if (added.size === 0) return entities;
  return entities.map((entity) => {
    const mentions = added.get(entity.id);
    return mentions === undefined ? entity : { ...entity, mentions: [...entity.mentions, ...mentions].sort((a, b) => a.start - b.start) };
  });
}
