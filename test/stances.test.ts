import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { AnalyzedDocument } from '../src/document/contract.js';
import { hasStancePrefix } from '../src/facts/stances/groups.js';
import { succeeded } from './helpers.js';

const analyzed = (text: string) => succeeded(analyze({ text, publishedAt: '2016-05-02' }));
const nameOf = (doc: AnalyzedDocument, id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
/** "holder polarity issue" for each stance of a text. */
function stances(text: string): string[] {
  const doc = analyzed(text);
  return doc.stances.map((stance) => `${stance.holder.map((id) => nameOf(doc, id)).join('+')} ${stance.polarity} ${stance.issue}`);
}

describe('stances stated by nouns and predicates', () => {
  it.each([
    ['an agent noun after a copula', 'Senator Jane Doe is a vocal opponent of the trade deal.', 'Jane Doe oppose trade deal'],
    ['an agent noun in apposition, its issue a name before it', 'Mayor Tom Ortiz, a longtime Clinton supporter, spoke on Friday.', 'Mayor Tom Ortiz support Clinton'],
    ['an act noun with its owner', 'Senator Jane Doe spoke. Her opposition to the pipeline is well known.', 'Jane Doe oppose pipeline'],
    ['an act noun after its owner\'s course of conduct', "Governor Lisa Park spoke. Park's strategy of resistance to the court order drew protests.", 'Lisa Park oppose court order'],
    ['an act noun quoted alone, its preposition past the quote', 'Governor Lisa Park spoke. Park\'s record of "massive resistance" to the court order is well known.', 'Lisa Park oppose court order'],
    ['a predicate after a copula', 'Governor Lisa Park is opposed to the levy.', 'Lisa Park oppose levy'],
    ['a predicate of dismay after a copula', 'Governor Lisa Park is troubled by the levy.', 'Lisa Park oppose levy'],
    ['a predicate of content after a copula', 'Governor Lisa Park was pleased with the deal.', 'Lisa Park support deal'],
    ['an agent noun after "being", of the subject of the clause it hangs on, past a quotation mark', 'Mayor Tom Ortiz wrote in a letter that Senator Jane Doe "has a lengthy record of being a firm supporter of the harbour plan."', 'Jane Doe support harbour plan'],
    ['an agent noun after "being" in a quoted phrase, of the clause\'s subject', 'A spokesman said Senator Jane Doe "has a long record of being a critic of the levy" and will vote no.', 'Jane Doe oppose levy'],
    ['a predicate of alignment after a copula', 'Senator Jane Doe is closely aligned with Governor Lisa Park.', 'Jane Doe support Lisa Park'],
    ['a predicate of alignment in a relative clause', 'The plan came from Tom Ortiz, a banker who is aligned with Governor Lisa Park.', 'Tom Ortiz support Lisa Park'],
    ['a manner phrase after a verb', 'Mayor Tom Ortiz voted in favour of the ban.', 'Mayor Tom Ortiz support ban'],
    ['a group qualified by a body ("Senate Democrats"), held by the group', 'The Senate met on Monday. Senate Democrats blocked the bill on Tuesday.', 'Democrats oppose bill'],
    ['an issue with a word quoted inside it', 'Senator Jane Doe opposed the “poison pill” in the bill.', 'Jane Doe oppose “poison pill” in the bill'],
    ['an issue of two noun phrases joined by "and"', 'Senator Jane Doe supports transgender rights and gay marriage.', 'Jane Doe support transgender rights and gay marriage'],
    ['an issue of two adjectives joined by "and" before its noun', 'Senator Jane Doe spoke against this reckless and costly levy.', 'Jane Doe oppose this reckless and costly levy'],
    ['an issue ended by "and" before a clause', 'Senator Jane Doe backed the levy and the council agreed.', 'Jane Doe support levy'],
    ['an issue ended by a hyphen standing for a dash', 'The Harbour Club has also endorsed Governor Lisa Park - the first time it has taken sides.', 'Harbour Club support Lisa Park'],
    ['an issue with a hyphen inside a word', 'Governor Lisa Park backed the rosy-sounding harbour plan.', 'Lisa Park support rosy-sounding harbour plan'],
    ['an act owned by a pronoun, its noun quoted', 'Mayor Tom Ortiz spoke. Senator Jane Doe published an op-ed hammering his “unsuitability” for office.', 'Jane Doe oppose “unsuitability” for office'],
    ['a hostility "towards" a policy', 'Senator Jane Doe has expressed open hostility towards the levy.', 'Jane Doe oppose levy'],
    ['"stand by" and its object', 'Senator Jane Doe has stood by the trade pact.', 'Jane Doe support trade pact'],
    ['a stance verb the tagger took for a noun', 'Senator Jane Doe advocates tax increases for the rich.', 'Jane Doe support tax increases for the rich'],
    ['a stance noun the tagger took for a verb, its issue ending before the verb', "Governor Lisa Park's embrace of the trade pact surprised her allies.", 'Lisa Park support trade pact'],
    ['an act noun with the act after "to"', 'Mayor Tom Ortiz defended his proposal to close the landfill.', 'Mayor Tom Ortiz support close the landfill'],
    ['an act noun whose act joins two names with "and"', 'Governor Lisa Park repeated her call to bring Republicans and Democrats together.', 'Lisa Park demand bring Republicans and Democrats together'],
    ['an act noun with "about"', 'Governor Lisa Park voiced reservations about the merger.', 'Lisa Park oppose merger'],
    ['a donor, who backs the party named before the noun', 'Mayor Tom Ortiz, a longtime Democratic Party donor, spoke on Friday.', 'Mayor Tom Ortiz support Democratic Party'],
    ['a donor coordinated with another predicate of a relative clause', 'The plan came from Tom Ortiz, who is also the owner of Acme Corp. and a Democratic Party mega-donor.', 'Tom Ortiz support Democratic Party'],
    ['a donor with the issue after "to"', 'Tom Ortiz is a major donor to the Clinton campaign.', 'Tom Ortiz support Clinton campaign'],
    ['an agent noun coordinated with a description of the holder in apposition', 'Much of the talk was about Tom Ortiz, the casino mogul and Democratic Party backer.', 'Tom Ortiz support Democratic Party'],
    ['an agent noun after a name and "and other"', 'The mayor has sought to reassure Democrats and other Clinton supporters.', 'Democrats support Clinton'],
    ['an agent noun coordinated with the subject, its issue ending before the verb', 'Governor Lisa Park and other critics of the levy met on Friday.', 'Lisa Park oppose levy'],
    ['an agent noun whose issue is a name typed MISC', 'Senator Jane Doe is a longtime Obamacare critic.', 'Jane Doe oppose Obamacare'],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });

  it('reads a position as moved by words that say so, not by a time of the telling', () => {
    expect(analyzed('Mayor Tom Ortiz previously opposed the levy.').stances.map((stance) => stance.changed)).toEqual([true]);
    expect(analyzed('Later in the broadcast, Mayor Tom Ortiz praised the harbour levy.').stances.map((stance) => stance.changed)).toEqual([false]);
  });

  it('gives a change word only to the stance of its own clause', () => {
    const changed = (text: string) => analyzed(text).stances.map((stance) => `${stance.issue} ${stance.changed}`);
    expect(changed('Mayor Tom Ortiz no longer runs the party and Governor Lisa Park endorsed Senator Jane Doe.')).toEqual(['Jane Doe false']);
    expect(changed('Governor Lisa Park reversed her support for the levy.')).toEqual(['levy true']);
    expect(changed('Senator Jane Doe has now dropped her opposition to the harbour plan.')).toEqual(['harbour plan true']);
    // A verb sharing the subject moves from the one before it when they share the object, or the one before is a change.
    expect(changed('Senator Jane Doe previously opposed and now supports the harbour levy.')).toEqual(['harbour levy true']);
    expect(changed('Governor Lisa Park spoke. Senator Jane Doe reversed course and endorsed Governor Lisa Park.')).toEqual(['Lisa Park true']);
    expect(changed('Mayor Tom Ortiz previously ran the party and endorsed the levy.')).toEqual(['levy false']);
  });

  it('reads a support given up ("no longer backs") as withheld, and an opposition given up as no side', () => {
    expect(stances('Mayor Tom Ortiz no longer backs the levy.')).toEqual(['Mayor Tom Ortiz reject levy']);
    expect(analyzed('Mayor Tom Ortiz no longer backs the levy.').stances.map((stance) => stance.changed)).toEqual([true]);
    expect(stances('Mayor Tom Ortiz no longer opposes the harbour plan.')).toEqual([]);
  });

  it('takes the owner of an act noun across the quotation mark that opens at the noun', () => {
    expect(stances('Mayor Tom Ortiz said he would not buy bonds because of the Brookfield Water Board’s “support of the harbour levy.”')).toEqual(['Brookfield Water Board support harbour levy']);
  });

  it('gives an owner\'s ally named after the noun a stance on the owner', () => {
    expect(stances("Governor Lisa Park's longtime ally Tom Ortiz spoke on Friday.")).toEqual(['Tom Ortiz support Lisa Park']);
  });

  it('gives a role taken "as a delegate for" to the subject of its verb', () => {
    expect(stances('Tom Ortiz volunteered to work as a delegate for Jane Doe.')).toEqual(['Tom Ortiz support Jane Doe']);
  });

  it('reads an act noun whose phrase the parse splits at the act', () => {
    expect(stances("Nor would Governor Lisa Park's proposals to raise taxes on farmers have any impact on him.")).toEqual(['Lisa Park support raise taxes on farmers']);
  });

  it('reads a decision not to act as a rejection of the act', () => {
    expect(stances('Acme Corp announced its decision not to fund the festival.')).toEqual(['Acme Corp reject fund the festival']);
  });

  it('gives a stance verb in an infinitive after an owned noun to the owner', () => {
    expect(stances('Tom Ortiz said that Jane Doe, a farmer, had stated her intention to vote for the levy.')).toEqual(['Jane Doe support levy']);
  });

  it('finds no stance in an act noun without an act after it', () => {
    expect(stances('Mayor Tom Ortiz made a call to Senator Jane Doe.')).toEqual([]);
  });

  it('reads a denied agent ("no fan of") as opposition, and a denied critic as no side', () => {
    expect(stances('Governor Lisa Park is no fan of the harbour levy.')).toEqual(['Lisa Park oppose harbour levy']);
    expect(stances('Senator Jane Doe is not a big fan of the toll road.')).toEqual(['Jane Doe oppose toll road']);
    expect(stances('Mayor Tom Ortiz is no critic of the harbour levy.')).toEqual([]);
    expect(stances('Governor Lisa Park is a big fan of the harbour levy.')).toEqual(['Lisa Park support harbour levy']);
  });

  it('reads a plural act noun with its preposition ("campaigns against")', () => {
    expect(stances("Governor Lisa Park's campaigns against the harbour levy won her the election.")).toEqual(['Lisa Park oppose harbour levy']);
  });

  it('reads support taken back ("withdrew her endorsement") as a rejection that changed, but not one that was not taken back', () => {
    expect(stances('Governor Lisa Park withdrew her endorsement of Senator Jane Doe on Friday.')).toEqual(['Lisa Park reject Jane Doe']);
    expect(analyzed('Governor Lisa Park withdrew her endorsement of Senator Jane Doe on Friday.').stances.map((stance) => stance.changed)).toEqual([true]);
    expect(stances('Mayor Tom Ortiz pulled his support for the harbour levy.')).toEqual(['Mayor Tom Ortiz reject harbour levy']);
    expect(stances('Mayor Tom Ortiz has not rescinded his endorsement of Senator Jane Doe.')).toEqual(['Mayor Tom Ortiz support Jane Doe']);
  });
});

describe('stance verbs', () => {
  it('reads cues of three words, their issue after the last', () => {
    expect(stances('Mayor Tom Ortiz has worked hard for Governor Lisa Park since February.')).toEqual(['Mayor Tom Ortiz support Lisa Park']);
    expect(stances('Senator Jane Doe and Mayor Tom Ortiz lined up behind the levy.')).toEqual(['Jane Doe+Mayor Tom Ortiz support levy']);
  });

  it('reads agreeing to a thing as support, and not agreeing to it as a rejection; agreeing to an act is a commitment, no stance', () => {
    expect(stances('The fleet sailed on Monday. Iceland agreed to the catch limits.')).toEqual(['Iceland support catch limits']);
    expect(stances('The fleet sailed on Monday. Iceland has not yet agreed to the catch limits.')).toEqual(['Iceland reject catch limits']);
    expect(stances('The fleet sailed on Monday. Iceland agreed on Tuesday to begin joint patrols.')).toEqual([]);
  });

  it('gives the names of a closing "as did" clause the stance too, but not when more than who is compared', () => {
    expect(stances('Governor Lisa Park said she would end the harbour levy, as did Mayor Tom Ortiz.')).toEqual(['Lisa Park+Mayor Tom Ortiz oppose harbour levy']);
    expect(stances('Governor Lisa Park opposes the harbour levy, as do Senator Jane Doe and the Sierra Club.')).toEqual(['Lisa Park+Jane Doe+Sierra Club oppose harbour levy']);
    expect(stances('Governor Lisa Park opposed the harbour levy, as did Mayor Tom Ortiz in 2019.')).toEqual(['Lisa Park oppose harbour levy']);
  });

  it('leaves a stance whose pronoun subject names nobody unheld, not held by an actor of the clause before; in a reported clause the speaker holds it', () => {
    expect(stances('Voters across the United States went to the polls. Aides said the plan would focus on the poorest towns of the country, such as those in the Rust Belt, and they rejected any suggestion of a new levy.')).toEqual([]);
    expect(stances('Some Democrats said they support the harbour levy.')).toEqual(['Democrats support harbour levy']);
  });

  it('reads a stance verb right after "may", "might", "can" or "could" as a possibility, no stance, unless negated or said of the speaker in a quote', () => {
    expect(stances('Several unions are still undecided, though they may well endorse Senator Jane Doe next month.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz can now safely embrace the harbour levy.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz cannot support the harbour levy.')).toEqual(['Mayor Tom Ortiz reject harbour levy']);
    expect(stances('"I can support the harbour levy," Mayor Tom Ortiz said.')).toEqual(['Mayor Tom Ortiz support harbour levy']);
  });

  it('takes the side of a relative clause\'s verb on the noun the clause qualifies', () => {
    expect(stances('The fleet sailed on Monday. Jonsson noted that Iceland had not yet agreed to the catch limits that Norway proposed in January.')).toEqual(['Iceland reject catch limits', 'Norway support catch limits']);
  });

  it('starts the noun a relative clause qualifies past the comma, pronoun and copula of a noun parsed as a clause', () => {
    expect(stances('The mayor did not mention the levy on small shops, which was the provision in the bill Senator Jane Doe most strongly opposed.')).toEqual(['Jane Doe oppose provision in the bill']);
  });

  it('reads a cue word that is the object of a word before it as a noun, no verb of the subject ("rejected calls for")', () => {
    expect(stances('Senator Jane Doe rejected calls for a new harbour levy.')).toEqual(['Jane Doe reject calls for a new harbour levy']);
    expect(stances('Senator Jane Doe stayed silent amid calls for Mayor Tom Ortiz to resign.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz calls for a new harbour levy.')).toEqual(['Mayor Tom Ortiz demand new harbour levy']);
  });

  it('reads a withheld support as a rejection', () => {
    expect(stances('Governor Lisa Park does not support the pipeline.')).toEqual(['Lisa Park reject pipeline']);
  });

  it('reads a support withheld by a negated adjective over the infinitive as a rejection', () => {
    expect(stances('Governor Lisa Park said she is not ready to endorse the levy.')).toEqual(['Lisa Park reject levy']);
  });

  it('finds no stance in a hypothetical', () => {
    expect(stances('Governor Lisa Park would support the levy if voters approved it.')).toEqual([]);
  });

  it('gives a passive stance to its agent, on its subject', () => {
    expect(stances('The levy was rejected by the Brookfield City Council.')).toEqual(['Brookfield City Council reject levy']);
  });

  it('takes criticism of a person as a stance only on the act it names', () => {
    expect(stances('Governor Lisa Park slammed Mayor Tom Ortiz on Monday. On Tuesday, Lisa Park criticized Tom Ortiz for closing the library.')).toEqual([
      'Lisa Park oppose Mayor Tom Ortiz closing the library',
    ]);
  });

  it('keeps the act urged on a person in the issue', () => {
    expect(stances('Councilman Ray Hunt urged Senator Jane Doe to run for governor.')).toEqual(['Ray Hunt demand Senator Jane Doe to run for governor']);
  });

  it('leaves out a participle that only describes a noun', () => {
    expect(stances('Signs pointed to Jane Doe endorsing Tom Ortiz on Friday.')).toEqual([]);
  });
});

describe('quoted positions', () => {
  it('gives a speaker\'s "we have to" to the speaker as a demand', () => {
    expect(stances('"We have to repair the harbour bridge," said Councilman Ray Hunt.')).toEqual(['Ray Hunt demand repair the harbour bridge']);
  });

  it('reads no demand in "we have to" inside a relative clause or of what to expect', () => {
    expect(stances('"This is the best chance that we have to fix the bridge," said Councilman Ray Hunt.')).toEqual([]);
    expect(stances('"We have to expect that the levy will rise," said Councilman Ray Hunt.')).toEqual([]);
  });

  it('gives a speaker\'s "we should (not)" to the speaker', () => {
    expect(stances('"We should not be raising taxes," said Councilman Ray Hunt. "We must fund the schools," Hunt added.')).toEqual([
      'Ray Hunt oppose raising taxes',
      'Ray Hunt demand fund the schools',
    ]);
  });

  it('gives a duty put on the one spoken to ("you should", "you must") to the speaker, a passive act too', () => {
    expect(stances('"You should resign," Senator Jane Doe told the bank\'s chief. "And you should be criminally investigated," Doe said.')).toEqual([
      'Jane Doe demand resign',
      'Jane Doe demand be criminally investigated',
    ]);
  });

  it('reads no duty in "you should be" and a state, in "you should see", or in a relative clause', () => {
    expect(stances('"You should be willing to talk," Senator Jane Doe said. "You should see the look on his face," Doe said.')).toEqual([]);
    expect(stances('"The one thing you must have to win is unity," Senator Jane Doe said. "The plan that you should back is mine," Doe said.')).toEqual([]);
  });

  it('gives a duty put on a named thing in a quote to the speaker, negated too, but not a pronoun\'s', () => {
    expect(stances('"Councils should publish their budgets online," Mayor Tom Ortiz said.')).toEqual(['Mayor Tom Ortiz demand Councils publish their budgets online']);
    expect(stances('"Councils should not publish their budgets," Mayor Tom Ortiz said.')).toEqual(['Mayor Tom Ortiz demand Councils not publish their budgets']);
    expect(stances('"He should resign," Mayor Tom Ortiz said.')).toEqual([]);
  });

  it('reads support for "anyone but" a person as opposition to that person', () => {
    expect(stances('"I will vote for anyone but Jane Doe," said Tom Ortiz.')).toEqual(['Tom Ortiz oppose Jane Doe']);
  });

  it('gives a quoted wish and a quoted "I support" to the speaker', () => {
    expect(stances('"I would like to see a ban on plastic bags," said Governor Lisa Park.')).toEqual(['Lisa Park demand ban on plastic bags']);
    expect(stances('"I support the levy," Governor Lisa Park said.')).toEqual(['Lisa Park support levy']);
  });
});

describe('groups named for a person', () => {
  it('gives the support a group\'s name states to the subject that heads or started it', () => {
    expect(stances('Rancher Tom Ortiz is the chairman of Farmers for Jane Doe. Lisa Park started Nurses for Jane Doe.')).toEqual([
      'Rancher Tom Ortiz support Jane Doe',
      'Lisa Park support Jane Doe',
    ]);
  });

  it('reads no group in a name after a word that does not govern one', () => {
    expect(stances('Tom Ortiz thanked Brookfield Council for Jane Doe.')).toEqual([]);
  });
});

describe('cues that need more than a verb and its object', () => {
  it('takes a side with "hit" only on the act a person is hit over', () => {
    expect(stances('Senator Jane Doe hit Mayor Tom Ortiz over his handling of the budget. The storm hit Brookfield on Monday.')).toEqual(['Jane Doe oppose handling of the budget']);
  });

  it('reads the issue after a reflexive object\'s preposition', () => {
    expect(stances('Governor Lisa Park distanced herself from the tax plan.')).toEqual(['Lisa Park oppose tax plan']);
  });

  it('leaves out an ambition and a person urged to do nothing named', () => {
    expect(stances('Senator Jane Doe will seek the nomination. Senator Jane Doe seeks a ban on fracking.')).toEqual(['Jane Doe demand ban on fracking']);
    expect(stances('Councilman Ray Hunt urged Senator Jane Doe on Monday.')).toEqual([]);
  });

  it('gives no holder to a place that only qualifies the subject, nor to the subject of a participle\'s noun', () => {
    expect(stances("The Ohio senator's backers voted for the levy.")).toEqual([]);
    expect(stances('Governor Lisa Park met a group demanding the closure of the plant.')).toEqual([]);
    expect(stances('The Ohio senator endorsed the levy. The first Ohio lawmakers to endorse the levy met.')).toEqual([]);
  });

  it('reads a negated modal in a reported clause as the speaker rejecting its subject, without the clause\'s "that"', () => {
    expect(stances('Governor Lisa Park spoke. Park has said that the harbour levy would not be raised.')).toEqual(['Lisa Park reject harbour levy']);
  });

  it('reads no rejection of people a pronoun names as the subject of a negated modal', () => {
    expect(stances('Governor Lisa Park spoke. Park vowed she and her staff would never quit.')).toEqual([]);
  });

  it('reads a negated modal over a passive with an act as opposing the act, not the subject who would act', () => {
    expect(stances('Governor Lisa Park spoke. Park has previously said that landlords who own ten flats should not be allowed to raise rents.')).toEqual(['Lisa Park oppose landlords who own ten flats being allowed to raise rents']);
    expect(stances('Mayor Tom Ortiz said that the big banks must not be forced to pay the levy.')).toEqual(['Mayor Tom Ortiz oppose the big banks being forced to pay the levy']);
    // A passive with a purpose after it is the thing refused, as the plain passive is.
    expect(stances('Governor Lisa Park spoke. Park has said that Swedish troops would not be deployed to guard the harbour.')).toEqual(['Lisa Park reject Swedish troops']);
    expect(stances('Mayor Tom Ortiz said that the big banks must not be legally forced to pay the levy.')).toEqual(['Mayor Tom Ortiz oppose the big banks being legally forced to pay the levy']);
  });

  it('takes no "nothing" for an issue, nor a clause of a source for a thing rejected (the funding withheld is the company\'s)', () => {
    expect(stances('Mayor Tom Ortiz has proposed nothing.')).toEqual([]);
    expect(stances('According to the Brookfield Gazette, Acme Corp has stated it will not fund the festival.')).toEqual(['Acme Corp reject festival']);
  });
});

describe('stances read from the parse', () => {
  it('takes the holder from the subject across a long relative clause', () => {
    expect(stances('Senator Dana Reyes, who has led the finance committee of the Brookfield City Council since 2010, endorsed the plan.')).toEqual(['Dana Reyes support plan']);
  });

  it('reads a vote withheld as opposition, and an endorsement withheld as a rejection', () => {
    expect(stances('Mayor Tom Ortiz said he will not vote for Governor Lisa Park because of her tax plan.')).toEqual(['Mayor Tom Ortiz oppose Lisa Park']);
    expect(stances('Governor Lisa Park is not ready to endorse Jane Doe.')).toEqual(['Lisa Park reject Jane Doe']);
  });

  it('reads negation from the verb\'s own adverbs', () => {
    expect(stances('Governor Lisa Park has never supported the levy.')).toEqual(['Lisa Park reject levy']);
  });

  it('gives a passive in a relative clause to its agent, on the noun it qualifies', () => {
    expect(stances('The plan, which was backed by Mayor Tom Ortiz, failed.')).toEqual(['Mayor Tom Ortiz support plan']);
  });

  it('gives a passive participle set off by commas after an object to its agent, on that object', () => {
    expect(stances('Senator Jane Holloway spoke in Reno. The council passed the parking levy, opposed by Holloway, on Tuesday.')).toEqual(['Jane Holloway oppose parking levy']);
  });

  it('gives a passive participle after a noun in apposition to its agent, on that noun, where the parser makes the noun its plain subject', () => {
    expect(stances('Senator Jane Holloway spoke in Reno. The council allowed the practice, a practice criticized by Holloway and the teachers union.')).toEqual(['Jane Holloway oppose practice']);
  });

  it('gives a stance in an act urged on someone to the urger', () => {
    expect(stances('Mayor Tom Ortiz urged Governor Lisa Park to insist on a recount.')).toEqual(['Mayor Tom Ortiz demand Governor Lisa Park to insist on a recount', 'Mayor Tom Ortiz demand recount']);
  });

  it('gives a relative "who" to the name before it or to the name its apposition describes', () => {
    expect(stances('The plan drew fire from Governor Lisa Park, who has criticized the levy on farmers.')).toEqual(['Lisa Park oppose levy on farmers']);
    expect(stances('The letter was signed by Tom Ortiz, a former treasurer of the Brookfield school board who has endorsed Jane Doe.')).toEqual(['Tom Ortiz support Jane Doe']);
  });

  it('gives a verb after an apposition to the name that opens the sentence, and a role taken "as" past a particle to its verb\'s subject', () => {
    expect(stances('Tom Ortiz, the longtime treasurer who was a past backer of Governor Lisa Park, signed up as a Jane Doe delegate in the Brookfield district.'))
      .toContain('Tom Ortiz support Jane Doe');
    expect(stances('Tom Ortiz, the mayor, praised the levy, and Jane Doe, the senator, endorsed the ban.')).toEqual(['Tom Ortiz support levy', 'Jane Doe support ban']);
  });

  it('gives a verb after an apposition set off by dashes to the people it names', () => {
    expect(stances('The Democratic senators running for governor -- Jane Doe of Ohio, Tom Ortiz of Maine and Lisa Park of Utah -- all voted in favor of the levy.'))
      .toEqual(['Jane Doe+Tom Ortiz+Lisa Park support levy']);
    expect(stances('Governor Lisa Park -- who Jane Doe called a liar -- criticized the levy.')).toEqual(['Lisa Park oppose levy']);
  });

  it('gives an infinitive on a predicate noun to the people its copula\'s subject names', () => {
    expect(stances('Jane Doe of Ohio and Tom Ortiz of Maine were the lone Democrats to vote against the revised text of the levy.'))
      .toEqual(['Jane Doe+Tom Ortiz oppose revised text of the levy']);
  });

  it('gives a verb after "but" the subject of the verb it is coordinated with', () => {
    expect(stances('Governor Lisa Park backs tougher rules on lenders but embraces the 2012 housing law that would protect renters.')).toEqual(['Lisa Park support tougher rules on lenders', 'Lisa Park support 2012 housing law']);
  });

  it('takes the act urged on a named person past a time, its negation kept', () => {
    expect(stances('Councilman Ray Hunt urged Governor Lisa Park last week not to sell the ferry.')).toEqual(['Ray Hunt demand not sell the ferry']);
  });

  it('takes the act urged on an unnamed object for the issue, where the object phrase stops before it', () => {
    expect(stances('Mayor Tom Ortiz, urging those who called for her resignation to "give her time", spoke on Friday.')).toContain('Mayor Tom Ortiz demand give her time');
  });

  it('takes the holder from a passive or copular subject, not from another clause\'s', () => {
    expect(stances('The Liberal Party leads in the polls, and the Green Party is united in supporting the carbon tax.')).toEqual(['Green Party support carbon tax']);
  });
});

describe('stance verbs of belief and liking', () => {
  it('reads "espouse" as support and "love" as support of a thing, not of a person', () => {
    expect(stances('Mayor Tom Ortiz has long espoused rent control.')).toEqual(['Mayor Tom Ortiz support rent control']);
    expect(stances('Governor Lisa Park said she loves the new stadium plan. Governor Lisa Park loves Tom Ortiz.')).toEqual(['Lisa Park support new stadium plan']);
  });

  it('reads "consider" as a rejection only after a refusing modal ("won\'t consider", "would not consider"), never alone or after another negation', () => {
    expect(stances('Senator Jane Holloway spoke in Reno. Holloway won\'t consider the parking levy, her office said.')).toEqual(['Jane Holloway reject parking levy']);
    expect(stances('Senator Jane Holloway spoke in Reno. Holloway said she would not consider raising the gas tax.')).toEqual(['Jane Holloway reject raising the gas tax']);
    expect(stances('Senator Jane Holloway spoke in Reno. Holloway never considered switching her party.')).toEqual([]);
    expect(stances('Senator Jane Holloway spoke in Reno. Holloway considered the plan on Monday.')).toEqual([]);
  });

  it('reads "hates", "despises" and "loathes" as opposition to a thing, not to a person, and leaves "hate" alone (a noun as often: "hate speech")', () => {
    expect(stances('Governor Lisa Park said she hates the new stadium plan. Governor Lisa Park despises Tom Ortiz.')).toEqual(['Lisa Park oppose new stadium plan']);
    expect(stances('Mayor Tom Ortiz has long loathed the parking levy.')).toEqual(['Mayor Tom Ortiz oppose parking levy']);
    expect(stances('Mayor Tom Ortiz warned that hate speech against migrants was rising.')).toEqual([]);
  });

  it('takes no position from a question', () => {
    expect(stances('Does Governor Lisa Park support the stadium plan?')).toEqual([]);
  });
});

describe('agent nouns read from the parse', () => {
  it.each([
    ['a predicate coordinated in a relative clause', 'Tom Ortiz, who was an early investor in Acme and a longtime backer of Senator Jane Doe, spoke on Friday.', 'Tom Ortiz support Jane Doe'],
    ['a list after "include"', 'Senator Jane Doe is running again. Notable Doe supporters include Tom Ortiz and Lisa Park.', 'Tom Ortiz+Lisa Park support Jane Doe'],
    ['a "to be" predicate of a passive verb', 'Senator Jane Doe is running again. Tom Ortiz, a lawyer, and Lisa Park, a former aide to the longtime mayor of the small town of Brookfield, also are slated to be Doe delegates.', 'Tom Ortiz support Jane Doe'],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });
});

describe('verdicts in quotes', () => {
  it.each([
    ['a verdict against an act', '“Raising the toll again is absolute madness,” Mayor Tom Ortiz said.', 'Mayor Tom Ortiz oppose Raising the toll again'],
    ['a priority in reported speech', 'Governor Lisa Park said rebuilding the bridge is a higher priority than cutting taxes.', 'Lisa Park support rebuilding the bridge'],
    ['a verdict in a reported clause without "that", its subject parsed as the object of the reporting verb', "Governor Lisa Park has conceded the toll system is ''unfair'' and says she can fix it.", 'Lisa Park oppose toll system'],
    ['a verdict that favours what follows "than"', 'Governor Lisa Park said cutting taxes was less important than rebuilding the bridge.', 'Lisa Park support rebuilding the bridge'],
    ['a passive verdict', '“A fresh review of the contract is warranted,” Mayor Tom Ortiz said.', 'Mayor Tom Ortiz demand fresh review of the contract'],
    ['a verdict adjective on the predicate noun', '“The toll rise is a dangerous idea,” Mayor Tom Ortiz said.', 'Mayor Tom Ortiz oppose toll rise'],
    ['a verdict on a quoted word, its quote kept closed', "“The slogan 'fair share' is an awful gimmick,” Mayor Tom Ortiz said.", "Mayor Tom Ortiz oppose slogan 'fair share'"],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual([expected]);
  });

  it('reads a fault a remark shows as the speaker opposing the remark, not a person\'s own fault', () => {
    expect(stances('Senator Jane Doe spoke. Doe said the mayor\'s new remarks showed “a lack of respect for farmers.”')).toEqual(['Jane Doe oppose mayor\'s new remarks']);
    expect(stances('Senator Jane Doe said Mayor Tom Ortiz showed contempt for voters.')).toEqual([]);
    // The parser makes the quoted verb a subject of the fault noun.
    expect(stances('Mayor Tom Ortiz spoke. Senator Jane Doe said Tuesday that Ortiz’s comments “shows bias to me.”')).toEqual(['Jane Doe oppose Ortiz’s comments']);
  });

  it('reads a verdict a calling verb gives its object, and an act judged inappropriate in reported speech', () => {
    expect(stances('Governor Lisa Park called the port board’s handling of the strike “outrageous” on Monday.')).toEqual(['Lisa Park oppose port board’s handling of the strike']);
    // The act judged is done by the one named after "for", who takes a side by it.
    expect(stances('Mayor Tom Ortiz said that it was “totally inappropriate” for Anna Berg to criticize the harbour plan.')).toEqual(['Mayor Tom Ortiz oppose criticize the harbour plan', 'Anna Berg oppose harbour plan']);
    expect(stances('The harbour plan, which Lisa Park called a disaster, failed.')).toEqual(['Lisa Park oppose harbour plan']);
    // The parser may make the verdict a second object after the relative pronoun.
    expect(stances("The council set the levy at $4 million, which Mayor Tom Ortiz called ''a disgrace,'' blaming the governor.")).toEqual(['Mayor Tom Ortiz oppose $4 million']);
    // A person called names is attacked, not a position taken on an issue.
    expect(stances('Governor Lisa Park called Tom Ortiz a disgrace.')).toEqual([]);
  });

  it('reads a verdict in the "as" phrase of "described", on the phrase or qualifying it, and not on a person', () => {
    expect(stances('Mayor Tom Ortiz described the harbour levy as a disaster.')).toEqual(['Mayor Tom Ortiz oppose harbour levy']);
    expect(stances('Mayor Tom Ortiz described the harbour levy as “a fair compromise,” but noted that the council had not yet agreed.')).toEqual(['Mayor Tom Ortiz support harbour levy']);
    expect(stances('Mayor Tom Ortiz described Lisa Park as a disaster.')).toEqual([]);
  });

  it('leaves out a person judged, a pronoun subject and a negated verdict', () => {
    expect(stances('“Tom Ortiz is a disaster,” Governor Lisa Park said.')).toEqual([]);
    expect(stances('“It is important to listen,” Mayor Tom Ortiz said.')).toEqual([]);
    expect(stances('“Raising the toll is not a mistake,” Mayor Tom Ortiz said.')).toEqual([]);
  });
});

describe('duties and agreement in reported speech', () => {
  it('reads a duty a speaker puts on a named party in reported words, negated too', () => {
    expect(stances('Mayor Tom Ortiz said that members of the port board shouldn’t weigh in on the election.')).toEqual(['Mayor Tom Ortiz demand members of the port board not weigh in on the election']);
    expect(stances('Governor Lisa Park said the harbour fees should be cut.')).toEqual(['Lisa Park demand the harbour fees be cut']);
  });

  it('reads the act demanded as a bare infinitive after the named object, and a cue its time interrupts', () => {
    expect(stances('Anna Berg demanded Tom Ortiz resign over the harbour fees.')).toEqual(['Anna Berg demand Tom Ortiz resign over the harbour fees']);
    expect(stances('Anna Berg called Wednesday for Tom Ortiz to resign.')).toEqual(['Anna Berg demand Tom Ortiz to resign']);
    expect(stances('Anna Berg called on Tuesday for a review of the harbour fees.')).toEqual(['Anna Berg demand review of the harbour fees']);
  });

  it('leaves out what "must be" true', () => {
    expect(stances('“The other side must be wrong,” Mayor Tom Ortiz said.')).toEqual([]);
  });

  it('reads agreeing with a remark and taking aim at an act', () => {
    expect(stances('Governor Lisa Park said she agrees with Tom Ortiz’s remarks on the harbour fees.')).toEqual(['Lisa Park support Tom Ortiz’s remarks on the harbour fees']);
    expect(stances('Governor Lisa Park has taken aim at Tom Ortiz for raising the harbour fees.')).toEqual(['Lisa Park oppose Tom Ortiz raising the harbour fees']);
    // Agreeing with a person ("agreeing with me") takes no side on an issue.
    expect(stances('“Tom Ortiz is now agreeing with me 100 percent,” Governor Lisa Park said.')).toEqual([]);
  });
});

describe('stances nobody takes', () => {
  it('reads no stance in ruling out an ambition of the holder\'s own, but one in ruling out a policy', () => {
    expect(stances('Former Governor Lisa Park ruled out making a bid this morning.')).toEqual([]);
    expect(stances('Governor Lisa Park ruled out a tax increase.')).toEqual(['Lisa Park reject tax increase']);
  });

  it('gives no stance to the owner of a subject that does not speak for it, but to the owner of a campaign', () => {
    expect(stances("Many of Governor Lisa Park's supporters are skeptical of the levy.")).toEqual([]);
    expect(stances("Governor Lisa Park's fiery speech underscored the importance of a recount.")).toEqual([]);
    expect(stances("Governor Lisa Park's campaign criticized the levy.")).toEqual(['Lisa Park oppose levy']);
  });

  it('reads criticism of a person as such as no stance, but criticism of a policy or of a person for an act as one', () => {
    expect(stances('Senator Jane Doe said her harsh criticism of Tom Ortiz was fair.')).toEqual([]);
    expect(stances('Senator Jane Doe repeated her harsh criticism of the levy on farmers.')).toEqual(['Jane Doe oppose levy on farmers']);
    expect(stances('Senator Jane Doe repeated her criticism of Tom Ortiz for raising the levy.')).toEqual(['Jane Doe oppose Tom Ortiz raising the levy']);
  });

  it('gives an infinitive after a participle to the noun the participle describes, not to the sentence\'s subject', () => {
    expect(stances("Senator Jane Doe and Mayor Tom Ortiz met. Like most Democrats, Mrs. Doe's aides say they think the young renters driven to vote against Mr. Ortiz would outnumber the older voters he would attract.")).toEqual([]);
  });

  it('reads a verb on acts with a person described, not named, as no stance, unless an act follows', () => {
    expect(stances('Governor Lisa Park spoke on Monday. Mayor Tom Ortiz asked the guests to welcome the governor - "my good old friend."')).toEqual([]);
    expect(stances('Governor Lisa Park spoke on Monday. Mayor Tom Ortiz criticized the governor for raising the levy.')).toEqual(['Mayor Tom Ortiz oppose Lisa Park raising the levy']);
    expect(stances("Governor Lisa Park spoke on Monday. Mayor Tom Ortiz criticized the governor's levy.")).toEqual(["Mayor Tom Ortiz oppose governor's levy"]);
  });

  it('reads no stance of a holder on itself, where a pronoun was resolved to the holder', () => {
    expect(stances('Governor Lisa Park courted Tom Ortiz voters, insisting that the mayor’s backers were unlikely to vote for him.')).toEqual([]);
  });
});

describe('stances stated by prefixed words and by asking an act', () => {
  it('reads a pro- or anti- word as a stance of the copula\'s subject, the named apposition, the owner or the group it qualifies', () => {
    expect(stances('Governor Lisa Park is fiercely anti-tax.')).toEqual(['Lisa Park oppose tax']);
    expect(stances('Senator Jane Doe, a pro-labor moderate, spoke on Friday.')).toEqual(['Jane Doe support labor']);
    expect(stances("Governor Lisa Park's pro-growth agenda passed.")).toEqual(['Lisa Park support growth']);
    expect(stances('Anti-tax Republicans met on Friday.')).toEqual(['Republicans oppose tax']);
  });

  it('reads a pro- or anti- word as a stance of the one described "as" it, past a quotation mark', () => {
    expect(stances('Governor Lisa Park spoke. She describes herself as "fiercely anti-tax" on the stump.')).toEqual(['Lisa Park oppose tax']);
    expect(stances('Governor Lisa Park\'s “pro-growth” agenda passed.')).toEqual(['Lisa Park support growth']);
    expect(stances('Groups such as pro-growth lobbies met on Friday.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz blasted the film for being too “pro-gay.”')).not.toContain('Mayor Tom Ortiz support gay');
  });

  it('reads no stance from a prefixed word said of nobody named, nor from an excluded one', () => {
    expect(stances('The pro-growth group met on Friday.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz said the remark was anti-Semitic.')).toEqual([]);
  });

  it('reads a verb asking an act as a demand only when the act follows as its complement', () => {
    expect(stances('Mayor Tom Ortiz asked voters to reject the levy.')).toContain('Mayor Tom Ortiz demand voters to reject the levy');
    expect(stances('Mayor Tom Ortiz asked the governor a question about the levy.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz started by asking Jane Doe why she decided to attack the levy.')).toEqual(['Jane Doe oppose levy']);
  });

  it('gives no stance to a possessive pronoun\'s owner through a subject that does not speak for it', () => {
    expect(stances('Mayor Tom Ortiz spoke on Friday. His supporters are opposed to the levy.')).toEqual([]);
  });
});

describe('positions that are none', () => {
  it('reads a need as a position only with "we" as its subject', () => {
    expect(stances('Senator Jane Doe spoke on Friday. "We need a new levy," she said.')).toEqual(['Jane Doe demand new levy']);
    expect(stances('Senator Jane Doe now needs 61 percent of the remaining delegates.')).toEqual([]);
  });

  it('reads no demand in wanting someone told, in a quoted question, nor on a time alone', () => {
    expect(stances('"I want you to know that the levy will pass," Senator Jane Doe said.')).toEqual([]);
    expect(stances('"Does Senator Jane Doe really want the levy?"')).toEqual([]);
    expect(stances('Senator Jane Doe escalated her criticism on Tuesday.')).toEqual([]);
  });

  it('ends an issue before a time said of the stance', () => {
    expect(stances('Senator Jane Doe voted for the Democratic nominees in 2000 and 2004.')).toEqual(['Jane Doe support Democratic nominees']);
    expect(stances('Mayor Tom Ortiz backed the harbour levy last week.')).toEqual(['Mayor Tom Ortiz support harbour levy']);
    expect(stances('Mayor Tom Ortiz backed the war in Iraq.')).toEqual(['Mayor Tom Ortiz support war in Iraq']);
  });

  it('reads a verb on acts with people named by a common noun as no stance, unless an act follows', () => {
    expect(stances('Mayor Tom Ortiz welcomed several hundred guests.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz praised the voters.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz criticized the voters for rejecting the levy.')).toEqual(['Mayor Tom Ortiz oppose the voters rejecting the levy']);
  });

  it('reads a cue the tagger took for a noun as a verb where the parse coordinates it with a verb and gives it an object', () => {
    expect(stances('Senator Jane Doe would challenge the fees of the Port Authority, support American farmers in Ohio, and call for an audit.')).toContain('Jane Doe support American farmers in Ohio');
  });

  it('gives the act a person is faulted for to that person, or to each person of a list', () => {
    expect(stances('Governor Lisa Park faulted Senator Jane Doe for supporting the war.')).toEqual(['Lisa Park oppose Jane Doe supporting the war', 'Jane Doe support war']);
    expect(stances('Governor Lisa Park criticized Sens. Jane Doe and Tom Ortiz for supporting the war.')).toEqual(['Lisa Park oppose Jane Doe and Tom Ortiz supporting the war', 'Jane Doe+Tom Ortiz support war']);
  });

  it('reads the act a person is faulted for past a time between them', () => {
    expect(stances('Senator Jane Doe scolded Mayor Tom Ortiz on Tuesday for his role in the fraud.')).toEqual(['Jane Doe oppose role in the fraud']);
    expect(stances('Senator Jane Doe criticized Mayor Tom Ortiz on Monday for blocking the levy.')).toContain('Jane Doe oppose Mayor Tom Ortiz blocking the levy');
  });

  it('reads an object "it" as the policy named last before it, in its sentence or the one before', () => {
    expect(stances('The council passed a harbour bill on Monday. Senator Jane Doe opposed it because it raised taxes.')).toEqual(['Jane Doe oppose harbour bill']);
    expect(stances('Mayor Tom Ortiz was a sponsor of the levy plan, but Senator Jane Doe voted against it.')).toEqual(['Mayor Tom Ortiz support levy plan', 'Jane Doe oppose levy plan']);
    expect(stances('The council met on Monday. Senator Jane Doe opposed it.')).toEqual([]);
    // Past the words after it, which alone make no issue ("it in the courts", "it strongly").
    expect(stances('The council passed a new tax on Monday. Senator Jane Doe challenged it in the courts.')).toEqual(['Jane Doe oppose new tax']);
    expect(stances('The council met on Monday. Senator Jane Doe opposed it strongly.')).toEqual([]);
  });

  it('reads a passive participle on the second noun of a pair, and no holder in a relative clause on the agent', () => {
    expect(stances("Party leaders had hoped that discomfort with Mayor Tom Ortiz's policies on housing and the harbour deal embraced by Senator Jane Doe might lead to gains in November.")).toEqual(['Jane Doe support harbour deal']);
    expect(stances('Senator Jane Doe said there are sound clauses in the text approved Sunday by the 12-member Charter Review Panel, which includes supporters of Mayor Tom Ortiz.')).toEqual([]);
  });

  it('reads an object quoted whole as the quotation, without the punctuation inside its closing mark', () => {
    expect(stances('Senator Jane Doe supports "appropriate pay raises," and opposes pay freezes.')).toEqual(['Jane Doe support appropriate pay raises']);
    expect(stances('Senator Jane Doe said she opposes "budget tricks like delayed payments" and the sale of the water utility.')).toEqual(['Jane Doe oppose budget tricks like delayed payments']);
  });

  it('reads the act an owner\'s goal or priority is as its demand, not a goal owned by "its" nor a negated one', () => {
    expect(stances('Mayor Tom Ortiz spoke on Monday. His top goal is to repeal the harbour levy.')).toEqual(['Mayor Tom Ortiz demand repeal the harbour levy']);
    expect(stances("Senator Jane Doe said the Democrats' main priority was to cut taxes for the middle class.")).toEqual(['Democrats demand cut taxes for the middle class']);
    expect(stances('The harbour levy passed in May. Its main goal was to curb spending.')).toEqual([]);
    expect(stances("Senator Jane Doe's goal is not to raise taxes.")).toEqual([]);
  });

  it('reads no verb cue in a body named for a person ("the Doe campaign for")', () => {
    expect(stances('Mayor Tom Ortiz had been talking with officials from the Jane Doe campaign for weeks about the levy.')).toEqual([]);
  });

  it('keeps the relative clause after a noun that says nothing alone', () => {
    expect(stances('Senator Jane Doe spoke. "We need a leader who will fight," Doe said.')).toEqual(['Jane Doe demand leader who will fight']);
  });

  it('gives a person the stance, not the place named after "of"', () => {
    expect(stances('Senator Jane Doe of Ohio and Mayor Tom Ortiz of Texas have both urged the governor to veto the levy.')).toContain('Jane Doe+Mayor Tom Ortiz demand governor to veto the levy');
  });
});

describe('quoted duties that demand nothing', () => {
  it('reads no demand in a perfect modal, a question, telling, or a duty asked about', () => {
    expect(stances('"We should have seen it coming," Senator Jane Doe said.')).toEqual([]);
    expect(stances('"Do I think that the dealer should be sued?" Senator Jane Doe asked.')).toEqual([]);
    expect(stances('"We need to understand the data," Senator Jane Doe said.')).toEqual([]);
    expect(stances('"We should never confuse what we wish for with what is going to happen," Senator Jane Doe said.')).toEqual([]);
    expect(stances('"We must not forget the victims," Senator Jane Doe said.')).toEqual([]);
    expect(stances('Senator Jane Doe said: "There is a debate about whether such talk should be illegal."')).toEqual([]);
  });
});

describe('phrasal cues', () => {
  it('reads support thrown behind someone, a break with someone and coming out against a thing', () => {
    expect(stances('Senator Jane Doe threw her support behind Mayor Tom Ortiz.')).toEqual(['Jane Doe support Mayor Tom Ortiz']);
    expect(stances('Mayor Tom Ortiz broke with Senator Jane Doe over the levy.')).toEqual(['Mayor Tom Ortiz oppose Jane Doe']);
    expect(stances('Mayor Tom Ortiz came out against the pipeline.')).toEqual(['Mayor Tom Ortiz oppose pipeline']);
  });
});

describe('negation with a typographic apostrophe', () => {
  it('reads "didn’t support" as "didn\'t support"', () => {
    expect(stances('Mayor Tom Ortiz didn’t support the levy.')).toEqual(['Mayor Tom Ortiz reject levy']);
  });
});

describe('a quoted first person written with a contraction', () => {
  it('gives "I\'m voting for" to the quote\'s speaker', () => {
    expect(stances('Senator Jane Doe spoke on Friday. "I\'m voting for Mayor Tom Ortiz," Doe said.')).toEqual(['Jane Doe support Mayor Tom Ortiz']);
  });
});

describe('poll respondents as holders', () => {
  it('gives a share of respondents\' stance to the group after "of", or to nobody', () => {
    expect(stances('Senator Jane Doe led the poll. In the survey, 47 percent of Republicans said they would vote for Jane Doe.')).toEqual(['Republicans support Jane Doe']);
    expect(stances('Senator Jane Doe led the survey. At that point, 52 percent said they would vote for Jane Doe.')).toEqual([]);
  });

  it('gives the stance of "most" of a group to the group it qualifies', () => {
    expect(stances('Most Republicans oppose the harbour levy.')).toEqual(['Republicans oppose harbour levy']);
    expect(stances('Most said they would oppose the harbour levy.')).toEqual([]);
  });

  it('gives a stance to a group a lower-case common noun names', () => {
    expect(stances('A 61% majority of independents endorse the harbour levy.')).toEqual(['independents support harbour levy']);
    expect(stances('Many progressives have criticized the ferry merger.')).toEqual(['progressives oppose ferry merger']);
    expect(stances('Conservatives want lower fees at the harbour.')).toEqual(['conservatives demand lower fees at the harbour']);
  });
});

describe('positions withheld, asked about or supposed', () => {
  it('reads a support withheld by a verb of refusing or failing as a rejection, and other sides withheld as none', () => {
    expect(stances('Senator Jane Doe refused to endorse the trade deal.')).toEqual(['Jane Doe reject trade deal']);
    expect(stances('Governor Lisa Park declined to back the levy.')).toEqual(['Lisa Park reject levy']);
    expect(stances('Senator Jane Doe avoided criticizing the levy.')).toEqual([]);
  });

  it('reads no position in the act of a commitment, and still the support a commitment names', () => {
    expect(stances('Senator Jane Doe has pledged to support Governor Lisa Park as the nominee.')).toEqual([]);
    expect(stances('The bill goes to the governor, where Governor Lisa Park has promised to veto it.')).toEqual([]);
    expect(stances('Senator Jane Doe pledged her support for Governor Lisa Park.')).toEqual(['Jane Doe support Lisa Park']);
  });

  it('reads a thing not wanted as turned down, and no act not wanted', () => {
    expect(stances('Mayor Tom Ortiz said he did not want their money.')).toEqual(['Mayor Tom Ortiz reject money']);
    expect(stances('Mayor Tom Ortiz does not want to talk about the levy.')).toEqual([]);
    expect(stances('"We don\'t want you to feel bad," Mayor Tom Ortiz said.')).toEqual([]);
  });

  it('reads no position in a clause opened by "whether" or a condition', () => {
    expect(stances('Mayor Tom Ortiz will decide on Friday whether to endorse Governor Lisa Park.')).toEqual([]);
    expect(stances('If Mayor Tom Ortiz wants a new levy, he should say so.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz endorsed Governor Lisa Park, whether or not she wins.')).toEqual(['Mayor Tom Ortiz support Lisa Park']);
  });

  it('reads no duty put on a quantified subject, and no refusal in a negated modal of emphasis', () => {
    expect(stances('Mayor Tom Ortiz said: "Nobody should pay the levy twice."')).toEqual([]);
    expect(stances('Senator Jane Doe told reporters that the choice could not be clearer.')).toEqual([]);
    expect(stances('Senator Jane Doe told reporters that the levy would not be raised.')).toEqual(['Jane Doe reject levy']);
  });

  it('reads every form of a cue phrase, and not a cue phrase whose first word the parse makes a noun', () => {
    expect(stances('Mayor Tom Ortiz was pressing for a recount.')).toEqual(['Mayor Tom Ortiz demand recount']);
    expect(stances("His break with the party's orthodoxy was striking, Senator Jane Doe said.")).toEqual([]);
  });
});

describe('support received and owners in quotes', () => {
  it('gives support an act noun names, received by a verb\'s own subject, to its named owner or the name after "of"', () => {
    expect(stances('Senator Jane Doe won the endorsement of the Brookfield Teachers Union on Friday.')).toEqual(['Brookfield Teachers Union support Jane Doe']);
    expect(stances('Senator Jane Doe has the backing of Governor Lisa Park.')).toEqual(['Lisa Park support Jane Doe']);
    expect(stances('Mayor Tom Ortiz met voters. “I am proud to have the support of Governor Lisa Park,” Mayor Tom Ortiz said.')).toEqual(['Lisa Park support Mayor Tom Ortiz']);
  });

  it('reads support received past a particle the parse took for a preposition, and every backer of a list', () => {
    expect(stances('Mayor Tom Ortiz locked in the support of the Democrats.')).toEqual(['Democrats support Mayor Tom Ortiz']);
    expect(stances('Mayor Tom Ortiz locked in the nomination on Tuesday.')).toEqual([]);
    expect(stances('The levy drew criticism from Senator Jane Doe and Governor Lisa Park.')).toEqual(['Jane Doe+Lisa Park oppose levy']);
  });

  it('reads opposition a measure went ahead over or despite as opposition to the measure, and none to other acts', () => {
    expect(stances('The harbour bill passed the council over the objections of Senator Jane Doe.')).toEqual(['Jane Doe oppose harbour bill']);
    expect(stances('The council approved the levy despite strong opposition from Mayor Tom Ortiz.')).toEqual(['Mayor Tom Ortiz oppose levy']);
    expect(stances('The levy passed the council again over veto threats from Governor Lisa Park.')).toEqual(['Lisa Park oppose levy']);
    expect(stances('Mayor Tom Ortiz won the race despite criticism from Senator Jane Doe.')).toEqual([]);
    // A chamber that passes a measure is no measure.
    expect(stances('The Senate passed the harbour bill over the objections of Senator Jane Doe.')).toEqual(['Jane Doe oppose harbour bill']);
    expect(stances('The council passed the levy despite opposition from Mayor Tom Ortiz.')).toEqual(['Mayor Tom Ortiz oppose levy']);
  });

  it('gives support after "with" to its owner or the name after "of", for what the verb\'s subject names, and not a plan agreed with', () => {
    expect(stances('The harbour bill passed the Senate with Governor Lisa Park\'s support.')).toEqual(['Lisa Park support harbour bill']);
    expect(stances('The levy passed the council with the backing of the Brookfield Teachers Union.')).toEqual(['Brookfield Teachers Union support levy']);
    expect(stances('Few residents agree with Governor Lisa Park\'s plan to close the harbour.')).toEqual(['Lisa Park support close the harbour']);
  });

  it('gives no received support to a share of people, nor through a pronoun owner', () => {
    expect(stances('Senator Jane Doe drew the support of 41 percent of voters.')).toEqual([]);
    expect(stances('Governor Lisa Park said she would not accept the endorsement of Mayor Tom Ortiz if it were offered.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz met Governor Lisa Park. “I am proud to have her support,” Mayor Tom Ortiz said.')).toEqual([]);
  });

  it('gives a verb coordinated with another the first verb\'s subject as the one who receives', () => {
    expect(stances('Governor Lisa Park holds a wide lead but faces opposition from many Republican leaders.')).toEqual(['Republicans oppose Lisa Park']);
  });

  it('reads party members after a count, and support received by a speaker named in an earlier sentence of the quote', () => {
    expect(stances('“We are a strong county,” Governor Lisa Park said at a picnic. “I am glad to have the support of more than 90 Democratic leaders in this county.”')).toEqual(['Democrats support Lisa Park']);
    expect(stances('Governor Lisa Park won the primary and gained the support of Democratic leaders.')).toEqual(['Democrats support Lisa Park']);
  });

  it('gives a first-person owner in a quote to the quote\'s speaker', () => {
    expect(stances('“Our opposition to the levy is well known,” Mayor Tom Ortiz said.')).toEqual(['Mayor Tom Ortiz oppose levy']);
  });

  it('reads the act a person is criticized for past the quotation mark that opens it', () => {
    expect(stances('In his interview, Mayor Tom Ortiz criticized Senator Jane Doe for “running around saying she has been cleared.”')).toEqual(['Mayor Tom Ortiz oppose Jane Doe running around saying']);
  });
});

describe('holders and positions that are none, by owners, places and objects', () => {
  it('reads a support not given yet as a rejection', () => {
    expect(stances('Senator Jane Doe has yet to endorse Governor Lisa Park.')).toEqual(['Jane Doe reject Lisa Park']);
  });

  it('gives an agent noun\'s owner no stance: the owner is whom the noun backs or opposes', () => {
    expect(stances("Governor Lisa Park's critics of the levy met on Friday.")).toEqual([]);
  });

  it('reads no second position in an abstract object of a stance verb', () => {
    expect(stances('Governor Lisa Park hired a speechwriter, having rejected the need for one in her first race.')).toEqual(['Lisa Park reject need for one in her first race']);
  });

  it('gives no stance to a place a plural pronoun was resolved to', () => {
    expect(stances('Mayor Tom Ortiz toured Ohio. Hughes and others said they could not back the tariff.')).toEqual([]);
  });
});

describe('verbs with a particle of their own and free relatives', () => {
  it('reads no stance in a cue verb with a particle the cue does not name, but reads one the cues name', () => {
    expect(stances('Governor Lisa Park was blasting out missives about the levy.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz backed out of the deal.')).toEqual([]);
    expect(stances("Senator Jane Doe backed up the mayor's plan.")).toEqual(["Jane Doe support mayor's plan"]);
  });

  it('takes no free relative for an issue', () => {
    expect(stances('It was never intended for Governor Lisa Park to pick whoever she wants.')).toEqual([]);
  });
});

describe('stance verbs in title-case headlines', () => {
  it('reads a verb the name finder took into one long name between the article\'s actors', () => {
    expect(stances('Veteran Activist Nora Whitfield Endorses Paul Lindqvist. Nora Whitfield, the veteran activist, has praised Sen. Paul Lindqvist.')).toContain('Nora Whitfield support Paul Lindqvist');
    expect(stances("Pence Endorses Paul Ryan With Trump's Blessing. Mike Pence met Paul Ryan and Donald Trump on Monday.")).toEqual(['Mike Pence support Paul Ryan']);
  });

  it('reads no headline stance from a verb on acts said of a person', () => {
    expect(stances('Senator Jane Doe Slams Governor Lisa Park. Jane Doe spoke about Lisa Park.')).toEqual([]);
  });

  it('gives no stance to a place or party before a common noun a title-case headline capitalised', () => {
    expect(stances('Boston Banker Backs Governor Lisa Park. The banker spoke on Friday.').filter((line) => line.startsWith('Boston'))).toEqual([]);
    expect(stances('Texas Rancher Endorses Governor Lisa Park. The rancher spoke on Friday.').filter((line) => line.startsWith('Texas'))).toEqual([]);
  });
});

describe('wishes told of a holder', () => {
  it('reads a wish to see a thing outside a quote as the holder\'s demand', () => {
    expect(stances('Governor Lisa Park said she wants to see the ferry levy repealed.')).toEqual(['Lisa Park demand ferry levy repealed']);
    expect(stances('Mayor Tom Ortiz would like to see more students get grants.')).toEqual(['Mayor Tom Ortiz demand more students get grants']);
  });

  it('reads no wish that is negated, asked or of no thing seen', () => {
    expect(stances('Mayor Tom Ortiz wanted to see for himself what the rally was like.')).toEqual([]);
    expect(stances('Mayor Tom Ortiz does not want to see the levy repealed.')).toEqual([]);
    expect(stances('Would Mayor Tom Ortiz like to see the levy repealed?')).toEqual([]);
    expect(stances('Mayor Tom Ortiz would like to see more.')).toEqual([]);
  });
});

describe('headline stances whose holder the body names', () => {
  it('gives a headline stance held by a description to the article\'s main actor where the body tells it again with that actor', () => {
    expect(stances('Ohio governor endorses Lisa Park. Gov. Tom Ortiz endorsed Lisa Park on Monday.')).toEqual(['Tom Ortiz support Lisa Park', 'Tom Ortiz support Lisa Park']);
    expect(stances('Pastor Wants Ferry Levy Repealed. Pastor Tom Ortiz said on Monday that the ferry levy should be repealed.')).toContain('Tom Ortiz demand ferry levy repealed');
  });

  it('takes no group for a description of one, and no stance on another issue or of another side', () => {
    expect(stances('Another Party Figure Endorses Governor Lisa Park. Many Republicans are endorsing Governor Lisa Park this week.')).toEqual(['Republicans support Governor Lisa Park']);
    expect(stances('Ohio governor endorses Lisa Park. Gov. Tom Ortiz endorsed the school budget on Monday.')).toEqual(['Tom Ortiz support school budget']);
    expect(stances('Ohio governor endorses Lisa Park. Gov. Tom Ortiz criticized Lisa Park on Monday.')).toEqual(['Tom Ortiz oppose Lisa Park']);
  });

  it('takes no holder the body gives the same side who is not the article\'s main actor', () => {
    expect(stances('Ohio governor endorses Lisa Park. Gov. Tom Ortiz spoke about the budget. Tom Ortiz said the budget was sound. Tom Ortiz later met Jane Doe, who also endorsed Lisa Park on Monday.').filter((line) => line.endsWith('Lisa Park'))).toEqual(['Jane Doe support Lisa Park']);
  });
});

describe('party and people words before a common noun', () => {
  it('gives no stance to a party word before a noun for some of its people, but to its voters, its government and its plural', () => {
    expect(stances('Rival Republican candidates have long criticized the levy.')).toEqual([]);
    expect(stances('Republicans oppose the levy.')).toEqual(['Republicans oppose levy']);
    expect(stances('Anti-tax Republicans met on Friday.')).toEqual(['Republicans oppose tax']);
  });
});

describe('act nouns with a preposition of their own', () => {
  it('reads "call for" and "vote against" as act nouns, held by their owner or the subject of an expressing verb', () => {
    expect(stances('Senator Jane Doe repeated her call for a ban on assault weapons.')).toEqual(['Jane Doe demand ban on assault weapons']);
    expect(stances('Mayor Tom Ortiz made an impassioned call for racial unity on Wednesday.')).toEqual(['Mayor Tom Ortiz demand racial unity']);
    expect(stances('Governor Lisa Park defended her vote against the levy.')).toEqual(['Lisa Park oppose levy']);
  });

  it('reads no stance in a call for something else', () => {
    expect(stances('Governor Lisa Park took a call for help from the mayor.')).toEqual([]);
  });
});

describe('holders past a bracket and of a participle on "those"', () => {
  it('gives a relative "who" after a bracketed party and state to the name before the bracket', () => {
    expect(stances('Speaking later, Sen. Jane Doe (D-Mo.), who has endorsed Governor Lisa Park, said the race was close.')).toEqual(['Jane Doe support Lisa Park']);
  });

  it('gives a participle on "those" after "among" or "one of" to the copula\'s subject', () => {
    expect(stances('Mayor Tom Ortiz is one of those backing the levy.')).toEqual(['Mayor Tom Ortiz support levy']);
    expect(stances('Mayor Tom Ortiz met lots of Democrats supporting Governor Lisa Park.')).toEqual([]);
  });
});

describe('names with a bracketed party and state', () => {
  it('gives the stance to the name before the bracket, as subject or in apposition', () => {
    expect(stances('Sen. Jane Doe (D-Mo.) endorsed Governor Lisa Park on Monday.')).toEqual(['Jane Doe support Lisa Park']);
    expect(stances('Rep. Tom Ortiz (R-Fla.) has criticized the levy.')).toEqual(['Tom Ortiz oppose levy']);
    expect(stances('Sen. Jane Doe (D-Mo.), a longtime critic of the levy, spoke on Friday.')).toEqual(['Jane Doe oppose levy']);
  });
});

describe('a person as such before a time', () => {
  it('reads a pronoun object followed by a time as a person as such, no issue', () => {
    expect(stances('Senator Jane Doe spoke. Governor Lisa Park was condemning her Saturday in harsh terms.')).toEqual([]);
  });
});

describe('recall round of issue 19: cue words mistagged, holders across clauses, clauses and infinitives as issues', () => {
  it('reads a cue tagged an adverb that the parse gives an object as a verb', () => {
    expect(stances('Senator Jane Doe will back the harbour levy.')).toEqual(['Jane Doe support harbour levy']);
  });

  it('gives a relative "who" past "both", and shared by a verb after "and", to the names before it', () => {
    expect(stances('Jane Doe and Tom Ortiz, who both oppose the harbour levy, spoke on Friday.')).toEqual(['Jane Doe+Tom Ortiz oppose harbour levy']);
    expect(stances('The vote has won over Mayor Tom Ortiz, who came out and endorsed the harbour levy on Friday.')).toEqual(['Mayor Tom Ortiz support harbour levy']);
  });

  it('keeps the other holders of a list that took in the issue\'s own name', () => {
    expect(stances('Ready to back Lisa Park, Tom Ortiz spoke to the party.')).toEqual(['Tom Ortiz support Lisa Park']);
  });

  it('reads a verdict with an expletive "it" on the infinitive after it', () => {
    expect(stances('"It would be a mistake to raise the harbour levy," Senator Jane Doe said.')).toEqual(['Jane Doe oppose raise the harbour levy']);
    expect(stances('"It is important to remember the victims," Senator Jane Doe said.')).toEqual([]);
  });

  it('reads the clause after a demand verb\'s "that" as the act demanded', () => {
    expect(stances('Senator Jane Doe demanded that the harbour board resign.')).toEqual(['Jane Doe demand harbour board resign']);
  });

  it('reads a policy-changing infinitive after want, seek or propose as the position, not an ambition', () => {
    expect(stances('Senator Jane Doe wants to repeal the harbour levy.')).toEqual(['Jane Doe demand repeal the harbour levy']);
    expect(stances('Senator Jane Doe wants to win the seat.')).toEqual([]);
  });

  it('reads "advocate for" and support received from a backer', () => {
    expect(stances('Senator Jane Doe advocated for the harbour levy.')).toEqual(['Jane Doe support harbour levy']);
    expect(stances('Governor Lisa Park won the endorsement from the Brookfield Teachers Union.')).toEqual(['Brookfield Teachers Union support Lisa Park']);
  });

  it('gives a quote\'s judgement of an act by a phrase to the speaker', () => {
    expect(stances('"It would make sense to treat farms like all other businesses," Senator Jane Doe said.')).toEqual(['Jane Doe support treat farms like all other businesses']);
    expect(stances('"There is no reason to treat farms in any special way," Senator Jane Doe said.')).toEqual(['Jane Doe oppose treat farms in any special way']);
    expect(stances('"It does not make sense to raise the harbour levy," Senator Jane Doe said.')).toEqual(['Jane Doe oppose raise the harbour levy']);
  });

  it('gives a participle on a message noun to its author', () => {
    expect(stances('Senator Jane Doe issued a statement condemning the harbour levy.')).toEqual(['Jane Doe oppose harbour levy']);
  });

  it('reads a stance verb after "unlikely to" or "reluctant to" as withheld', () => {
    expect(stances('Senator Jane Doe is unlikely to back the harbour levy.')).toEqual(['Jane Doe reject harbour levy']);
    expect(stances('Senator Jane Doe was much less likely to vote for the harbour levy.')).toEqual(['Jane Doe oppose harbour levy']);
  });

  it('gives a stance to a group the name finder types MISC, and reads a cue noun with a subject and an object as a verb', () => {
    // "GOP" names the group Republicans, as "Republican" does, alone or before the party's members.
    expect(stances('The GOP opposes the harbour levy.')).toEqual(['Republicans oppose harbour levy']);
    expect(stances('Many GOP leaders oppose the harbour levy.')).toEqual(['Republicans oppose harbour levy']);
    expect(stances('Democratic voters are united in supporting the harbour levy.')).toEqual(['Democrats support harbour levy']);
    expect(stances('Many Republican donors had rallied around Governor Lisa Park.')).toEqual(['Republicans support Lisa Park']);
    expect(stances('Democratic presidential candidate Lisa Park backs the harbour levy.')).toEqual(['Lisa Park support harbour levy']);
  });

  it('reads a name before a stance verb the tagger took for a noun as its subject', () => {
    expect(stances('Brookfield Herald backs Lisa Park for governor.')).toEqual(['Brookfield Herald support Lisa Park for governor']);
  });

  it('takes the one person a surname before an agent noun ends as its issue', () => {
    expect(stances('Senator Jane Doe spoke on Monday. Mayor Tom Ortiz signs up to be a Doe delegate.')).toEqual(['Mayor Tom Ortiz support Jane Doe']);
  });

  it('reads the act several persons are criticised for', () => {
    expect(stances('Senator Jane Doe criticized Tom Ortiz and Lisa Park for raising the harbour levy.')).toEqual(['Jane Doe oppose Tom Ortiz and Lisa Park raising the harbour levy']);
    expect(stances('Senator Jane Doe criticized Tom Ortiz and Lisa Park.')).toEqual([]);
  });

  it('reads a policy a holder will carry out as opposition to what it removes, or support for the act', () => {
    expect(stances('Senator Jane Doe said she would end the favored tax treatment of farm land.')).toEqual(['Jane Doe oppose favored tax treatment of farm land']);
    expect(stances('Governor Lisa Park would raise the minimum wage.')).toEqual(['Lisa Park support raise the minimum wage']);
    expect(stances('If elected, Governor Lisa Park would raise the minimum wage.')).toEqual([]);
    expect(stances('Governor Lisa Park will raise no money for the campaign.')).toEqual([]);
    expect(stances('Reporters asked Governor Lisa Park how she would overhaul the tax code.')).toEqual([]);
    expect(stances("Governor Lisa Park's plan would eliminate the harbour levy.")).toEqual(['Lisa Park oppose harbour levy']);
    expect(stances("Governor Lisa Park's plan would raise $2 billion over a decade.")).toEqual([]);
    expect(stances('Governor Lisa Park said she would restore the child tax credit.')).toEqual(['Lisa Park support restore the child tax credit']);
  });

  it('ends no issue at the "as" of a quantity', () => {
    expect(stances('Senator Jane Doe backed the plan to admit as many as 5,000 refugees.')).toEqual(['Jane Doe support plan to admit as many as 5,000 refugees']);
  });
});

describe('sides received, defended and judged', () => {
  it.each([
    ['opposition received "from" a named group', 'The levy drew criticism from Senate Democrats.', ['Senate Democrats oppose levy']],
    ['opposition received from a party word before its members, past a quantifier', 'Governor Lisa Park faces opposition from many Republican leaders.', ['Republicans oppose Lisa Park']],
    ['an act noun coordinated with the received one', 'Governor Lisa Park faces hostility and opposition from Democrats.', ['Democrats oppose Lisa Park']],
    ['support received in a relative clause, by the noun the clause qualifies', 'Mayor Tom Ortiz, who had the backing of Governor Lisa Park, won the county easily.', ['Lisa Park support Mayor Tom Ortiz']],
    ['support a quoted speaker is honoured by', '“I am deeply honored by the endorsement of Governor Lisa Park,” Mayor Tom Ortiz said.', ['Lisa Park support Mayor Tom Ortiz']],
    ['no side in a poll share of support', 'Mayor Tom Ortiz got 30 percent support from Hispanic voters.', []],
    ['a policy defended', 'Governor Lisa Park defended the levy.', ['Lisa Park support levy']],
    ['no side in defending oneself', 'Governor Lisa Park defended herself on Monday.', []],
    ['no side in defending a place', 'Governor Lisa Park vowed to defend Ohio.', []],
    ['"stands with"', 'Senator Jane Doe stands with the striking nurses.', ['Jane Doe support striking nurses']],
    ['a ruling protested', 'Senator Jane Doe protested the ruling.', ['Jane Doe oppose ruling']],
    ['a plan mocked', 'Senator Jane Doe mocked the plan.', ['Jane Doe oppose plan']],
    ['no side in mocking a person as such', 'Senator Jane Doe mocked a local reporter.', []],
    ['no side in mocking a person a noun qualifies', 'Senator Jane Doe mocked a disabled newspaper reporter.', []],
    ['no side in welcoming a baby', 'Jane Doe and her husband welcomed a second baby girl in March.', []],
    ['no side in a past that did not happen', '“President Ortiz would have never proposed banning boats from the harbour,” Governor Lisa Park said.', []],
    ['no side of the main subject in a bare participle after "when"', 'When asked for his position during a radio interview, Tom Ortiz said nothing.', []],
    ['no side of the subject of a passive cue of several words', 'Tom Ortiz was asked for his position on the levy.', []],
    ['no side of the main subject in a participle opening the sentence', 'Pressed for specifics, the Ortiz campaign could not give an example.', []],
    ['no demand a quoted duty puts on the speaker', '“Governor Lisa Park should resign,” Lisa Park said.', []],
    ['an actor as the issue, a weekday after it', 'Governor Lisa Park endorsed Tom Ortiz Wednesday.', ['Lisa Park support Tom Ortiz']],
    ['claims disputed', 'Senator Jane Doe disputed the claims.', ['Jane Doe reject claims']],
    ['no issue in a time after an intransitive cue', 'Senator Jane Doe protests every day.', []],
    ['a quoted verdict of a hoax', '“The levy is a hoax,” Governor Lisa Park said.', ['Lisa Park oppose levy']],
    ['no verdict in a possibility', '“The levy could be a disaster,” Governor Lisa Park said.', []],
    ['no verdict on people', '“The voters were foolish,” Governor Lisa Park said.', []],
    ['an objection withheld as support', '“I wouldn\'t object to raising the levy,” Governor Lisa Park said.', ['Lisa Park support raising the levy']],
    ['a turn against a policy, held by its owner', 'Senator Jane Doe spoke. Her turn against the trade pact surprised her allies.', ['Jane Doe oppose trade pact']],
    ['a stance against a policy, held by its owner', 'Senator Jane Doe, known for her stance against the levy, spoke on Monday.', ['Jane Doe oppose levy']],
    ['a displeasure received, felt by the name after "of"', 'The levy drew the ire of Senate Democrats.', ['Senate Democrats oppose levy']],
    ['a displeasure caused "among" party members', 'The levy caused consternation among Republican leaders.', ['Republicans oppose levy']],
    ['no side in a displeasure not received', 'Her anger at the levy grew.', []],
    ['opposition received by a participle\'s subject', 'Governor Lisa Park received widespread criticism, even earning rebukes from Senate Democrats.', ['Senate Democrats oppose Lisa Park']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('harsher verbs, brush-offs, attitudes and feelings', () => {
  it.each([
    ['a policy castigated', 'Senator Jane Doe castigated the harbour levy.', ['Jane Doe oppose harbour levy']],
    ['no side in berating a person as such', 'Senator Jane Doe berated a local reporter.', []],
    ['"took issue with"', 'Governor Lisa Park took issue with the new zoning rules.', ['Lisa Park oppose new zoning rules']],
    ['"bristled at"', 'Mayor Tom Ortiz bristled at the suggestion.', ['Mayor Tom Ortiz oppose suggestion']],
    ['concerns brushed off', 'Governor Lisa Park brushed off the concerns of the farmers.', ['Lisa Park reject concerns of the farmers']],
    ['a plea rebuffed', 'Mayor Tom Ortiz rebuffed the pleas of the teachers union.', ['Mayor Tom Ortiz reject pleas of the teachers union']],
    ['a report refuted', 'Senator Jane Doe refuted the report.', ['Jane Doe reject report']],
    ['a price balked at', 'The Harbour Authority balked at the cost of the bridge.', ['Harbour Authority reject cost of the bridge']],
    ['"at odds with" after a copula', 'Governor Lisa Park is at odds with the pipeline plan.', ['Lisa Park oppose pipeline plan']],
    ['"dismissive of" after a copula', 'Mayor Tom Ortiz was dismissive of the audit.', ['Mayor Tom Ortiz oppose audit']],
    ['"sympathetic to" after a copula', 'Senator Jane Doe is sympathetic to the strikers.', ['Jane Doe support strikers']],
    ['a disapproval owned', 'Senator Jane Doe voiced her disapproval of the ruling.', ['Jane Doe oppose ruling']],
    ['a distaste owned', 'Mayor Tom Ortiz made no secret of his distaste for the casino.', ['Mayor Tom Ortiz oppose casino']],
    ['a broadside "against"', 'Governor Lisa Park repeated her broadside against the tariff.', ['Lisa Park oppose tariff']],
    ['a frustration "with", its preposition its own', 'Governor Lisa Park voiced her frustration with the ruling.', ['Lisa Park oppose ruling']],
    ['an anger "at"', 'Mayor Tom Ortiz cited his anger at the audit.', ['Mayor Tom Ortiz oppose audit']],
    ['an agent noun of dissent', 'Senator Jane Doe, a naysayer on the stadium deal, spoke first.', ['Jane Doe oppose stadium deal']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('issues that open with a demonstrative or a hyphenated modifier', () => {
  it.each([
    ['a demonstrative "that" before the noun', 'Senator Jane Doe backed that plan.', ['Jane Doe support that plan']],
    ['a demonstrative "that" in a subject, before the sentence\'s verb', 'Mayor Tom Ortiz spoke. His vote for that plan was a mistake.', ['Mayor Tom Ortiz support that plan']],
    ['a "that" clause, no demonstrative', 'Senator Jane Doe demanded that voters back the plan.', ['Jane Doe demand voters back the plan']],
    ['a preposition joined to a noun by a hyphen', 'Senator Jane Doe opposes in-state tuition for migrants.', ['Jane Doe oppose in-state tuition for migrants']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('support that states a side only when withheld', () => {
  it.each([
    ['no side in funding something', 'The Acme Corporation funded the search.', []],
    ['a funding withheld', 'Senator Jane Doe will not fund the convention.', ['Jane Doe reject convention']],
    ['a funding decided against', 'The Acme Corporation has decided not to fund the convention.', ['Acme Corporation reject convention']],
    ['a decision not to fund, read once with its owner', "Remarks by Senator Jane Doe may have led to HQX's decision not to fund the convention.", ['HQX reject fund the convention']],
    ['a decision not to fund as the subject, its issue ending before the verb', "Acme Corp's decision not to fund the convention angered the party.", ['Acme Corp reject fund the convention']],
    ['no holder in a common noun deciding not to fund', 'Senator Jane Doe spoke, but the company deciding not to fund the convention was news.', []],
    ['an act noun inside a subject, its issue ending before the subject\'s verb', "News of Acme Corp's opposition to the grain levy angered farmers across the county.", ['Acme Corp oppose grain levy']],
    ['an act noun inside a subject, its issue ending before the copula', "News of Acme Corp's opposition to the grain levy was a blow to the mayor.", ['Acme Corp oppose grain levy']],
    ['no clause read into a title after an act noun', 'Senator Jane Doe recalled her early support for the Every Child Matters act.', ['Jane Doe support Every Child Matters act']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('holders past a bracketed state, and quotations that close after punctuation', () => {
  it.each([
    ['a subject shared past a bracketed state', 'Senator Jane Doe (Ohio) left the panel, denouncing the levy.', ['Jane Doe oppose levy']],
    ['a subject shared past a bracketed party and state', 'Senator Jane Doe (R-Ohio) left the panel, denouncing the levy.', ['Jane Doe oppose levy']],
    ['a message\'s author, not the paper named in a prepositional phrase before the participle', 'Senator Jane Doe joined the group, publishing an op-ed in The Daily Herald hammering the levy.', ['Jane Doe oppose levy']],
    ['an issue quoted to the end of the sentence, the period inside the mark', 'Mayor Tom Ortiz slammed the council’s “reckless budget.”', ['Mayor Tom Ortiz oppose council’s “reckless budget”']],
    ['an issue whose quotation closes after a comma, which ends it', 'Mayor Tom Ortiz slammed the council’s “reckless budget,” a spokesman said.', ['Mayor Tom Ortiz oppose council’s “reckless budget”']],
    ['an issue quoted whole, without its marks', 'Governor Lisa Park favors a “fresh start.”', ['Lisa Park support fresh start']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });

  it('takes no word with a stance prefix for a name that holds a stance', () => {
    expect(hasStancePrefix('Anti-Trump')).toBe(true);
    expect(hasStancePrefix('pro-Israel')).toBe(true);
    expect(hasStancePrefix('Protestant Church')).toBe(false);
    expect(hasStancePrefix('Antigua')).toBe(false);
  });
});

describe('support thanked for, and the person an act is thanked or faulted for past an aside', () => {
  it.each([
    ['the one thanked for support backs the subject', 'Mayor Tom Ortiz thanked Governor Lisa Park for her support.', ['Lisa Park support Mayor Tom Ortiz']],
    ['a gratitude for support named after "of"', 'Mayor Tom Ortiz said he was grateful for the support of Governor Lisa Park.', ['Lisa Park support Mayor Tom Ortiz']],
    ['a quoted gratitude, for the speaker', '"I am grateful for the support of Governor Lisa Park," Mayor Tom Ortiz said.', ['Lisa Park support Mayor Tom Ortiz']],
    ['no support received when the gratitude is denied', 'Mayor Tom Ortiz was not grateful for the support of Governor Lisa Park.', []],
    ['no backer named in people thanked', 'Mayor Tom Ortiz thanked voters for their support.', []],
    ['the act thanked for, past the medium it was thanked on', 'Mayor Tom Ortiz thanked Governor Lisa Park on Twitter for backing the levy.', ['Lisa Park support levy']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('a body or place after "of" that only says whose the people before it are', () => {
  it.each([
    ['members of a body, unnamed, hold nothing', 'Two of the three members of Congress have disavowed Governor Lisa Park.', []],
    ['people of a place hold nothing of the place', 'The Armenians of Israel protested the arms sale.', []],
    ['a people word after "of" is the people themselves', 'Millions of Americans support the levy.', ['United States support levy']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('stances foretold, and relatives attacked as persons', () => {
  it.each([
    ['a support expected, not stated', 'The Daily Herald is expected to endorse Governor Lisa Park.', []],
    ['a support expected of the holder, not stated', 'Mayor Tom Ortiz is supposed to back the levy.', []],
    ['a support a relative clause says was expected, not stated', 'Senator Jane Doe won easily despite a big turnout that was supposed to favor Governor Lisa Park.', []],
    ['a support likelier among some, not stated', 'Mayor Tom Ortiz said voters who are likely to support Governor Lisa Park were polled.', []],
    ['an attack on a relative, a person as such', 'Mayor Tom Ortiz spoke. Governor Lisa Park had personally attacked his wife.', []],
    ['an attack on a record', 'Mayor Tom Ortiz spoke. Governor Lisa Park had attacked his record.', ['Lisa Park oppose record']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('stance word families completed, and passives and asks read past a title', () => {
  it.each([
    ['a passive agent after its title', 'The trade deal was rejected by Senator Jane Doe.', ['Jane Doe reject trade deal']],
    ['a passive with two agents', 'The levy has been condemned by Senator Jane Doe and Governor Lisa Park.', ['Jane Doe+Lisa Park oppose levy']],
    ['a co-sponsor of a measure', 'Senator Jane Doe, a co-sponsor of the bill, spoke first.', ['Jane Doe support bill']],
    ['no side in sponsoring an event', 'The Daily Herald was the cosponsor of the debate.', []],
    ['a delegate of a candidate', 'Mayor Tom Ortiz will go to the convention as a delegate for Senator Jane Doe.', ['Mayor Tom Ortiz support Jane Doe']],
    ['no side in being a delegate of a state or a people', 'Texas delegate Bill Eastland and Tom Ortiz, an African-American delegate, spoke on Monday.', []],
    ['no side in being a delegate to a convention', 'Senator Jane Doe will go as a delegate to the Republican National Convention.', []],
    ['attacks on a policy', 'Senator Jane Doe stepped up her attacks on the harbour levy.', ['Jane Doe oppose harbour levy']],
    ['a request for an act', "Senator Jane Doe's request for a recount was denied.", ['Jane Doe demand recount']],
    ['an advocacy owned', 'Mayor Tom Ortiz praised Senator Jane Doe\'s advocacy for the farmers.', ['Mayor Tom Ortiz support Senator Jane Doe\'s advocacy for the farmers', 'Jane Doe support farmers']],
    ['a policy lamented', 'Governor Lisa Park lamented the new zoning rules.', ['Lisa Park oppose new zoning rules']],
    ['a complaint about a policy', 'Governor Lisa Park complained about the new zoning rules.', ['Lisa Park oppose new zoning rules']],
    ['a measure voted down', 'Senator Jane Doe voted down the levy.', ['Jane Doe oppose levy']],
    ['"not only" adds, it does not negate', '"Not only will I stand up for the farmers, I will vote for them," Senator Jane Doe said.', ['Jane Doe support farmers']],
    ['an act a person is pressed to do, the parse hanging it on the verb', 'Senator Jane Doe pressed Governor Lisa Park to resign.', ['Jane Doe demand Governor Lisa Park to resign']],
    ['an act a person is warned not to do', 'Senator Jane Doe warned Governor Lisa Park not to veto the bill.', ['Jane Doe demand Governor Lisa Park not to veto the bill']],
    ['no act asked in a telling that', 'Senator Jane Doe told reporters that the levy would pass.', []],
    ['no act asked in a passive of asking', 'Governor Lisa Park was pressed by Senator Jane Doe about the levy.', []],
    ['a present tense the tagger took for a noun after the subject', 'Governor Lisa Park spoke on Monday. The former mayor of Springfield backs the harbour levy.', ['Lisa Park support harbour levy']],
    ['a thing ripped', 'Mayor Tom Ortiz spoke. President Obama rips the rhetoric over the levy.', ['Obama oppose rhetoric over the levy']],
    ['a decision faulted', 'Governor Lisa Park faulted the decision.', ['Lisa Park oppose decision']],
    ['no side in ripping a person as such', 'Governor Lisa Park ripped Mayor Tom Ortiz.', []],
    ['a quoted verdict of disloyalty', '"Moving the plant abroad is unpatriotic," Senator Jane Doe said.', ['Jane Doe oppose Moving the plant abroad']],
    ['an act noun given by a participle of expressing', 'Senator Jane Doe toured the port, delivering a blistering critique of the levy.', ['Jane Doe oppose levy']],
    ['a mistrust after a copula', 'Senator Jane Doe is mistrustful of the audit.', ['Jane Doe oppose audit']],
    ['a perfect with an irregular participle of speaking', 'Senator Jane Doe has spoken against the harbour levy.', ['Jane Doe oppose harbour levy']],
    ['a perfect of getting behind a measure', 'Governor Lisa Park has gotten behind the zoning plan.', ['Lisa Park support zoning plan']],
    ['criticism received in a perfect with "drawn"', 'The zoning plan has drawn criticism from Governor Lisa Park.', ['Lisa Park oppose zoning plan']],
    ['support received in a perfect with "gotten"', 'Mayor Tom Ortiz has gotten the backing of Governor Lisa Park.', ['Lisa Park support Mayor Tom Ortiz']],
    ['a relative "who" after an apposition on a name with its place', 'Governor Lisa Park of Ohio, a Republican who has long opposed the levy, spoke on Monday.', ['Lisa Park oppose levy']],
    ['a relative "who" after an apposition that names another person inside it', 'Tom Ortiz, a longtime aide to Governor Lisa Park who opposed the levy, spoke on Monday.', ['Tom Ortiz oppose levy']],
    ['no side in an infinitive a "whether" clause judges', 'Senator Jane Doe asked whether it was wise to back the levy.', []],
    ['no side in an infinitive the parse hangs past the "whether" clause that judges it', 'Justice Ruth Lane spoke on Monday. Senator Jane Doe would not say whether it was proper for a serving high court judge to publicly criticize a presidential hopeful.', []],
    ['a side in an infinitive a stated judgment takes', 'Senator Jane Doe said it is right to oppose the levy.', ['Jane Doe oppose levy']],
    ['no issue in an endorsement "of her own"', 'Governor Lisa Park praised the levy before making an endorsement of her own.', ['Lisa Park support levy']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('quoted duties past an adverb, with "need to" and "it\'s time to", and those asked, clefted or denied', () => {
  it.each([
    ['a "we need to"', '"We need to repair the harbour bridge," said Councilman Ray Hunt.', ['Ray Hunt demand repair the harbour bridge']],
    ['an adverb between "we" and the modal', '"We also need to repair the harbour bridge," said Councilman Ray Hunt.', ['Ray Hunt demand repair the harbour bridge']],
    ['a quantifier between "we" and the modal', '"We all have to repair the harbour bridge," said Councilman Ray Hunt.', ['Ray Hunt demand repair the harbour bridge']],
    ['no duty denied by "I don\'t think"', '"I don\'t think we need to repair the harbour bridge," said Councilman Ray Hunt.', []],
    ['"both" between "we" and the modal', '"We both need to reopen the ferry terminal," said Councilwoman Ada Moss.', ['Ada Moss demand reopen the ferry terminal']],
    ['no duty denied by "I don\'t believe that"', '"I don\'t believe that we need to reopen the ferry terminal," said Councilwoman Ada Moss.', []],
    ['no duty in a modal perfect with "\'ve"', '"We should\'ve reopened the ferry terminal," said Councilwoman Ada Moss.', []],
    ['no duty asked', '"Do we really have to repair the harbour bridge?" said Councilman Ray Hunt.', []],
    ['no duty in a cleft ("what we need to change is")', '"What we need to change is the levy," said Councilman Ray Hunt.', []],
    ['a quoted "it\'s time to"', '"It\'s time to repeal the levy," said Councilman Ray Hunt.', ['Ray Hunt demand repeal the levy']],
    ['a quoted "it\'s time for" someone to act', '"It’s time for Congress to repeal the levy," said Councilman Ray Hunt.', ['Ray Hunt demand Congress to repeal the levy']],
    ['no demand in time taken', '"It takes time to repeal a levy," said Councilman Ray Hunt.', []],
    ['no duty in a relative clause with no pronoun', '"We could reach the people we need to reach," said Councilman Ray Hunt.', []],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('stance families widened in the twenty-first round', () => {
  it.each([
    ['manner adverbs inside a verb cue of several words', 'Mayor Tom Ortiz came out strongly against the pipeline.', ['Mayor Tom Ortiz oppose pipeline']],
    ['a manner adverb between a vote and its preposition', 'Councilwoman Ada Moss voted overwhelmingly for the harbour levy.', ['Ada Moss support harbour levy']],
    // Read over PolNeAR, "prefer" was mostly a poll's share, a guess ("may prefer") or held by the wrong side.
    ['a preference is no stance cue', 'Councilwoman Ada Moss prefers a flat ferry fare.', []],
    ['standing up to a lobby', 'Councilman Ray Hunt said he would stand up to the quarry lobby.', ['Ray Hunt oppose quarry lobby']],
    ['an emotion predicate', 'Councilman Ray Hunt was angered by the zoning ruling.', ['Ray Hunt oppose zoning ruling']],
    ['openness to a proposal', 'The Ortiz campaign is open to more town-hall debates.', ['Ortiz support more town-hall debates']],
    ['a swipe taken at a plan', 'Councilwoman Ada Moss took a swipe at Mayor Tom Ortiz’s ferry plan.', ['Ada Moss oppose Mayor Tom Ortiz’s ferry plan']],
    ['a stance taken against a policy', 'Councilwoman Ada Moss has taken a firm stance against the quarry expansion.', ['Ada Moss oppose quarry expansion']],
    ['a defense offered of a measure', 'Councilwoman Ada Moss offered a defense of the harbour levy.', ['Ada Moss support harbour levy']],
    ['speaking in defense of a measure', 'Councilwoman Ada Moss spoke in defense of the harbour levy.', ['Ada Moss support harbour levy']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });

  it.each([
    ['no cue where the adverb is not inside one', 'Mayor Tom Ortiz walked slowly behind the parade.'],
    ['no swipe taken at a person as such', 'Councilwoman Ada Moss took a swipe at Mayor Tom Ortiz.'],
    ['no defense of a person as such', 'Councilwoman Ada Moss offered a defense of Mayor Tom Ortiz.'],
  ])('reads no stance in %s', (_kind, text) => {
    expect(stances(text)).toEqual([]);
  });
});

describe('holders of participles, relative clauses on descriptions and opening clauses', () => {
  it.each([
    ['a participle after the object, set off by a comma, of the clause subject', 'Councilwoman Ada Moss called out Mayor Tom Ortiz, slamming his proposed ferry levy.', ['Ada Moss oppose proposed ferry levy']],
    ['a relative clause on an indefinite description of a body', 'The money came from the Harbour Fund, a super PAC that supports Councilwoman Ada Moss.', ['Harbour Fund support Ada Moss']],
    ['a relative clause on a description of two nouns', 'Tom Ortiz, a Dayton steel maker and longtime donor, who backed the campaign of Governor Lisa Park last year, gave money.', ['Tom Ortiz support campaign of Governor Lisa Park']],
    ['a pronoun in an opening adverbial clause, of the person named after it', 'Mayor Tom Ortiz spoke first. After he endorsed Governor Lisa Park this month, Senator Bernie Sanders has been a surrogate.', ['Bernie Sanders support Lisa Park']],
    ['the noun a relative object clause qualifies, without the subject the parse gives it', 'Mayor Tom Ortiz said he is with Governor Lisa Park, who he is backing in the race.', ['Mayor Tom Ortiz support Governor Lisa Park']],
    ['the names in apposition to an owned common noun subject, not its owner', 'Mayor Tom Ortiz spoke. Ortiz’s leading rivals, Councilwoman Ada Moss and Governor Lisa Park, have both criticized the toll plan.', ['Ada Moss+Lisa Park oppose toll plan']],
    ['an agent noun coordinated with a description of a name', 'Ted Cruz spoke. Tom Ortiz, pastor of the Harbour Church and a Cruz supporter, said the plan was good.', ['Tom Ortiz support Ted Cruz']],
    ['a role set off after a name with "as"', 'Ray Hunt, as a backer of the harbour levy, spoke first.', ['Ray Hunt support harbour levy']],
    ['no agent noun coordinated with a name, another person', 'Ted Cruz spoke. Tom Ortiz and a Cruz supporter met on Monday.', []],
    ['an opening pronoun of another gender than the name after it, left to the actors layer', 'Mayor Tom Ortiz spoke. After he endorsed Governor Lisa Park, Jane Doe left the party.', ['Mayor Tom Ortiz support Lisa Park']],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('a choice named in a quote, and a demand made of a person', () => {
  it.each([
    ['a person as the subject of the speaker\'s choice', '"Dan Mercer is my next choice," Tom Ortiz said.', ['Tom Ortiz support Dan Mercer']],
    ['the speaker\'s pick before a person', '"My pick is Dan Mercer," Tom Ortiz said.', ['Tom Ortiz support Dan Mercer']],
    ['no side in a negated choice', '"Dan Mercer is not my choice," Tom Ortiz said.', []],
    ['no side in a choice outside a quote', 'Tom Ortiz said Dan Mercer is his choice.', []],
    ['no issue in the one a demand is made of', 'Tom Ortiz said he is making “a demand” of Dan Mercer.', []],
  ])('reads %s', (_kind, text, expected) => {
    expect(stances(text)).toEqual(expected);
  });
});

describe('stance cues of general English', () => {
  it.each([
    ['a verb of wrecking a measure, in an infinitive', 'Senator Jane Doe tried to torpedo the levy.', 'Jane Doe oppose levy'],
    ['a verb of disapproval with its particle', 'Senator Jane Doe disapproves of the levy.', 'Jane Doe oppose levy'],
    ['a predicate of liking', 'Governor Lisa Park is partial to the harbour plan.', 'Lisa Park support harbour plan'],
    ['a predicate of weariness', 'Senator Jane Doe is weary of the levy.', 'Jane Doe oppose levy'],
    ['an act noun of admiration', 'Mayor Tom Ortiz voiced his admiration for the harbour plan.', 'Mayor Tom Ortiz support harbour plan'],
  ])('reads %s', (_, text, expected) => {
    expect(stances(text)).toContain(expected);
  });

  it.each([
    ['Many Republicans support Governor Lisa Park.', 'Republicans support Lisa Park'],
    ['Democrats back Governor Lisa Park.', 'Democrats support Lisa Park'],
  ])('reads a bare present the tagger may take for a noun or an adverb after a plural subject: %s', (text, expected) => {
    expect(stances(text)).toContain(expected);
  });

  it('reads a vote as a side only with an act that changes a policy after "to"', () => {
    expect(stances('Governor Lisa Park voted to repeal the levy.')).toEqual(['Lisa Park support repeal the levy']);
    expect(stances('Governor Lisa Park voted in the primary.')).toEqual([]);
    expect(stances('Governor Lisa Park voted to adjourn.')).toEqual([]);
  });

  it('reads a verb right after "may" and the quotation mark that opens at it as a possibility, no stance', () => {
    expect(stances('Mayor Tom Ortiz may "support the harbour plan."')).toEqual([]);
  });
});
