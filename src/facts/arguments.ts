/**
 * Who did what to whom, from the parse layer, the words around a trigger and the actors layer,
 * for events, commitments and stances: the parse picks a verb's subject phrase
 * (`treeSubjectActors`), the word rules read the actors in a phrase and decide where the parse
 * gives nothing; the source (the subject, or the agent of a passive), the target
 * (the object, or the other side of "a meeting between A and B"), with coordination ("Trump
 * and Vance", "Zelenskiy alongside European allies"), and the place ("in Alaska", "a White
 * House summit").
 */
import Type from 'typebox';
import type { Entity, Place, Value } from '../document/contract.js';
import { span, type Doc } from '../document/doc.js';
import { resource, Strings } from '../resources.js';
import { treeOf, type DependencyTree } from './tree.js';
import { cachedForLast, isCapitalised, type Word, wordAt, wordsOf } from './words.js';

/** One mention of an entity, with its character offsets and its first and last word. */
export interface Mention {
  readonly entity: Entity;
  readonly kind: Entity['mentions'][number]['kind'];
  readonly start: number;
  readonly end: number;
  readonly first: number;
  readonly last: number;
}

type EntityMention = Entity['mentions'][number];

/** Words that join actors in one argument. */
const JOINERS = new Set(['and', ',', 'or', 'alongside', 'with', 'along', 'plus', '&']);
/** Conjunctions that join actors in a subject ("Mali's army and the Wagner Group"). */
const SUBJECT_JOINERS = new Set(['and', 'or', '&']);
/** Words a subject scan never crosses. */
const CLAUSE_BOUNDARIES = new Set([';', ':', 'that', 'which', 'where', 'when', 'while', 'whereas', 'because', 'after', 'before', 'since', 'until', 'if', 'as', 'but', '“', '”', '"', '(', ')']);
/** Dashes that, set off by spaces, open an aside. */
const DASHES = new Set(['-', '–', '—', '--']);
/** The clause boundaries that may enclose an aside in the same clause, not end it. */
const BRACKETS_AND_QUOTES = new Set(['(', ')', '“', '”', '"']);
/** Whether word `i` is a dash set off by spaces, which opens an aside (not the hyphen of "17-year-old"). */
/** A dash with a space on each side, which sets off a parenthetical ("alleging - again falsely - that"). */
export const isSpacedDash = (words: readonly Word[], i: number) => DASHES.has(words[i]!.text) && words[i - 1] !== undefined && words[i - 1]!.end < words[i]!.start && words[i + 1] !== undefined && words[i]!.end < words[i + 1]!.start;
/** Prepositions whose object is a place or a time, not a participant. */
const PLACE_PREPOSITIONS = new Set(['in', 'at', 'near', 'outside', 'inside', 'across', 'from', 'into', 'throughout', 'through', 'around', 'along']);
const PASSIVE_AUXILIARIES = new Set(['was', 'were', 'is', 'are', 'be', 'been', 'being', 'get', 'got', 'gets']);
export const PLACE_TYPES = new Set(['GPE', 'LOC', 'FAC']);
/** Entity types of places and bodies, which a "who" does not stand for. */
const PLACE_OR_BODY_TYPES = new Set([...PLACE_TYPES, 'ORG']);
export const POSSESSIVES = new Set(['its', 'his', 'her', 'their']);
const MAX_GAP = 6;
/** The most words before a name that a name holding it may start ("the Newfoundland and Labrador Court of Appeal"). */
const MAX_HOLDING_WORDS = 12;
/** The most words a mention is looked back for from a word it may cover ("Secretary of State John Kerry"). */
const MAX_MENTION_WORDS = 8;
/** How many words a group of people named together may run to before its last member ("Smith (D-Ore.), Jones (D-Ohio) and Lee"). */
const MAX_GROUP_WORDS = 24;
/** How many words an apposition between a subject and its verb may have ("Hugh Hill, a doctor, met"), and a longer one with no verb of its own ("Berg, a lawyer from Ohio and longtime Green activist, accused"). */
const MAX_SHORT_APPOSITION_WORDS = 7;
const MAX_SUBJECT_APPOSITION_WORDS = 11;
/** Words that open a clause of its own after a comma, as its subject ("..., we need ...", "..., there will be ..."). */
const CLAUSE_SUBJECT_PRONOUNS = new Set(['i', 'we', 'you', 'he', 'she', 'it', 'they', 'there']);
/** Tags of the words of a title between a nationality and the person it qualifies ("U.S. envoy", "Russian opposition journalist"). */
const TITLE_TAGS = new Set(['NOUN', 'PROPN', 'ADJ']);
/** Words between a nationality and the person it qualifies ("Russian opposition journalist Pavel Orlov"). */
const MAX_MODIFIER_GAP = 4;

/** The mentions of the actors layer of one article by their first and last word, for the fact stages. */
export class ActorIndex {
  private readonly byFirst = new Map<number, Mention>();
  private readonly byLast = new Map<number, Mention>();
  /** A group of people's entity id to its members' ids, the names its own mention holds. */
  private readonly groupMembers = new Map<string, string[]>();
  /** The mentions of those groups, by their first word. */
  private readonly groupsByFirst = new Map<number, Mention>();
  /** The same groups by their last word. */
  private readonly groupsByLast = new Map<number, Mention>();

  /** `include` keeps only some mentions (the quotes stage keeps those that can speak). */
  constructor(entities: readonly Entity[], private readonly words: readonly Word[], include: (entity: Entity, mention: EntityMention) => boolean = () => true) {
    const span = (mention: EntityMention) => {
      const first = wordAt(words, mention.start);
      let last = first;
      while (words[last + 1] !== undefined && words[last + 1]!.end <= mention.end) last++;
      return { first, last };
    };
    // A name held inside another ("Boston" of "the Boston Red Sox") is the actors layer's; the
    // fact stages read the outer name only.
    const longestName = new Map<number, number>();
    const nameStarting = new Map<number, Entity>();
    const nameEnding = new Map<number, Entity>();
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        if (mention.kind !== 'name') continue;
        const { first, last } = span(mention);
        longestName.set(first, Math.max(longestName.get(first) ?? -1, last));
        nameStarting.set(first, entity);
        nameEnding.set(last, entity);
      }
    }
    // A group named by its members ("Smith and Jones", "both Smith and Jones", "Smith and I": the
    // actors layer's group of people) opens with one actor's name, maybe past "both", and ends with
    // another's or with the speaker's "I": the fact stages read the members' mentions.
    const members = (entity: Entity, first: number, last: number) => {
      const opening = nameStarting.get(first) ?? (words[first]?.lower === 'both' ? nameStarting.get(first + 1) : undefined);
      const closing = nameEnding.get(last);
      const speakerLast = words[last]?.text === 'I';
      return opening !== undefined && opening !== entity && (speakerLast || (closing !== undefined && closing !== entity && opening !== closing));
    };
    const held = (first: number, last: number) => {
      for (let k = first; k >= 0 && first - k <= MAX_HOLDING_WORDS; k--) {
        const end = longestName.get(k);
        if (end !== undefined && end >= last && (k < first || end > last)) return true;
      }
      return false;
    };
    for (const entity of entities) {
      for (const mention of entity.mentions) {
        if (!include(entity, mention)) continue;
        const { first, last } = span(mention);
        if (mention.kind === 'name' && held(first, last)) continue;
        if (mention.kind !== 'name' && members(entity, first, last)) {
          const named = new Set<string>();
          for (let k = first; k <= last; k++) {
            const member = nameStarting.get(k);
            if (member !== undefined && member !== entity) named.add(member.id);
          }
          this.groupMembers.set(entity.id, [...named]);
          const group = { entity, kind: mention.kind, start: mention.start, end: mention.end, first, last };
          this.groupsByFirst.set(first, group);
          this.groupsByLast.set(last, group);
          continue;
        }
        const indexed = { entity, kind: mention.kind, start: mention.start, end: mention.end, first, last };
        this.byFirst.set(first, indexed);
        this.byLast.set(last, indexed);
      }
    }
  }

  startingAt(index: number): Mention | undefined {
    return this.byFirst.get(index);
  }

  /** The entity ids of mentions, a group of people named together ("they" for "Smith and Jones") giving its members'. */
  entityIds(mentions: readonly Mention[]): string[] {
    return [...new Set(mentions.flatMap((mention) => this.groupMembers.get(mention.entity.id) ?? [mention.entity.id]))];
  }

  /** The group of people named together that holds member `member`'s name ("[Smith] and Jones", "Smith (D-Ore.) and [Jones]"), if any. */
  groupHolding(member: Mention): Mention | undefined {
    for (let first = member.first; first >= 0 && member.first - first <= MAX_GROUP_WORDS; first--) {
      const group = this.groupsByFirst.get(first);
      if (group !== undefined && group.last >= member.last) return this.groupMembers.get(group.entity.id)?.includes(member.entity.id) === true ? group : undefined;
    }
    return undefined;
  }

  /** The group named together whose words include word `index` ("[Republicans] and Democrats"), if any. */
  groupCovering(index: number): Mention | undefined {
    for (let first = index; first >= 0 && index - first <= MAX_GROUP_WORDS; first--) {
      const group = this.groupsByFirst.get(first);
      if (group !== undefined && group.last >= index) return group;
    }
    return undefined;
  }

  /** The group of people named together whose last word is word `index` ("Smith and [Jones]"), if any. */
  groupEndingAt(index: number): Mention | undefined {
    return this.groupsByLast.get(index);
  }

  endingAt(index: number): Mention | undefined {
    return this.byLast.get(index);
  }

  /**
   * The mention whose words include word `index`, if any: the nearest-starting one, so a name
   * inside a description ("The [Supreme Court] justice") covers its own words and the
   * description covers its head.
   */
  covering(index: number): Mention | undefined {
    for (let first = index; first >= 0 && index - first <= MAX_MENTION_WORDS; first--) {
      const found = this.byFirst.get(first);
      if (found !== undefined && found.last >= index) return found;
    }
    return undefined;
  }

  /** Whether a mention is a participant (a person, organisation or country) rather than only a place. */
  isActor(mention: Mention): boolean {
    // "European leaders", "Russian forces": a demonym stands for its country's or region's people.
    if (mention.kind === 'demonym') return true;
    const type = mention.entity.type;
    if (type === 'LOC' || type === 'FAC' || type === 'MISC' || type === 'EVENT') return false;
    if (type !== 'GPE') return true;
    // "in Kyiv", "in southern Somalia", "in the Kordofan town of", "in Ukraine's Odesa region": where
    // the event is, not who takes part; but "a request from Belgrade" names who sent it.
    const at = this.placePhraseStart(mention.first);
    const before = this.words[at];
    if (before?.lower === 'from' && this.words[at - 1]?.pos === 'NOUN') return true;
    return before === undefined || !PLACE_PREPOSITIONS.has(before.lower);
  }

  /** The word before the modifiers of a name: articles, adjectives and a possessive name ("the", "eastern", "Russia's"). */
  private placePhraseStart(first: number): number {
    let i = first - 1;
    for (;;) {
      const word = this.words[i];
      if (word !== undefined && (word.pos === 'DET' || word.pos === 'ADJ')) i--;
      else if (word !== undefined && /^['’]s$/u.test(word.text) && this.byLast.has(i - 1)) i = this.byLast.get(i - 1)!.first - 1;
      else return i;
    }
  }
}

/** The actors layer's index, built once per article for the stages that read it all. */
export const actorIndexOf = cachedForLast((entities: readonly Entity[], words: readonly Word[]) => new ActorIndex(entities, words));

/** What the event, commitment and stance stages read of an article: its text, sentences, words, actors and parse. */
export function factInputs({ article, layers }: Doc): { text: string; sentences: [number, number][]; words: Word[]; actors: ActorIndex; tree: DependencyTree | null } {
  const sentences = layers.sentences!;
  const words = wordsOf(layers.tokens!, sentences);
  return { text: article.text, sentences, words, actors: actorIndexOf(layers.entities ?? [], words), tree: layers.parse === undefined ? null : treeOf(layers.parse) };
}

/** Relative pronouns that stand for the noun a relative clause qualifies ("voters who back"). */
export const RELATIVE_PRONOUNS: ReadonlySet<string> = new Set(['who', 'that', 'which']);

/** Relations through which a verb takes its subject from the verb it hangs on ("met Putin and signed", "to support", ", saying"). */
const SUBJECT_SHARING_RELATIONS = new Set(['conj', 'xcomp', 'advcl']);
/** How many verbs up a shared subject is looked for. */
const MAX_SHARING_STEPS = 3;
/**
 * Dependents after a noun that are no longer its name or title: a relative clause, an apposition,
 * a clause; and what the parser lists after a comma ("Lena Marsh of Oregon, the senior
 * Green on the panel,": an apposition it read as a list).
 */
const PHRASE_ENDS = new Set(['acl', 'acl:relcl', 'appos', 'punct', 'parataxis', 'advcl', 'list']);

/**
 * The actors of the noun phrase word `head` heads, read from the parse: the phrase is the
 * head's subtree up to a relative clause or an apposition after it ("the group that attacked",
 * "Hugh Hill, a doctor,"); the actors in it are read by the word rules of `actorsBefore`, which
 * know titles, nationalities, possessives and coordination ("Belarusian President Alexander
 * Lukashenko", "Mali's army and the Wagner Group").
 */
export function phraseActors(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, head: number, floor: number): Mention[] {
  // Not past the phrase's first word ("efforts to defund the group, which provides": not the
  // efforts' owner), but into a name the parser split from its title, and back to the first of
  // the actors the parser split from it in a coordination.
  let first = tree.extent(head)[0];
  first = actors.covering(first)?.first ?? first;
  // "Sen. Anna Berg (D-Minn.)": a bracket after the phrase's head ends it wherever the parse hangs it
  // ("Bergen County (Ore.) Sheriff Anna Berg" keeps its bracket before the head).
  let end = phraseEnd(words, tree, head) + 1;
  for (let k = Math.max(first, head) + 1; k < end; k++) {
    if (words[k]!.text === '(') {
      end = k;
      break;
    }
  }
  const found = actorsBefore(actors, words, end, Math.max(floor, coordinationStart(words, first, floor)));
  // "expect the administration to move": the body acts for the person it was last named after.
  const owner = found.length === 0 && head > floor ? ownerOfBody(words, actors, head - 1) : undefined;
  if (owner !== undefined) return [owner];
  if (found.length > 0 || !relationalNouns().has(words[head]!.lower)) return found;
  // "His rival, Anna Berg, ...": a relational noun whose possessor is no doer names the doer in its apposition.
  const apposition = tree.dependent(head, 'appos');
  const named = apposition > head ? actors.covering(apposition) : undefined;
  return named !== undefined && actors.isActor(named) ? [named] : found;
}

const possessedNouns = resource('possessed nouns', (data) => {
  const lists = data.json('actors/possessed-nouns.json', Type.Object({ relational: Strings, ownerBodies: Strings, kin: Strings }));
  return { relational: new Set(lists.relational), ownerBodies: new Set(lists.ownerBodies), kin: new Set(lists.kin) };
});
const relationalNouns = () => possessedNouns().relational;

/** Whether `word` names a body that speaks and acts for the person who owns or heads it ("the Trump campaign", "her office"). */
export const isOwnerBody = (word: Word): boolean => possessedNouns().ownerBodies.has(word.lower);

/**
 * The person "the <body>" at word `the` stands for ("The administration said" after "the Obama
 * administration"): the last person the article named that body after before it ("the Trump
 * campaign", "Clinton's campaign"), not a pronoun; undefined when there is none.
 */
export function ownerOfBody(words: readonly Word[], actors: ActorIndex, the: number): Mention | undefined {
  const body = words[the + 1];
  if (words[the]?.lower !== 'the' || body === undefined || !isOwnerBody(body)) return undefined;
  // "the campaign of Senator X" names its owner after it; "the campaign infrastructure" is no body.
  const next = words[the + 2];
  if (next !== undefined && next.sentence === body.sentence && (next.lower === 'of' || next.pos === 'NOUN' || next.pos === 'PROPN')) return undefined;
  for (let k = the - 1; k > 0; k--) {
    const owner = namedBodyOwner(words, actors, k, body);
    if (owner !== null) return owner;
  }
  return undefined;
}

/**
 * The person a bare body opening a headline stands for ("Administration accuses Moscow of ...",
 * a headline's "the" dropped): the first person the article names that body after ("The Obama
 * administration on Friday accused ..."), before or after it; undefined when there is none.
 */
export function ownerOfHeadlineBody(words: readonly Word[], actors: ActorIndex, body: number): Mention | undefined {
  for (let k = 1; k < words.length; k++) {
    const owner = k === body ? null : namedBodyOwner(words, actors, k, words[body]!);
    if (owner !== null) return owner;
  }
  return undefined;
}

/** Whether word `k` is `body` named after an actor ("the Trump campaign", "Clinton's campaign"): the person, undefined for another actor or null when it is not. */
function namedBodyOwner(words: readonly Word[], actors: ActorIndex, k: number, body: Word): Mention | undefined | null {
  if (words[k]!.lower !== body.lower) return null;
  const named = actors.endingAt(isPossessiveMark(words[k - 1]) ? k - 2 : k - 1);
  if (named === undefined || named.kind === 'pronoun') return null;
  return named.entity.type === 'PERSON' ? named : undefined;
}

/** Words that may stand between a possessor and its relational noun ("his fiercest critics", "Trump's own former allies"). */
const RELATIONAL_MODIFIER_TAGS = new Set(['ADJ', 'ADV', 'NOUN']);

/**
 * Whether `mention` is only the possessor ("his", "Trump's") of a relational noun that ends the
 * phrase before word `end`, or a person's name that qualifies one ("Sanders supporters", but not
 * "the Koch brothers", who are Kochs): "His critics denounced him" is not Trump denouncing himself.
 */
function ownsRelationalNoun(words: readonly Word[], mention: Mention, end: number): boolean {
  const possessive = isPossessiveMark(words[mention.last + 1]);
  const qualifier = !possessive && mention.kind === 'name' && mention.entity.type === 'PERSON';
  if (!possessive && !qualifier && !(mention.kind === 'pronoun' && POSSESSIVES.has(words[mention.last]!.lower))) return false;
  const between = words.slice(mention.last + (possessive ? 2 : 1), end);
  const noun = between.at(-1)?.lower ?? '';
  if (qualifier && possessedNouns().kin.has(noun)) return false;
  return relationalNouns().has(noun) && between.every((word) => RELATIONAL_MODIFIER_TAGS.has(word.pos) || word.text === '-');
}

/** How many words a relational noun may stand after its possessor ("his fiercest Republican critics"). */
const MAX_RELATIONAL_REACH = 4;

/**
 * Whether `mention` is only the possessor of a relational noun that ends its phrase ("attacks
 * against his rivals", "praised Trump's supporters"): the ones acted on are the rivals, whom the
 * actors layer does not name, not the possessor.
 */
export function onlyOwnsRelational(words: readonly Word[], mention: Mention): boolean {
  for (let end = mention.last + 2; end <= mention.last + 1 + MAX_RELATIONAL_REACH && end <= words.length; end++) {
    if (ownsRelationalNoun(words, mention, end) && words[end]?.pos !== 'NOUN' && words[end]?.pos !== 'PROPN' && words[end]?.text !== ',') return true;
  }
  return false;
}

/** The head word of verb `verb`'s subject before it: the parse's `nsubj`, else the word before the verb's auxiliaries and adverbs. */
function subjectHead(words: readonly Word[], tree: DependencyTree | null, verb: number): number {
  const subject = tree?.dependent(verb, 'nsubj') ?? -1;
  const head = subject >= 0 && subject < verb ? subject : subjectEnd(words, verb) - 1;
  // "for his rivals to inflict": the subject of an infinitive stands before its "to".
  return words[head]?.lower === 'to' ? head - 1 : head;
}

/** The person a subject "the <body>" of verb `verb` stands for ("The administration also blamed Moscow"), as `ownerOfBody` finds it. */
export function bodyOwnerSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree | null, verb: number): Mention | undefined {
  const head = subjectHead(words, tree, verb);
  return head > 0 ? ownerOfBody(words, actors, head - 1) : undefined;
}

/**
 * Whether verb `verb`'s subject is a relational noun named only through its possessor ("his
 * rivals", "Trump's ex-wife") or a person's name that qualifies it ("Sanders supporters"): its
 * doer is nobody the actors layer names, and a verb that shares its subject ("..., insisting") has
 * none either.
 */
export function ownerOnlySubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree | null, verb: number): boolean {
  return relationalSubjectOwner(actors, words, tree, verb) !== undefined;
}

/** Whether verb `verb`'s subject is a relational noun a person's name qualifies ("Sanders supporters", not "his supporters"): a group that acts, though unnamed. */
export function nameQualifiedRelationalSubject(actors: ActorIndex, words: readonly Word[], tree: DependencyTree | null, verb: number): boolean {
  const owner = relationalSubjectOwner(actors, words, tree, verb);
  return owner !== undefined && owner.kind === 'name' && !isPossessiveMark(words[owner.last + 1]);
}

/** The possessor or the name that qualifies verb `verb`'s relational-noun subject, as `ownerOnlySubject` reads it. */
function relationalSubjectOwner(actors: ActorIndex, words: readonly Word[], tree: DependencyTree | null, verb: number): Mention | undefined {
  const head = subjectHead(words, tree, verb);
  if (head < 0 || actors.covering(head) !== undefined || !relationalNouns().has(words[head]!.lower)) return undefined;
  // "His rival, Hillary Clinton, captured": the apposition names the doer.
  if ((tree !== null && tree.dependent(head, 'appos') >= 0) || (words[head + 1]?.text === ',' && actors.startingAt(head + 2) !== undefined)) return undefined;
  let i = head - 1;
  while (i >= 0 && actors.endingAt(i) === undefined && (RELATIONAL_MODIFIER_TAGS.has(words[i]!.pos) || words[i]!.text === '-')) i--;
  const owner = isPossessiveMark(words[i]) ? actors.endingAt(i - 1) : actors.endingAt(i);
  return owner !== undefined && ownsRelationalNoun(words, owner, head + 1) ? owner : undefined;
}

/** Tags of the words of a coordinated name and title ("Volkswagen and Chinese carmaker", "President Xi Jinping's aides and"). */
const COORDINATED_TAGS = new Set(['PROPN', 'NOUN', 'ADJ', 'DET', 'NUM', 'PART']);

/**
 * Where a phrase starting at `first` starts with the conjuncts before it that the parser split
 * off ("Chinese President Xi Jinping and U.S. President Donald Trump agreed": two subjects):
 * back over names, titles and a conjunction, if one is crossed; else `first`.
 */
function coordinationStart(words: readonly Word[], first: number, floor: number): number {
  let start = first;
  let joined = false;
  // The phrase itself may open with the conjunction ("and U.S. President Donald Trump").
  for (let i = first; i >= floor; i--) {
    const word = words[i]!;
    if (SUBJECT_JOINERS.has(word.lower)) joined = true;
    else if (!COORDINATED_TAGS.has(word.pos)) break;
    if (joined) start = i;
  }
  return start;
}

/** Prepositions that open examples of the noun before them ("such as", "including"). */
const EXAMPLE_PREPOSITIONS = new Set(['such', 'including']);

/** The last word of the noun phrase `head` heads: before a relative clause, a clause or an apposition set off by a comma. */
function phraseEnd(words: readonly Word[], tree: DependencyTree, head: number): number {
  for (const dependent of tree.dependentsOf(head)) {
    if (dependent < head) continue;
    // "candidate Luisa Gonzalez": an apposition with no comma is the name of the title before it.
    const [first] = tree.extent(dependent);
    // "Sen. Susan Collins (Maine)": a bracket after the name says where the person is from, and ends the phrase.
    if (tree.relation(dependent) === 'appos' && words[first]?.text === '(') return Math.max(head, first - 1);
    if (tree.relation(dependent) === 'appos' && words[first]?.text !== ',' && words[first - 1]?.text !== ',') continue;
    // "Friedan, during a debate at Indiana University, recommended": a prepositional phrase set off
    // by a comma tells where or when, and ends the phrase of the doer ("allies, such as PDA," and
    // "Democrats, including Clinton," name doers).
    const preposition = words[tree.dependent(dependent, 'case')]?.lower;
    if (tree.relation(dependent) === 'nmod' && words[first]?.text === ',' && preposition !== undefined && !EXAMPLE_PREPOSITIONS.has(preposition)) return Math.max(head, first - 1);
    if (PHRASE_ENDS.has(tree.relation(dependent)) || isCommaApposition(words, tree, head, dependent)) return Math.max(head, first - 1);
  }
  return tree.extent(head)[1];
}

/**
 * Whether the parser's conjunct `dependent` of `head` is an apposition: set off by a comma, with
 * no conjunction on it or on a later conjunct ("Anna Berg, the ranking Democrat on the committee,"
 * is one person; "Berg, Holm and Lind" three).
 */
function isCommaApposition(words: readonly Word[], tree: DependencyTree, head: number, dependent: number): boolean {
  const [first] = tree.extent(dependent);
  if (tree.relation(dependent) !== 'conj' || (words[first]?.text !== ',' && words[first - 1]?.text !== ',')) return false;
  for (const sibling of tree.dependentsOf(head)) {
    if (sibling >= dependent && tree.relation(sibling) === 'conj' && tree.dependent(sibling, 'cc') >= 0) return false;
  }
  return true;
}

/**
 * The actors of verb `verb`'s subject, read from the parse: its `nsubj`, else the subject of the
 * verb it is coordinated with or depends on, passive or not ("voters are united in supporting":
 * the voters), or for an infinitive after an object, that object ("urged Ward to meet": Ward)
 * unless `byObject` is false. `undefined` when the parse gives the verb no subject phrase at all,
 * for the word rules to try.
 */
export function treeSubjectActors(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number, byObject = true): Mention[] | undefined {
  // A passive's subject is who it was done to: its doer is for the passive rules to find.
  if (tree.dependent(verb, 'nsubj:pass') >= 0) return undefined;
  const forSubject = infinitiveForSubject(actors, words, verb, floor);
  if (forSubject !== undefined) return [forSubject];
  let predicate = verb;
  /** Whether the verb hangs on `predicate` through an adverbial clause ("praised Bush for reaching out": maybe the object's doing). */
  let adverbial = false;
  for (let steps = 0; steps <= MAX_SHARING_STEPS && predicate >= 0; steps++) {
    // Past the verb itself, a passive subject is shared like any other ("was asked to endorse").
    const subject = activeOrPassiveSubject(tree, predicate);
    // A subject with a preposition is a misparse ("including Merz"): leave it to the word rules.
    if (subject >= 0 && tree.dependent(subject, 'case') >= 0) return undefined;
    // "Berg, who often criticizes", hung by the parser as a conjunct or an aside: still the person named before "who".
    const person = subject >= 0 && !adverbial && tree.relation(predicate) !== 'acl:relcl' ? personBeforeWho(actors, words, tree, subject, floor) : undefined;
    if (person !== undefined) return [person];
    // "the group that attacked", "Graham, who has vowed": a relative pronoun stands for the noun its clause qualifies.
    if (subject >= 0 && !(RELATIVE_PRONOUNS.has(words[subject]!.lower) && tree.relation(predicate) === 'acl:relcl')) return phraseActors(actors, words, tree, subject, floor);
    if (tree.relation(predicate) === 'acl:relcl') {
      const antecedent = antecedentOf(words, tree, predicate);
      // "Berg, a secretary during the Okafor administration, who": a "who" on a body named after
      // a person is the person whose apposition the body's phrase follows.
      const who = subject >= 0 && words[subject]!.lower === 'who';
      const person = who && isOwnerBody(words[antecedent]!) && actors.covering(antecedent) === undefined
        ? personUpChain(actors, words, tree, tree.extent(antecedent)[0] - 1, floor) : undefined;
      if (person !== undefined && person.entity.type === 'PERSON') return [person];
      // "Cuban, the owner of the Dallas Mavericks who rebuffed": a "who" after a body or place in a
      // noun's "of" phrase stands for the person that noun describes, up its apposition, or for no one named.
      const body = actors.covering(antecedent);
      if (who && body !== undefined && PLACE_OR_BODY_TYPES.has(body.entity.type) && tree.baseRelation(antecedent) === 'nmod' && words[tree.dependent(antecedent, 'case')]?.lower === 'of') {
        const described = personUpChain(actors, words, tree, tree.head(antecedent), floor);
        return described !== undefined && described.entity.type === 'PERSON' ? [described] : [];
      }
      const found = phraseActors(actors, words, tree, antecedent, floor);
      // "Mercer, the mega-donor and co-founder of the Renaissance hedge fund who backed": a "who" on a
      // common noun whose phrase names only bodies or places stands for the person that noun's chain describes;
      // "Correct the Record, led by her ally Brock, which coordinates": a "which" stands for no person.
      const kind = subject >= 0 ? words[subject]!.lower : '';
      if (found.length > 0 && kind === 'who' && actors.covering(antecedent) === undefined && found.every((mention) => PLACE_OR_BODY_TYPES.has(mention.entity.type))) {
        const described = actorUpHeads(actors, tree, antecedent, floor, (mention) => mention.entity.type === 'PERSON', RELATIVE_CHAIN);
        if (described !== undefined) return [described];
      }
      if (found.length > 0 && kind === 'which' && found.every((mention) => mention.entity.type === 'PERSON')) {
        const body = actorUpHeads(actors, tree, antecedent, floor, (mention) => mention.entity.type !== 'PERSON');
        return body === undefined ? [] : [body];
      }
      return found;
    }
    if (!SUBJECT_SHARING_RELATIONS.has(tree.relation(predicate))) return undefined;
    // "after Caracas expelled": an actor right before the verb is its subject, whatever the parse
    // says, unless it is a noun's prepositional modifier ("an op-ed in The Harbour Gazette
    // faulting ..."; "interviewed about Pope Francis calling ..." is Francis's).
    const before = actors.endingAt(subjectEnd(words, verb) - 1);
    if (predicate === verb && before !== undefined && !modifiesNoun(words, tree, before)) return undefined;
    const controller = byObject ? objectController(actors, words, tree, predicate, floor) : [];
    if (controller.length > 0) return controller;
    if (tree.relation(predicate) === 'advcl') adverbial = true;
    predicate = tree.head(predicate);
  }
  return undefined;
}

/**
 * The actor between "for" and the "to" of infinitive `verb` ("inappropriate for Marsh to
 * criticize", "called for Berg to resign"): the infinitive's subject, however the parser hangs it.
 */
function infinitiveForSubject(actors: ActorIndex, words: readonly Word[], verb: number, floor: number): Mention | undefined {
  if (words[verb - 1]?.lower !== 'to') return undefined;
  const mention = actors.endingAt(verb - 2);
  return mention !== undefined && mention.first - 1 >= floor && words[mention.first - 1]!.lower === 'for' && actors.isActor(mention) ? mention : undefined;
}

/**
 * Whether the parse makes `mention` a prepositional modifier of a noun ("an op-ed in The
 * Washington Post"), by a preposition that opens no clause ("after Caracas expelled" is a clause
 * the parser may misread so).
 */
const modifiesNoun = (words: readonly Word[], tree: DependencyTree, mention: Mention) => {
  for (let k = mention.first; k <= mention.last; k++) {
    const preposition = words[tree.dependent(k, 'case')];
    if (tree.relation(k) === 'nmod' && preposition?.pos === 'ADP' && !CLAUSE_BOUNDARIES.has(preposition.lower)) return true;
  }
  return false;
};

/**
 * "Trump questioned how ...; blamed Obama for ...; bemoaned ...": a verb right after a semicolon
 * with no subject of its own goes on a series of its sentence's main verb, whose subject it
 * shares (the parser hangs it anywhere in the clause before). That main verb, or undefined.
 */
export function seriesVerb(words: readonly Word[], tree: DependencyTree, verb: number): number | undefined {
  if (words[verb - 1]?.text !== ';' || tree.dependent(verb, 'nsubj', 'nsubj:pass') >= 0) return undefined;
  let main = verb;
  while (tree.head(main) >= 0) main = tree.head(main);
  return main < verb && words[main]!.pos === 'VERB' ? main : undefined;
}

/** Tags of the words a relative clause may qualify. */
const NOMINAL_TAGS = new Set(['NOUN', 'PROPN', 'PRON', 'NUM']);

/**
 * The word relative clause `clause` qualifies: its head, or where the parser hangs it on a verb,
 * the word before it ("denounced efforts to defund the clinic, which provides": the clinic).
 */
function antecedentOf(words: readonly Word[], tree: DependencyTree, clause: number): number {
  const head = tree.head(clause);
  if (NOMINAL_TAGS.has(words[head]!.pos)) return head;
  const before = tree.extent(clause)[0] - 1;
  return words[before]?.text === ',' ? before - 1 : before;
}

/** Relations that lead from a word of a name's apposition or modifier up to the name ("Berg, the head of the Peace Fund,"). */
const APPOSITION_CHAIN = new Set(['flat', 'compound', 'nmod', 'appos']);
/** How many heads up an apposition's chain the person is looked for. */
const MAX_APPOSITION_STEPS = 4;

/**
 * The person a "who" at `who` stands for, read back from the word before it (past a comma): the
 * last person named by name up the chain of apposition and modifiers the parse hangs that word in
 * ("Berg, the head of the Peace Fund, who": Berg; "Holm, an aide to Anna Berg, who": Holm), else
 * the name right before.
 */
function personBeforeWho(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, who: number, floor: number): Mention | undefined {
  if (words[who]!.lower !== 'who') return undefined;
  return personUpChain(actors, words, tree, words[who - 1]?.text === ',' ? who - 2 : who - 1, floor);
}

/** The last person named by name up the chain of apposition and modifiers the parse hangs word `before` in, else the name covering it. */
function personUpChain(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, before: number, floor: number): Mention | undefined {
  if (before < floor) return undefined;
  const named = (k: number) => {
    const mention = actors.covering(k);
    return mention !== undefined && mention.kind === 'name' && mention.first >= floor && actors.isActor(mention) ? mention : undefined;
  };
  let person: Mention | undefined;
  for (let k = before, steps = 0; k >= floor && steps <= MAX_APPOSITION_STEPS; steps++) {
    const mention = named(k);
    if (mention?.entity.type === 'PERSON') person = mention;
    const head = tree.head(k);
    if (head < floor || head >= k || !APPOSITION_CHAIN.has(tree.baseRelation(k))) break;
    k = head;
  }
  return person ?? named(before);
}

/** Relations up which a relative clause's noun leads to the one it describes ("co-founder of the fund", "the donor and co-founder"). */
const RELATIVE_CHAIN = new Set(['flat', 'compound', 'nmod', 'appos', 'conj']);
/** How many heads up from a relative clause's noun its actor is looked for. */
const MAX_RELATIVE_STEPS = 4;

/** The first actor, by name, that fits `fits` on the heads up from word `from` (through `relations` only, when given), before it and past `floor`. */
function actorUpHeads(actors: ActorIndex, tree: DependencyTree, from: number, floor: number, fits: (mention: Mention) => boolean, relations?: ReadonlySet<string>): Mention | undefined {
  for (let k = from, steps = 0; steps <= MAX_RELATIVE_STEPS; steps++) {
    if (relations !== undefined && !relations.has(tree.baseRelation(k))) return undefined;
    k = tree.head(k);
    if (k < floor || k >= from) return undefined;
    const mention = actors.covering(k);
    if (mention !== undefined && mention.kind === 'name' && actors.isActor(mention) && fits(mention)) return mention;
  }
  return undefined;
}

/** The subject of `predicate`, active or else passive. */
function activeOrPassiveSubject(tree: DependencyTree, predicate: number): number {
  const active = tree.nearestDependent(predicate, 'nsubj');
  return active >= 0 ? active : tree.nearestDependent(predicate, 'nsubj:pass');
}

/**
 * The actors of the object an infinitive's subject is ("urged Ward to meet", "asked them to
 * leave"): the object before a "to" `xcomp`, when it names an actor ("took steps to block" does
 * not; "had their house ransacked" is no infinitive).
 */
function objectController(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, predicate: number, floor: number): Mention[] {
  if (tree.relation(predicate) !== 'xcomp' || words[tree.dependent(predicate, 'mark')]?.lower !== 'to') return [];
  const object = tree.dependent(tree.head(predicate), 'obj', 'iobj');
  return object < 0 || object > predicate ? [] : phraseActors(actors, words, tree, object, floor);
}

const ordinalWords = resource('ordinal doers', (data) => new Set(data.json('events/ordinal-doers.json', Type.Object({ words: Strings })).words));

/**
 * The doer of an infinitive on a noun an ordinal or "only" qualifies ("the first senator to
 * back Ruiz", "one of the earliest council members to back"): the noun when it names an
 * actor, else whom it is said of ("Moss, who was one of the earliest members to back":
 * Moss). Empty when the infinitive is no such one or its doer is not named.
 */
export function ordinalInfinitiveDoer(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number): Mention[] {
  if (tree.relation(verb) !== 'acl' || words[tree.dependent(verb, 'mark')]?.lower !== 'to') return [];
  const noun = tree.head(verb);
  if (noun < 0 || noun > verb || !['NOUN', 'PROPN'].includes(words[noun]!.pos)) return [];
  const ordinals = ordinalWords();
  let qualified = false;
  // "the only other candidate", not "had only his father": past the ordinal, only the noun's modifiers.
  for (let i = tree.extent(noun)[0]; i < noun; i++) if (ordinals.has(words[i]!.lower) && words.slice(i + 1, noun).every((word) => ['ADJ', 'NOUN', 'PROPN'].includes(word.pos))) qualified = true;
  if (!qualified) return [];
  const named = actors.covering(noun);
  if (named !== undefined) return actors.isActor(named) ? [named] : [];
  // "one of the earliest members": the predicate is "one".
  let predicate = noun;
  if (tree.relation(predicate) === 'nmod' && words[tree.head(predicate)]?.lower === 'one') predicate = tree.head(predicate);
  if (tree.dependent(predicate, 'cop') < 0) return [];
  const subject = tree.dependent(predicate, 'nsubj');
  if (subject < 0 || subject > predicate) return [];
  if (!RELATIVE_PRONOUNS.has(words[subject]!.lower)) return phraseActors(actors, words, tree, subject, floor);
  if (tree.relation(predicate) === 'acl:relcl') return phraseActors(actors, words, tree, antecedentOf(words, tree, predicate), floor);
  // The parser may hang the relative clause anywhere: the actor right before its pronoun.
  const antecedent = actors.endingAt(words[subject - 1]?.text === ',' ? subject - 2 : subject - 1);
  return antecedent !== undefined && actors.isActor(antecedent) && antecedent.first >= floor ? [antecedent] : [];
}

/**
 * The doer of an infinitive the parse hangs on a verb's object as a clause of that noun ("expect
 * the ministry to move to fine the operator": the ministry), up through the
 * infinitives it takes, as `objectController` reads one hung on the verb: the object's actors,
 * or empty when it names none ("took steps to block").
 */
export function objectClauseDoer(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number): Mention[] {
  let predicate = verb;
  for (let steps = 0; steps <= MAX_SHARING_STEPS && tree.relation(predicate) === 'xcomp' && tree.dependent(predicate, 'nsubj') < 0; steps++) predicate = tree.head(predicate);
  if (tree.relation(predicate) !== 'acl' || words[tree.dependent(predicate, 'mark')]?.lower !== 'to' || tree.dependent(predicate, 'nsubj') >= 0) return [];
  const noun = tree.head(predicate);
  if (noun < floor || noun > predicate || tree.relation(noun) !== 'obj') return [];
  // "gave Obama the authority to admit": the one given it.
  const recipient = [...tree.dependentsOf(tree.head(noun))].find((dependent) => dependent >= floor && dependent < noun && ['iobj', 'obj'].includes(tree.relation(dependent)));
  return phraseActors(actors, words, tree, recipient ?? noun, floor);
}

/**
 * The actors of verb `verb`'s subject as `treeSubjectActors` reads them, and for a relative
 * pronoun the noun its clause qualifies ("Franklin Graham, who has vowed": Franklin Graham), or
 * when that noun is a predicate, its subject ("Smith is a liar and bully who has pledged": Smith).
 */
export function subjectActors(actors: ActorIndex, words: readonly Word[], tree: DependencyTree, verb: number, floor: number): Mention[] | undefined {
  const found = treeSubjectActors(actors, words, tree, verb, floor);
  // The parser hangs a relative clause after a list on the list as a conjunct.
  if (found === undefined || found.length > 0 || !['acl:relcl', 'conj'].includes(tree.relation(verb))) return found;
  const subject = tree.nearestDependent(verb, 'nsubj');
  if (subject < 0 || !RELATIVE_PRONOUNS.has(words[subject]!.lower)) return found;
  // A conjunct's head may be any word before it, whose phrase runs past the clause.
  let antecedent = tree.head(verb);
  while (tree.relation(antecedent) === 'conj') antecedent = tree.head(antecedent);
  return tree.dependent(antecedent, 'cop') >= 0 ? treeSubjectActors(actors, words, tree, antecedent, floor) : found;
}

/** The dates and durations of the values layer that resolve to a window: what events and commitments are timed by. */
export function datedValues(values: readonly Value[]): Value[] {
  return values.filter((value) => (value.type === 'DATE' || value.type === 'DURATION') && value.resolved !== null);
}

/** The entity ids of mentions, each once, in order. */
export const entityIds = (mentions: readonly Mention[]) => [...new Set(mentions.map((mention) => mention.entity.id))];

/** Whether the name starting at `first` follows "according to", past its articles. */
function isAccordingTo(words: readonly Word[], first: number): boolean {
  let i = first - 1;
  while (words[i]?.pos === 'DET') i--;
  return words[i]?.lower === 'to' && words[i - 1]?.lower === 'according';
}

/**
 * Actors ending right before word `end` and coordinated with it, scanning back at most
 * MAX_GAP words to the first: "Trump and Vice President JD Vance criticized".
 */
export function actorsBefore(actors: ActorIndex, words: readonly Word[], end: number, floor: number): Mention[] {
  const found: Mention[] = [];
  let i = end - 1;
  let gap = 0;
  while (i >= floor && gap <= MAX_GAP) {
    const word = words[i]!;
    const mention = actors.endingAt(i);
    if (mention !== undefined && mention.first >= floor && actors.isActor(mention)) {
      // "According to the Independent Journal, Apple ...": who reports it is no doer.
      if (isAccordingTo(words, mention.first)) break;
      if (found.length === 0 && ownsRelationalNoun(words, mention, end)) {
        // "Mr. Stephens and his brother": the brother is nobody named, but the one he is joined to is.
        if (!JOINERS.has(words[mention.first - 1]?.lower ?? '')) break;
        i = mention.first - 1;
        continue;
      }
      found.push(mention);
      i = mention.first - 1;
      gap = 0;
      continue;
    }
    if (CLAUSE_BOUNDARIES.has(word.lower)) break;
    // "Marco Rubio of Florida", "Lady Ashton of the European Union": the place or the body only
    // says where the person is from or works.
    // A body so only after a name ("head of the agency, which" has the agency act).
    const affiliation = found.at(-1)?.entity.type;
    const afterName = actors.endingAt(i - 1)?.kind === 'name';
    if (word.lower === 'of' && affiliation !== undefined && (PLACE_TYPES.has(affiliation) || (affiliation === 'ORG' && afterName)) && isPersonEndingAt(actors, i - 1, floor)) {
      found.pop();
      i--;
      continue;
    }
    // "Republicans in Congress", "Clinton in Iowa": the body or the place says where the people
    // or the person act; they are the doers.
    if (word.lower === 'in' && affiliation !== undefined && (PLACE_TYPES.has(affiliation) || affiliation === 'ORG') && isPeopleEndingAt(actors, i - 1, floor)) {
      found.pop();
      i--;
      continue;
    }
    // "Democrats -- including Clinton -- accused": the body the included are of acts with them.
    if (found.length > 0 && word.lower === 'including') {
      i -= words[i - 1]?.text === ',' || isSpacedDash(words, i - 1) ? 2 : 1;
      gap++;
      continue;
    }
    if (found.length > 0) {
      // After the first actor only joiners, articles and title words ("Vice President", "Mali's
      // army and the ...", "Spanish carmaker Seat") continue the subject.
      if (!(JOINERS.has(word.lower) || isCapitalised(word) || word.lower === 'the' || isQualifiedTitle(actors, words, i))) break;
    } else if (word.text === ',') {
      // "Hugh Hill, a doctor, met ...": skip an apposition set off by commas.
      let open = i - 1;
      while (open >= floor && i - open - 1 <= MAX_SUBJECT_APPOSITION_WORDS && words[open]!.text !== ',') open--;
      if (open < floor || words[open]!.text !== ',') break;
      // A longer one, not a clause of its own with its own subject ("..., and the plan was
      // called off", "..., we need a leader, committed to ...").
      const opener = words[open + 1]!;
      if (i - open - 1 > MAX_SHORT_APPOSITION_WORDS && (SUBJECT_JOINERS.has(opener.lower) || CLAUSE_SUBJECT_PRONOUNS.has(opener.lower) || BRACKETS_AND_QUOTES.has(opener.text))) break;
      i = open - 1;
      gap++;
      continue;
    }
    i--;
    gap++;
  }
  return withoutModifiers(words, found.reverse());
}

/**
 * "Democrats -- including Clinton -- accused", "Republicans, including Ryan, criticized": the
 * actors an inclusion aside right after `mentions` names, up to `end`; they act with them.
 */
export function withIncluded(actors: ActorIndex, words: readonly Word[], mentions: readonly Mention[], end: number): Mention[] {
  const last = mentions.at(-1);
  if (last === undefined) return [...mentions];
  let i = last.last + 1;
  if (words[i]?.text === ',' || isSpacedDash(words, i)) i++;
  if (words[i]?.lower !== 'including') return [...mentions];
  const included = actorsAfter(actors, words, i + 1, end).filter((mention) => !mentions.some((other) => other.entity === mention.entity));
  return [...mentions, ...included];
}

export const isPossessiveMark = (word: Word | undefined) => word !== undefined && /^['’]s$/u.test(word.text);

/** Whether an actor that is a person's name ends at word `index`. */
const isPersonEndingAt = (actors: ActorIndex, index: number, floor: number) => {
  const mention = actors.endingAt(index);
  return mention !== undefined && mention.first >= floor && mention.entity.type === 'PERSON' && actors.isActor(mention);
};

/** Whether an actor that names a person or a group of people (by nationality, faith or party) ends at word `index`. */
const isPeopleEndingAt = (actors: ActorIndex, index: number, floor: number) => {
  const mention = actors.endingAt(index);
  return mention !== undefined && mention.first >= floor && (mention.entity.type === 'PERSON' || mention.entity.type === 'NORP') && actors.isActor(mention);
};

/**
 * Whether word `index` is, or is the "'s" of, a common noun qualified by an actor right before
 * it that joins a subject or describes the actor after it: "Mali's army and ...", "Spanish
 * carmaker Seat", "Kenya's opposition Azimio coalition". ("Chile's CUT" is the CUT.)
 */
function isQualifiedTitle(actors: ActorIndex, words: readonly Word[], index: number): boolean {
  if (isPossessiveMark(words[index])) return actors.endingAt(index - 1) !== undefined && isQualifiedTitle(actors, words, index + 1);
  const word = words[index]!;
  if (!TITLE_TAGS.has(word.pos) || !/^\p{Ll}/u.test(word.text)) return false;
  const owner = isPossessiveMark(words[index - 1]) ? actors.endingAt(index - 2) : actors.endingAt(index - 1);
  const next = words[index + 1];
  return owner !== undefined && qualifies(words, owner) && next !== undefined && (SUBJECT_JOINERS.has(next.lower) || actors.startingAt(index + 1) !== undefined);
}

/** Drops a demonym or country that only qualifies the next actor's title ("Russian President Vladimir Putin" is Putin) and the first part of a split name. */
function withoutModifiers(words: readonly Word[], mentions: Mention[]): Mention[] {
  return mentions.filter((mention, k) => {
    const next = mentions[k + 1];
    // One person's name the names layer split in two ("Ana Maria" "Rojas"): the last part carries the surname.
    if (next !== undefined && next.first === mention.last + 1 && mention.entity.type === 'PERSON' && next.entity.type === 'PERSON') return false;
    if (next !== undefined && mention.entity.type === 'ORG' && heldTitle(words, mention, next)) return false;
    // "Senate Democrats", "House Republicans": the body only says which of the group.
    if (next !== undefined && next.first === mention.last + 1 && mention.entity.type === 'ORG' && next.entity.type === 'NORP') return false;
    if (next === undefined || !qualifies(words, mention)) return true;
    // "Russian President Vladimir Putin", "two Russian journalists, Pavel Orlov and ...", and an
    // organisation after what it is ("Spanish carmaker Seat").
    const between = words.slice(mention.last + 1, next.first);
    const described = next.entity.type === 'PERSON' || (next.entity.type === 'ORG' && between.some((word) => /^\p{Ll}/u.test(word.text)) && !between.some((word) => SUBJECT_JOINERS.has(word.lower)));
    return !(described && between.length <= MAX_MODIFIER_GAP && between.every((word) => /^\p{L}/u.test(word.text) || word.text === ',' || isPossessiveMark(word)));
  });
}

/**
 * Whether organisation `body` only names where the title of person `next` is held: "House
 * Speaker Paul Ryan", "Apple's CEO Tim Cook" (not "Apple and CEO Tim Cook", nor past a comma).
 */
function heldTitle(words: readonly Word[], body: Mention, next: Mention): boolean {
  const between = words.slice(body.last + 1, next.first);
  return next.entity.type === 'PERSON' && between.length > 0 && between.length <= MAX_MODIFIER_GAP
    && between.every((word) => (/^\p{L}/u.test(word.text) && !SUBJECT_JOINERS.has(word.lower)) || isPossessiveMark(word));
}

/**
 * Whether a mention can qualify a person named after it: a nationality, a country, or a party or
 * faith in the singular, which is an adjective there ("Republican presidential candidate Donald
 * Trump"; "Republicans" names the group).
 */
const qualifies = (words: readonly Word[], mention: Mention) => mention.kind === 'demonym' || mention.entity.type === 'GPE'
  || (mention.entity.type === 'NORP' && mention.first === mention.last && !words[mention.first]!.lower.endsWith('s'));

/**
 * Actors starting within a few words (`firstWithin`) after `start` up to `limit`, with those
 * coordinated with them; with `joinedAdjectives`, also past the adjectives of a later conjunct
 * ("Ryan and other top congressional Republicans").
 */
export function actorsAfter(actors: ActorIndex, words: readonly Word[], start: number, limit: number, firstWithin = MAX_GAP, joinedAdjectives = false): Mention[] {
  const found: Mention[] = [];
  let i = start;
  let gap = 0;
  /** Whether an "and" or "or" stands between the last actor found and word `i`. */
  let joined = false;
  while (i < limit && gap <= (found.length === 0 ? firstWithin : MAX_GAP)) {
    const word = words[i]!;
    // "urged the board to work with regional partners": an object "the <body>" stands for
    // the person it was last named after, or for nobody named; the scan does not go past it.
    if (i === start && word.lower === 'the' && i + 1 < limit && isOwnerBody(words[i + 1]!) && actors.startingAt(i + 1) === undefined) {
      const owner = ownerOfBody(words, actors, i);
      if (owner !== undefined) return [owner];
      if (words[i + 2]?.lower !== 'of') return [];
    }
    const mention = actors.startingAt(i);
    // "recalled its ambassador to Venezuela": a possessive names the object's owner, mostly the subject itself.
    const last = found.at(-1);
    if (mention !== undefined && actors.isActor(mention) && !(mention.kind === 'pronoun' && POSSESSIVES.has(word.lower))) {
      // Past a nationality or a country only the person it qualifies is taken ("U.S. envoy Keith
      // Kellogg"), unless a joiner comes between ("Peru and the Netherlands").
      if (last !== undefined && gap > 0 && qualifies(words, last) && mention.entity.type !== 'PERSON' && !JOINERS.has(wordBeforeDeterminers(words, i)?.lower ?? '')) break;
      found.push(mention);
      i = mention.last + 1;
      gap = 0;
      joined = false;
      // Possessive: "Zelenskiy's invitation" names whose the object is; what follows is the
      // object, which is the actor itself where a name heads it ("Oslo's mayor Anna Berg").
      if (/^['’]s$/u.test(words[i]?.text ?? '')) {
        const possessed = possessedName(actors, words, i + 1, limit);
        if (possessed === undefined) break;
        found[found.length - 1] = possessed;
        i = possessed.last + 1;
      }
      continue;
    }
    // "praised leaders such as Viktor Orban", "convened surrogates (including Lena Berg)": the
    // examples named are the object.
    const examples = word.lower === 'as' && words[i - 1]?.lower === 'such' ? 1 : word.text === '(' && words[i + 1]?.lower === 'including' ? 2 : 0;
    // Not in a phrase of place ("in communities such as Buffalo").
    if (found.length === 0 && examples > 0 && !words.slice(start, i).some((before) => before.pos === 'ADP')) {
      i += examples;
      gap++;
      continue;
    }
    // "criticised the plan - a plan Holm wrote - on Monday": a dash opens an aside, not more of the object.
    if (CLAUSE_BOUNDARIES.has(word.lower) || isSpacedDash(words, i) || word.lower === 'to' && found.length > 0 || opensVerbPhrase(words, i)) break;
    if (PLACE_PREPOSITIONS.has(word.lower) && found.length === 0 && word.lower !== 'from') {
      // "met in Geneva with ...": a place phrase before the object is skipped.
      i++;
      gap++;
      continue;
    }
    // After a nationality or a country, the people it qualifies may follow ("Russian journalists
    // Pavel Orlov and Denis Zimin", "U.S. envoy Keith Kellogg"); after an organisation, the people
    // whose title it names ("City Hall hopefuls Ana Ruiz and Tom Okafor").
    const afterDemonym = last !== undefined && (qualifies(words, last) || last.entity.type === 'ORG') && gap < MAX_MODIFIER_GAP && TITLE_TAGS.has(word.pos);
    // "met with Ryan and other top congressional Republicans": past a joiner, the next conjunct's adjectives.
    const joinedAdjective = joinedAdjectives && word.pos === 'ADJ' && joined;
    if (found.length > 0 && !afterDemonym && !joinedAdjective && !(JOINERS.has(word.lower) || isCapitalised(word) || ['several', 'other', 'the', 'its', 'his', 'her', 'their', 'some', 'many'].includes(word.lower))) break;
    if (found.length > 0 && SUBJECT_JOINERS.has(word.lower)) joined = true;
    i++;
    gap++;
  }
  return withoutModifiers(words, found);
}

/** Tags of the words between a possessive and the name that heads its phrase ("Oslo's newly elected mayor Anna Berg"). */
const POSSESSED_MODIFIER_TAGS = new Set(['NOUN', 'PROPN', 'ADJ', 'ADV', 'NUM']);
/** Tags of a word that carries a noun phrase on past a name ("Mexican [heritage]", "Syria [policy]"). */
const PHRASE_GOES_ON_TAGS = new Set(['NOUN', 'PROPN']);

/**
 * The name that heads the phrase a possessive opens at word `from` ("Obama's Justice
 * Department", "Oslo's newly elected mayor Anna Berg"), past the titles, modifiers and
 * participles before it;
 * undefined where a common noun heads it ("Trump's Mexican heritage": a people's adjective only qualifies it).
 */
function possessedName(actors: ActorIndex, words: readonly Word[], from: number, limit: number): Mention | undefined {
  for (let k = from; k < limit && k - from <= MAX_MODIFIER_GAP;) {
    const mention = actors.startingAt(k);
    if (mention !== undefined) {
      const next = words[mention.last + 1];
      const heads = next === undefined || !(PHRASE_GOES_ON_TAGS.has(next.pos) || isPossessiveMark(next));
      if (heads) return mention.kind === 'name' && actors.isActor(mention) ? mention : undefined;
      k = mention.last + 1;
      continue;
    }
    const participle = words[k]!.pos === 'VERB' && PAST_PARTICIPLE.test(words[k]!.lower);
    if (!POSSESSED_MODIFIER_TAGS.has(words[k]!.pos) && !participle && words[k]!.text !== '-') return undefined;
    k++;
  }
  return undefined;
}

/** The word before `index`, past articles ("and the Netherlands"). */
function wordBeforeDeterminers(words: readonly Word[], index: number): Word | undefined {
  let i = index - 1;
  while (words[i]?.pos === 'DET') i--;
  return words[i];
}

/**
 * Whether a verb phrase of its own starts at `index`: a gerund after a preposition ("accused them
 * of spying for Minsk") or a verb after a conjunction ("expelled two diplomats and downgraded
 * ties with Tehran"). The actors in it are its own, not the object of the verb before.
 */
function opensVerbPhrase(words: readonly Word[], index: number): boolean {
  const word = words[index]!;
  const previous = words[index - 1];
  return word.pos === 'VERB' && previous !== undefined && (previous.pos === 'ADP' || previous.pos === 'CCONJ');
}

const PLURAL_PRONOUNS = new Set(['they', 'them', 'their']);

/**
 * "Mali and Burkina Faso said their forces had never clashed ...": a plural pronoun the actors layer
 * resolved to one of several coordinated actors stands for all of them.
 */
export function withPluralAntecedents(actors: ActorIndex, words: readonly Word[], mentions: readonly Mention[]): Mention[] {
  return mentions.flatMap((mention) => {
    if (mention.kind !== 'pronoun' || !PLURAL_PRONOUNS.has(words[mention.first]!.lower)) return [mention];
    const antecedent = mention.entity.mentions.filter((other) => other.kind !== 'pronoun' && other.end <= mention.start).at(-1);
    if (antecedent === undefined) return [mention];
    const last = wordAt(words, antecedent.end) - 1;
    let floor = last;
    while (floor > 0 && words[floor - 1]!.sentence === words[last]!.sentence) floor--;
    const coordinated = actorsBefore(actors, words, last + 1, floor);
    const joined = coordinated.length > 1 && coordinated.every((other, k) => k === 0 || words.slice(coordinated[k - 1]!.last + 1, other.first).some((word) => SUBJECT_JOINERS.has(word.lower)));
    return joined ? coordinated : [mention];
  });
}

/** Endings of past participles: "signed", "taken", "shown", "begun", "fought", "shot", "hit", "sent". */
export const PAST_PARTICIPLE = /(ed|en|wn|un|t)$/;

/** Whether the verb at `trigger` is a passive ("was criticised", "were arrested"). */
export function isPassive(words: readonly Word[], trigger: number): boolean {
  const word = words[trigger]!;
  if (!PAST_PARTICIPLE.test(word.lower)) return false;
  // "an accord signed in London by ...", "among those invited by Scott": a participle after its noun, with its agent; not a
  // verb whose own complement holds the "by" ("Governor Lisa Park promised to fix it by 2027").
  if (words[trigger - 1]?.pos === 'NOUN' || words[trigger - 1]?.lower === 'those') {
    const by = words.slice(trigger + 1, trigger + 9).findIndex((next) => next.lower === 'by');
    // "the campaign countered Sunday by suggesting other dates": a "by" before a gerund tells how, and names no agent.
    const manner = by >= 0 && isGerund(words[trigger + 2 + by]);
    if (by >= 0 && !manner && !words.slice(trigger + 1, trigger + 1 + by).some((word) => word.pos === 'VERB')) return true;
  }
  return afterPassiveAuxiliary(words, trigger);
}

/** Whether `word` is a gerund ("suggesting"), as the tagger reads it. */
const isGerund = (word: Word | undefined) => word !== undefined && word.pos === 'VERB' && word.lower.endsWith('ing');

/** Words that may stand between a passive auxiliary and its participle ("are not admitted", "was later announced"). */
const BETWEEN_AUXILIARY_AND_PARTICIPLE = new Set([
  'not', "n't", 'never', 'also', 'already', 'later', 'since', 'first', 'then', 'just', 'often', 'rarely',
  'widely', 'publicly', 'formally', 'officially', 'reportedly', 'allegedly', 'repeatedly', 'being',
]);

/** Whether a form of "be" (or "get") stands right before word `index`, past "not" and a few adverbs: a passive if it is a participle. */
export function afterPassiveAuxiliary(words: readonly Word[], index: number): boolean {
  for (let i = index - 1; i >= 0 && index - i <= 3; i--) {
    if (PASSIVE_AUXILIARIES.has(words[i]!.lower)) return true;
    if (!BETWEEN_AUXILIARY_AND_PARTICIPLE.has(words[i]!.lower)) return false;
  }
  return false;
}

/** The agent of a passive: "by X" after the trigger. */
export function passiveAgent(actors: ActorIndex, words: readonly Word[], trigger: number, limit: number): Mention[] {
  for (let i = trigger + 1; i < limit && i - trigger <= 8; i++) {
    if (words[i]!.lower === 'by') return actorsAfter(actors, words, i + 1, limit);
    if (CLAUSE_BOUNDARIES.has(words[i]!.lower)) break;
  }
  return [];
}

/** "between A and B" right after a nominal trigger: [A], [B]. */
export function between(actors: ActorIndex, words: readonly Word[], trigger: number, limit: number): [Mention[], Mention[]] | undefined {
  const at = words[trigger + 1]?.lower === 'between' ? trigger + 1 : words[trigger + 2]?.lower === 'between' ? trigger + 2 : -1;
  if (at < 0) return undefined;
  const parties = actorsAfter(actors, words, at + 1, limit);
  if (parties.length < 2) return undefined;
  return [parties.slice(0, 1), parties.slice(1)];
}

/**
 * The place of an event: a place named before an event noun ("the Paris talks"), or the nearest
 * place after a preposition of place ("in Geneva", "at the border") in the word ranges given
 * (the event's clause, a phrase opening its sentence), after the trigger rather than before it,
 * and before a phrase of another event's time; "on" places only at a place that is no country
 * ("on Lake Chad"), and "to" only where `goesTo` (forces deployed "to Constanta"). The first
 * named place among `reached`, the event's targets when it goes to or strikes them ("visited
 * Morocco", "shelled Kherson"), comes first. A person, a people, a pronoun ("their border") or a
 * people's adjective names no place.
 */
export function placeOf(text: string, actors: ActorIndex, words: readonly Word[], trigger: number, nominal: boolean, ranges: readonly (readonly [number, number])[], reached: readonly Mention[] = [], goesTo = false): Place | null {
  const place = (mention: Mention): Place => ({ span: span(text, mention.start, mention.end), entity: mention.entity.id, name: mention.entity.name });
  const target = reached.find((mention) => mention.kind === 'name' && PLACE_TYPES.has(mention.entity.type));
  if (target !== undefined) return place(target);
  const from = Math.min(...ranges.map(([first]) => first));
  // "White House summit", "Oval Office encounter", "the Mosul car bomb attacks": a place before the event noun, past other nouns.
  let before = trigger - 1;
  while (nominal && before > from && actors.endingAt(before) === undefined && (words[before]!.pos === 'NOUN' || words[before]!.pos === 'ADJ')) before--;
  const modifier = nominal ? actors.endingAt(before) : undefined;
  // "Russian airstrikes": a people's adjective names who acted, not where.
  if (modifier !== undefined && PLACE_TYPES.has(modifier.entity.type) && modifier.kind !== 'demonym') return place(modifier);
  let best: { mention: Mention; distance: number } | undefined;
  for (const [first, last] of ranges) {
    for (let i = first; i < last; i++) {
      // "sent tents ... after an earthquake in Herat": a place in a phrase of another event's time is that event's.
      if (i > trigger && SEQUENCE_PREPOSITIONS.has(words[i]!.lower)) break;
      const preposition = words[i]!.lower;
      // "deployed troops to Constanta": where forces go is where they are deployed.
      const destination = preposition === 'to' && goesTo;
      if (!(PLACE_PREPOSITIONS.has(preposition) && preposition !== 'from') && preposition !== 'on' && !destination) continue;
      let next = i + 1;
      // "in the south of", "in southern Lebanon", "to the Taiwan Strait".
      while (next < i + 3 && (words[next]?.lower === 'the' || words[next]?.pos === 'ADJ')) next++;
      const mention = actors.startingAt(next);
      if (mention === undefined || mention.entity.type === 'PERSON' || mention.entity.type === 'NORP' || mention.kind === 'pronoun' || mention.kind === 'demonym') continue;
      // "on Lake Chad", "air strikes on El Fasher": "on" places only at a place that is no country
      // ("sanctions on Russia" name a target; "on Fox News", "on Super Tuesday" no place).
      // Nor one that only qualifies a noun after it ("attacks on Florida Sen. Marco Rubio", "on Iowa TV").
      if (preposition === 'on' && (!PLACE_TYPES.has(mention.entity.type) || mention.entity.kb?.startsWith('iso:') === true || ['NOUN', 'PROPN'].includes(words[mention.last + 1]?.pos ?? ''))) continue;
      if (destination && !PLACE_TYPES.has(mention.entity.type)) continue;
      // After the trigger is likelier its place than before it.
      const distance = i > trigger ? i - trigger : (trigger - i) * 2;
      if (best === undefined || distance < best.distance) best = { mention, distance };
    }
  }
  return best === undefined ? null : place(best.mention);
}

/** Prepositions that place one event before or after another ("after three days of clashes", "after an earthquake in Herat"). */
export const SEQUENCE_PREPOSITIONS: ReadonlySet<string> = new Set(['after', 'before', 'following', 'amid', 'since']);

/** Prepositions that introduce the other party of an event ("pledged aid to Ukraine", "clashed with Nigeria"). */
const TARGET_PREPOSITIONS = new Set(['to', 'against', 'on', 'with', 'toward', 'towards', 'into', 'from']);

/** The other party named after a preposition later in the clause, when the object is not an actor. */
export function prepositionalTarget(actors: ActorIndex, words: readonly Word[], from: number, limit: number): Mention[] {
  for (let i = from; i < limit; i++) {
    // "confiscated his computer after he had posted ... on a Turkish beach": not into another
    // clause (an aside in brackets may still name the target: "encourage people (to back Clinton)").
    if ((CLAUSE_BOUNDARIES.has(words[i]!.lower) && !BRACKETS_AND_QUOTES.has(words[i]!.text)) || isSpacedDash(words, i)) break;
    // "praised his sister and declined to disown Labour councillors": nor into a verb phrase of its own.
    if (opensVerbPhrase(words, i)) break;
    if (!TARGET_PREPOSITIONS.has(words[i]!.lower)) continue;
    const found = actorsAfter(actors, words, i + 1, Math.min(limit, i + 4));
    if (found.length > 0) return found;
  }
  return [];
}

/** Words that stand between a subject and its verb without ending the subject ("has", "would not", "later", "publicly"). */
const VERB_COMPANIONS = new Set(['AUX', 'ADV', 'PART']);
/** How many auxiliaries and adverbs may stand between a subject and its verb. */
const MAX_COMPANIONS = 3;

/** Where a verb's subject ends: before its auxiliaries, negation and adverbs ("Trump has repeatedly criticized"). */
export function subjectEnd(words: readonly Word[], verb: number): number {
  let i = verb;
  while (i > 0 && verb - i <= MAX_COMPANIONS && words[i - 1]!.lower !== 'to' && (VERB_COMPANIONS.has(words[i - 1]!.pos) || /ly$/.test(words[i - 1]!.lower))) i--;
  return i;
}

/** The auxiliaries and adverbs of verb `verb` before it in the parse ("has not", "would never"). */
export function auxiliariesOf(tree: DependencyTree, words: readonly Word[], verb: number): Word[] {
  return [...tree.dependentsOf(verb)].filter((dependent) => dependent < verb && ['aux', 'advmod'].includes(tree.baseRelation(dependent))).map((dependent) => words[dependent]!);
}

/**
 * Whether word `at` is a verb: tagged one, or a word the tagger took for a noun or an adjective
 * that the parse gives a subject and no determiner, owner or copula ("Sanders advocates tax
 * increases", "the department is promising members of Congress").
 */
export function actsAsVerb(tree: DependencyTree, words: readonly Word[], at: number): boolean {
  if (words[at]!.pos === 'VERB') return true;
  if (words[at]!.pos !== 'NOUN' && words[at]!.pos !== 'ADJ') return false;
  const relations = [...tree.dependentsOf(at)].map((dependent) => tree.relation(dependent));
  return relations.includes('nsubj') && !relations.some((relation) => ['det', 'nmod:poss', 'cop', 'case'].includes(relation));
}

/**
 * Whether word `at` is a noun: tagged one, or a word the tagger took for a verb that the parse
 * gives a determiner or an owner ("Clinton's embrace of ...").
 */
export function actsAsNoun(tree: DependencyTree | null, words: readonly Word[], at: number): boolean {
  if (words[at]!.pos === 'NOUN' || words[at]!.pos === 'PROPN') return true;
  return tree !== null && words[at]!.pos === 'VERB' && [...tree.dependentsOf(at)].some((dependent) => dependent < at && ['det', 'nmod:poss'].includes(tree.relation(dependent)));
}

/** How many words a bracket after a name may hold ("(D-Mo.)", "(R-S.C.)"). */
const MAX_BRACKET_WORDS = 6;

/** Where the bracketed words ending at word `last` open, at the "(" ("Sen. Claire McCaskill (D-Mo.)"); `last` + 1 when `last` closes no bracket. */
export function bracketStart(words: readonly Word[], last: number, floor: number): number {
  if (words[last]?.text !== ')') return last + 1;
  for (let k = last - 1; k >= floor && last - k <= MAX_BRACKET_WORDS; k--) if (words[k]!.text === '(') return k;
  return last + 1;
}
