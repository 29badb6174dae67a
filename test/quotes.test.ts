import { describe, expect, it } from 'vitest';
import { analyze, PIPELINE } from '../src/analyze.js';
import { toArticle } from '../src/articles/index.js';
import type { Entity } from '../src/document/contract.js';
import type { Layers, ParseLayer } from '../src/document/doc.js';
import { quoteAnnotator } from '../src/facts/quotes/index.js';
import { seriesVerb } from '../src/facts/arguments.js';
import { quotedSpans } from '../src/facts/quotes/marks.js';
import { speakerIndex, subjectBeforeCoordination, treeSubject } from '../src/facts/quotes/speaker.js';
import { DependencyTree, treeOf } from '../src/facts/tree.js';
import { wordsOf, type Word } from '../src/facts/words.js';
import { defaultResources } from '../src/resources.js';
import { succeeded } from './helpers.js';

/** The quote stage's tests read every quote it finds, whatever its confidence (`--quotes all`); the default output's threshold is tested apart. */
const EVERY_QUOTE = { quotes: 'all' } as const;
const quotesOf = (text: string) => succeeded(analyze({ text, publishedAt: '2025-03-04' }, EVERY_QUOTE)).quotes;
const summary = (text: string) => quotesOf(text).map((quote) => `${quote.kind}|${quote.speaker?.name ?? '-'}|${quote.text}`);
/** "holder polarity" of each stance, the holders' names joined by "+". */
function stancesOf(text: string): string[] {
  const doc = succeeded(analyze({ text, publishedAt: '2025-03-04' }));
  return doc.stances.map((stance) => `${stance.holder.map((id) => doc.entities.find((entity) => entity.id === id)?.name ?? id).join('+')} ${stance.polarity}`);
}

describe('quotation marks', () => {
  it('pairs curly and straight quotes within a paragraph', () => {
    const text = 'He said “we will stay” and "they will go".';
    expect(quotedSpans(text, [[0, text.length]]).map(({ start, end }) => text.slice(start, end))).toEqual(['we will stay', 'they will go']);
  });

  it('takes no quotation marks inside a markup tag left in the text (an embedded tweet\'s attributes)', () => {
    const text = '<tweet author="@harbourboss" date="March 4">The fees stay, she said. "We will not move."</tweet>';
    expect(quotedSpans(text, [[0, text.length]]).map(({ start, end }) => text.slice(start, end))).toEqual(['We will not move.']);
  });

  it('runs a quotation on over paragraphs when the next one reopens it', () => {
    const first = '“The first part of the statement goes on';
    const second = '“and this is the second part,” she said.';
    const text = `${first}\n\n${second}`;
    const spans = quotedSpans(text, [[0, first.length], [first.length + 2, text.length]]);
    expect(spans).toHaveLength(1);
    expect(text.slice(spans[0]!.start, spans[0]!.end)).toBe(`The first part of the statement goes on\n\n“and this is the second part,`);
  });

  it('ends an unclosed quotation with its paragraph when the next does not reopen it', () => {
    const text = '“An unclosed quotation here\n\nA new paragraph.';
    expect(quotedSpans(text, [[0, 27], [29, text.length]]).map(({ start, end }) => text.slice(start, end))).toEqual(['An unclosed quotation here']);
  });

  it('ends an unclosed quotation with its paragraph when the next opens a quotation of its own further in', () => {
    const text = '“An unclosed quotation here\n\nThen she said “a new one” and left.';
    expect(quotedSpans(text, [[0, 27], [29, text.length]]).map(({ start, end }) => text.slice(start, end))).toEqual(['An unclosed quotation here', 'a new one']);
  });
});

describe('quotes in analyze', () => {
  it('attributes direct quotes before and after their cue, and by inversion', () => {
    const quotes = summary('“We have found a way to protect the stocks,” Ingrid Solberg said on Tuesday.\nBjarni Jonsson said: “The deal is fair to both sides.”\n“It will cost jobs in every harbour town,” said Kari Nordmann.');
    expect(quotes).toEqual([
      'direct|Ingrid Solberg|We have found a way to protect the stocks,',
      'direct|Bjarni Jonsson|The deal is fair to both sides.',
      'direct|Kari Nordmann|It will cost jobs in every harbour town,',
    ]);
  });

  it('finds mixed and indirect quotes with their speakers, and resolves pronoun speakers', () => {
    const quotes = quotesOf('Prime Minister Ingrid Solberg welcomed the agreement as “a fair compromise for both countries”.\nShe said that the patrols would begin within three weeks.');
    expect(quotes.map((quote) => quote.kind)).toEqual(['mixed', 'indirect']);
    expect(quotes[1]).toMatchObject({ text: 'the patrols would begin within three weeks', cue: { text: 'said' }, speaker: { text: 'She', name: 'Ingrid Solberg' } });
    expect(quotes[1]!.speaker!.entity).toBe(quotes[0]!.speaker!.entity);
  });

  it('reads "according to" and keeps an unnamed source without an entity', () => {
    const quotes = quotesOf('The talks will resume in October, according to the Icelandic foreign ministry.\nA senior official said the limits would not change.');
    expect(quotes.map((quote) => `${quote.kind}|${quote.text}`)).toEqual(['indirect|The talks will resume in October', 'indirect|the limits would not change']);
    expect(quotes[1]!.speaker).toMatchObject({ text: 'A senior official', entity: null });
  });

  it('reads a progressive cue as a report, not a passive', () => {
    expect(summary('Harbour director Kari Nordmann is warning that the quay will close in May.'))
      .toEqual(['indirect|Kari Nordmann|the quay will close in May']);
  });

  it('reads "according to" after an opening phrase or inside its clause\'s subject', () => {
    expect(summary('In all, according to the port authority, the harbour lost 40 berths last winter.'))
      .toEqual(['indirect|the port authority|the harbour lost 40 berths last winter']);
    expect(summary('The number of berths, according to the port authority, fell by a third.'))
      .toEqual(['indirect|the port authority|The number of berths, according to the port authority, fell by a third']);
  });

  it('takes the whole sentence for a cue set off by commas after an opening with no verb', () => {
    expect(summary('Kari Nordmann runs the harbour. Over the winter, she said, the quay lost 40 berths.'))
      .toEqual(['indirect|Kari Nordmann|Over the winter, she said, the quay lost 40 berths']);
  });

  it('reads a cue the tagger took for a noun when it closes a clause after a name or is the main verb', () => {
    expect(summary('The ferry carried 300 passengers on its last trip, Norwegian newspaper Aftenposten reports.'))
      .toEqual(['indirect|Aftenposten|The ferry carried 300 passengers on its last trip']);
  });

  it('reads no quoted title in a phrase after a closing cue as what was said', () => {
    expect(summary('The harbour was closed for a week, Kari Nordmann said Wednesday morning on NRK\'s “Morning Report.”'))
      .toEqual(['indirect|Kari Nordmann|The harbour was closed for a week']);
  });

  it('reads a report in a relative clause whose pronoun stands for what was said', () => {
    expect(summary('The harbour plan, which harbour officials said will cut costs by a third, goes to a vote on Monday.'))
      .toEqual(['indirect|harbour officials|will cut costs by a third']);
  });

  it('ends what a cue reports at a semicolon', () => {
    expect(summary('The quay will need new berths before the summer, harbour officials say; in 2019, the last ones were built.'))
      .toEqual(['indirect|harbour officials|The quay will need new berths before the summer']);
  });

  it('reads the "that" clause of a noun for something said as its possessor\'s words', () => {
    expect(summary('Fishermen were angered by harbour director Kari Nordmann and her claim that the quay was safe — a claim the inspectors disputed.'))
      .toEqual(['indirect|Kari Nordmann|the quay was safe']);
    // "that" as a relative pronoun opens no clause of what was said.
    expect(summary('Kari Nordmann repeated the claim that she made in May.').filter((quote) => quote.startsWith('indirect|Kari Nordmann|she made'))).toEqual([]);
  });

  it('leaves scare quotes alone and claims no speaker where the text gives none', () => {
    expect(summary('The so-called “peace plan” was never published.')).toEqual([]);
    expect(summary('“Nobody expected the harbour to close so soon this year.”')).toEqual(['direct|-|Nobody expected the harbour to close so soon this year.']);
  });

  it('gives a quotation from a document the author the sentence credits it to', () => {
    expect(summary('The mayor shared a post by the local historian Lena Berg that read, “The harbour has flooded every spring since 1890.”'))
      .toEqual(['direct|Lena Berg|The harbour has flooded every spring since 1890.']);
    expect(summary('Consider this new headline from the Bergen Herald: “Harbour floods again as council dithers.”'))
      .toEqual(['direct|Bergen Herald|Harbour floods again as council dithers.']);
    // A document nobody is credited with gives no speaker.
    expect(summary('The council posted a notice that read, “The harbour road is closed until Friday.”')).toEqual(['direct|-|The harbour road is closed until Friday.']);
  });

  it('reads agreeing that something is so as an attribution, and agreeing to do something as none', () => {
    expect(summary('Most economists agree that the harbour tax will be hard to pass.')).toEqual(['indirect|Most economists|the harbour tax will be hard to pass']);
    expect(summary('Norway agreed to begin joint patrols in March.')).toEqual([]);
  });

  it('reads "maintained" as speech only with a clause, and gives a quote an unnamed user of its own rather than the previous speaker', () => {
    expect(summary('The mayor maintained a busy schedule into her eighties.')).toEqual([]);
    expect(summary('The mayor maintained that the harbour was safe.')).toEqual(['indirect|The mayor|the harbour was safe']);
    const quotes = summary('“The ferry is late again,” said Lena Berg, the harbour master.\n“Nobody here trusts the timetable any more,” one user wrote on the town forum.');
    expect(quotes).toEqual(['direct|Lena Berg|The ferry is late again,', 'direct|one user|Nobody here trusts the timetable any more,']);
  });

  it('takes a newsletter item\'s bracketed credit as the source of its quotation, a name before a colon over it, and nothing else', () => {
    const items = 'Morning Briefing\n\nHARBOUR TALKS STALL “Negotiators left the table on Friday without a date to meet again.” Talks resume next month. [Reykjavik Courier.]\n\n'
      + 'FISH PRICES FALL “Cod fetched its lowest price in a decade at the morning auction.” [Nordic Wire]\n\n'
      + 'WEATHER “Storms are expected to close the harbour for most of the week.” More on that tomorrow.\n\n'
      + 'QUOTAS ARE TOO LOW - Anna Berg: “The fleet cannot live on what the ministry allows this year.” [Nordic Wire.]';
    expect(summary(items)).toEqual([
      'direct|Reykjavik Courier|Negotiators left the table on Friday without a date to meet again.',
      'direct|Nordic Wire|Cod fetched its lowest price in a decade at the morning auction.',
      'direct|-|Storms are expected to close the harbour for most of the week.',
      'direct|Anna Berg|The fleet cannot live on what the ministry allows this year.',
    ]);
  });
});

describe('transcripts', () => {
  it('runs a speaker\'s turn after a name and a colon to the end of its paragraph, and no further than the next turn', () => {
    const transcript = 'Lena Berg, the mayor, spoke to the harbour board on Monday.\n\n'
      + 'LENA BERG: The ferry has been late every week this winter. We will change the timetable before the summer.\n\n'
      + 'Anna Holm: The board has heard that before. We want a date. Lena Berg: You will have one by Friday.';
    expect(summary(transcript).filter((quote) => quote.startsWith('indirect'))).toEqual([
      'indirect|Lena Berg|The ferry has been late every week this winter. We will change the timetable before the summer',
      'indirect|Anna Holm|The board has heard that before. We want a date',
      'indirect|Lena Berg|You will have one by Friday',
    ]);
  });
});

describe('interrupted quotations', () => {
  it('joins a quotation split by its attribution into one quote', () => {
    expect(summary('“Everything we agreed on Tuesday,” Ingrid Solberg said, “will hold for the whole season.”')).toEqual([
      'direct|Ingrid Solberg|Everything we agreed on Tuesday,” Ingrid Solberg said, “will hold for the whole season.',
    ]);
  });

  it('goes on with a quotation that opens the sentence after a long attribution', () => {
    const text = '“The harbour fees will stay where they are for the coming season,” said Ingrid Solberg, who chairs the port board. “Nobody will pay more.”';
    expect(summary(text)).toEqual([`direct|Ingrid Solberg|${text.slice(1, -1)}`]);
  });

  it('keeps a finished quotation apart from the next one that its own cue introduces', () => {
    const text = 'Berg spoke. “There is a special place in the harbour for boats that do not pay.” Critics seized on Holm\'s warning: “We will lose every boat if the fees go up.”';
    expect(quotesOf(text).map((quote) => quote.text)).toEqual(['There is a special place in the harbour for boats that do not pay.', 'We will lose every boat if the fees go up.']);
  });
});

describe('doubled apostrophes as quotation marks', () => {
  it('reads two apostrophes as a quotation mark, as some newspapers write them', () => {
    expect(summary("''The harbour will reopen in spring,'' Ingrid Solberg said.")).toEqual(['direct|Ingrid Solberg|The harbour will reopen in spring,']);
  });

  it('attributes a quotation the splitter cut after "?\'\'" to the cue after it', () => {
    expect(summary("''Can we win Bergen?'' Mr. Holm asked.")).toEqual(['direct|Mr. Holm|Can we win Bergen?']);
  });

  it('takes the speaker after an inverted cue, never a subject inside the quoted words', () => {
    expect(summary("''Silly boys acting like they have never seen a girl before,'' scoffed Anna Berg, 22, who founded the club.")).toEqual(['direct|Anna Berg|Silly boys acting like they have never seen a girl before,']);
  });
});

describe('quotations inside a reported clause', () => {
  it('reads a quotation that finishes a phrase the reported words open as mixed, with its lead', () => {
    expect(summary('Anna Berg said the “old model” of harbour fees had failed.')).toEqual(['mixed|Anna Berg|the “old model” of harbour fees had failed']);
    expect(summary('Anna Berg vowed to “fight for every vote” in the last primary.')).toEqual(['mixed|Anna Berg|to “fight for every vote” in the last primary']);
  });

  it('reads a quotation that opens a "that" clause running on after it as a mixed quote of the whole clause (a hearer or a time may stand before the "that"), and one that is the whole clause as direct', () => {
    expect(summary('The mayor boasted that “everyone” is now following her lead on the harbour plan.')).toEqual(['mixed|The mayor|“everyone” is now following her lead on the harbour plan']);
    expect(summary('Anna Berg said that “the fees are fair” and that the port had lost money.')).toEqual(['mixed|Anna Berg|“the fees are fair” and that the port had lost money']);
    expect(summary('Anna Berg told reporters on Friday that “the fees are fair” because the port had lost money.')).toEqual(['mixed|Anna Berg|“the fees are fair” because the port had lost money']);
    expect(summary('Anna Berg said that “the fees are fair.”')).toEqual(['direct|Anna Berg|the fees are fair.']);
  });

  it('reads a quotation inside the clause its cue reports, with reported words of its own around it, as a mixed quote of the whole clause', () => {
    expect(summary('Anna Berg says farmers “are fed up” with the long delays at the harbour.')).toEqual(['mixed|Anna Berg|farmers “are fed up” with the long delays at the harbour']);
    expect(summary('Harbour fees had “never been higher” in the north, Anna Berg said on Monday.')).toEqual(['mixed|Anna Berg|Harbour fees had “never been higher” in the north']);
    // Words after a comma that closes the quoted words, or in a phrase of place or time, are no reported words of their own.
    expect(summary('“The fees were never about money,” a longtime aide to the mayor, Anna Berg, said on Monday.').map((quote) => quote.split('|')[0])).toEqual(['direct']);
    expect(summary('Anna Berg thanked the crews, telling them “you did the work” - stopping short of backing the bill.')).toEqual(['direct|Anna Berg|you did the work']);
    // A quotation that goes on after its attribution is one quote with the clause it opens.
    expect(summary('“Fees will rise” across the port, Anna Berg said of the plan. “We back it fully.”')).toEqual(['mixed|Anna Berg|“Fees will rise” across the port, Anna Berg said of the plan. “We back it fully.']);
  });

  it('reads a clause with a subject of its own that the parser coordinates with the cue across a time, with no coordinator, as what was said', () => {
    expect(summary('A green group said in a statement Monday night they dropped the sale from the site because it hurt the group.'))
      .toEqual(['indirect|A green group|they dropped the sale from the site because it hurt the group']);
    // Coordinated with "and", or after the cue's object, it is a clause of its own.
    expect(summary('Anna Berg spoke on Monday and they listened.')).toEqual([]);
  });

  it('reads a cue with "to" and a place or a person as no report ("admitted to the United States", "responded to the criticism")', () => {
    expect(summary('A majority of the workers admitted to the United States from abroad are nurses.')).toEqual([]);
    expect(summary('Anna Berg responded to the criticism in an interview on Monday.')).toEqual([]);
  });

  it('reads what nobody said or expected as no one\'s words', () => {
    expect(summary('Nobody asked whether the harbour fees would rise, so Anna Berg raised it herself.')).toEqual([]);
    expect(summary('No one expected that the harbour would close before the summer.')).toEqual([]);
    expect(summary('Anna Berg expected that the harbour would close before the summer.')).toEqual(['indirect|Anna Berg|the harbour would close before the summer']);
  });

  it('gives a "they" no name stands for the plural subject before it that names people', () => {
    expect(summary('Norwegian farmers favour longer seasons, which they argue would protect the harbour.')).toEqual(['indirect|Norwegian farmers|would protect the harbour']);
    // The subject of a main clause, not of what someone argued; one that names no people leaves "they" alone.
    expect(summary('Former diplomats said inspectors were feeling the pressure. The talks must end before the summer, they said.')
      .map((quote) => quote.split('|')[1])).toEqual(['Former diplomats', 'Former diplomats']);
    expect(summary('The harbour fees rose again in March. They said the fees would fall before the summer.')).toEqual(['indirect|They|the fees would fall before the summer']);
  });

  it('gives people named together as the subject of a cue the group they make as speaker', () => {
    expect(summary('Anna Berg and Lars Holm said the harbour would close in March.')).toEqual(['indirect|Anna Berg and Lars Holm|the harbour would close in March']);
    expect(summary('Anna Berg, unlike Lars Holm, said the harbour would close in March.')).toEqual(['indirect|Anna Berg|the harbour would close in March']);
  });

  it('gives countries and organisations named together as the subject of a cue the group they make as speaker', () => {
    const speaker = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name);
    expect(speaker('Norway and Iceland said the fishing quota would rise in March.')).toEqual(['Norway and Iceland']);
    expect(speaker('“The quota is final,” Norway and Iceland said in a joint statement.')).toEqual(['Norway and Iceland']);
    // Parties' people, who speak as a group though neither alone is a speaker the actors layer names.
    expect(speaker('Republicans and Democrats said the harbour bill would pass.')).toEqual(['Republicans and Democrats']);
    // Countries inside a phrase are no group that speaks.
    expect(speaker('Delegations from Norway and Iceland said the quota would rise.')).not.toContain('Norway and Iceland');
  });

  it('gives the whole group as speaker past a bracket after each name and a title or description before a later one', () => {
    const speaker = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name);
    expect(speaker('Sens. Anna Berg (D-Ore.), Lars Holm (D-Ohio) and Ola Lind (D-Vt.) all said the harbour fees were too high.')).toEqual(['Anna Berg and Lars Holm and Ola Lind']);
    expect(speaker('Both Berg and Green Party harbour candidate Lars Holm have denied any role in the quota deal.')).toEqual(['Berg and Lars Holm']);
    expect(speaker('Anna Berg and former Bergen mayor Lars Holm suggested that the ferry would be sold.')).toEqual(['Anna Berg and Lars Holm']);
    // A name after a joiner that belongs to another clause is no member of the subject.
    expect(speaker('Anna Berg met the mayor and Lars Holm said the ferry would be sold.')).toEqual(['Lars Holm']);
  });

  it('gives the group, not its last member, as speaker when the names nearest before a cue end a group ("both floated the notion of")', () => {
    const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name);
    expect(speakers('The party is split, with Anna Berg and Lars Holm both calling for a strict quota on cod.')).toEqual(['Anna Berg and Lars Holm']);
    expect(speakers('Anna Berg and Lars Holm both floated the notion Sunday of admitting more fishermen from Iceland but not from Russia.')).toEqual(['Anna Berg and Lars Holm']);
  });

  it('starts reported words with quotation marks in them after the "that" that opens them, past the hearer and the time', () => {
    expect(summary('Anna Berg told NRK on Sunday that Lars Holm is a “faker” and a fraud.')).toEqual(['mixed|Anna Berg|Lars Holm is a “faker” and a fraud']);
    expect(summary('Anna Berg told the crowd that day that Lars Holm is a “faker” and a fraud.')).toEqual(['mixed|Anna Berg|Lars Holm is a “faker” and a fraud']);
  });

  it('gives an "I" that speaks in the article\'s own words to the one person its byline names', () => {
    const text = 'The harbour talks failed again on Monday. I always hoped the two sides would agree on quotas. Anna Berg said: "I think the talks will go on."';
    const speakers = (byline?: string) => succeeded(analyze({ text, publishedAt: '2025-03-04', ...(byline ? { byline } : {}) }, EVERY_QUOTE)).quotes.map((quote) => `${quote.speaker?.text}:${quote.speaker?.name}`);
    expect(speakers('Jane Roe')).toEqual(['I:Jane Roe', 'Anna Berg:Anna Berg']);
    // No one person: an agency, two authors, or none.
    expect(speakers('Harbour News Agency')).toEqual(['I:I', 'Anna Berg:Anna Berg']);
    expect(speakers('Jane Roe and Lars Holm')).toEqual(['I:I', 'Anna Berg:Anna Berg']);
    expect(speakers()).toEqual(['I:I', 'Anna Berg:Anna Berg']);
  });

  it('gives a pull quote the person its credit line names, not the writer', () => {
    const text = 'Harbour talks fail\nThe harbour talks failed again on Monday.\n"I worry that the patrols will be cut before the talks resume.\nOla Berg, Harbour Research Institute."\nThe fleet sailed on Tuesday.\n';
    const quotes = succeeded(analyze({ text, byline: 'Jane Roe' }, EVERY_QUOTE)).quotes;
    expect(quotes.map((quote) => `${quote.speaker?.name}|${quote.text}`)).toEqual(['Ola Berg|I worry that the patrols will be cut before the talks resume.']);
  });

  it('reads a thinking verb with a preposition after it as a topic, no thought reported ("thinks about the harbour")', () => {
    expect(summary('Anna Berg thinks about the harbour fees every day.')).toEqual([]);
    expect(summary('Anna Berg thinks the harbour fees are too high.')).toEqual(['indirect|Anna Berg|the harbour fees are too high']);
  });

  it('reads a prepositional phrase alone after a speech verb as where, when or about what, not what was said, and finds the words before it', () => {
    expect(summary('Anna Berg complained about the harbour fees.')).toEqual([]);
    expect(summary('The fees are a burden on small boats, as Anna Berg noted in the Bergen Tidende.')).toEqual(['indirect|Anna Berg|The fees are a burden on small boats']);
    expect(summary('The harbour fees have gone too far, Anna Berg said at a rally on Tuesday.')).toEqual(['indirect|Anna Berg|The harbour fees have gone too far']);
    expect(summary('Anna Berg called on the council to cut the harbour fees.')).toEqual(['indirect|Anna Berg|on the council to cut the harbour fees']);
  });

  it('reads a reporting verb\'s participle after a subordinator, with no subject, as a passive that gives the one asked no words ("when asked how ...")', () => {
    expect(summary('“The fees are fair,” Anna Berg said when asked how the harbour would pay for repairs.')).toEqual(['direct|Anna Berg|The fees are fair,']);
    expect(summary('Anna Berg asked how the harbour would pay for repairs.')).toEqual(['indirect|Anna Berg|how the harbour would pay for repairs']);
  });

  it('gives a quotation after a sentence that is only an attribution ending in a full stop the cue of that sentence', () => {
    const text = 'Turnout fell in the north. Lars Holm, the party\'s spokesman, said in a statement. “There are no ballots to recount, and nobody has asked for a recount.”';
    expect(quotesOf(text).map((quote) => `${quote.speaker?.name}|${quote.cue?.text}|${quote.text}`)).toEqual(['Lars Holm|said|There are no ballots to recount, and nobody has asked for a recount.']);
  });

  it('gives a quotation cut off by "!" the speaker of the next sentence, past a nickname in quotation marks', () => {
    expect(summary('"This is a big year for our senator, Lars Holm!" His niece, state Del. Marcia "Cia" Price (D-Bergen), shouted to the crowd.')).toEqual([
      'direct|His niece, state Del. Marcia "Cia" Price|This is a big year for our senator, Lars Holm!',
    ]);
  });

  it('keeps a quotation after an addressee direct', () => {
    expect(summary('Anna Berg told reporters “the fees are fair.”')).toEqual(['direct|Anna Berg|the fees are fair.']);
  });
});

describe('passive cues', () => {
  it('takes no speaker from the subject of a passive', () => {
    expect(summary('The agreement was announced in Bergen at the close of two days of talks.')).toEqual([]);
  });
});

describe('clause boundaries and group speakers', () => {
  it('ends a reported clause where a second reporting verb starts its own quote', () => {
    const quotes = summary('Minister Ingrid Solberg said the quota would rise next year and predicted that prices would fall.');
    expect(quotes).toEqual(['indirect|Ingrid Solberg|the quota would rise next year', 'indirect|Ingrid Solberg|prices would fall']);
  });

  it('keeps a second quotation in the sentence of a reported clause inside that one quote', () => {
    expect(summary('The mayor said that the harbour fees were “far too high” but “nobody in the council would dare to cut them.”')).toEqual([
      'mixed|The mayor|the harbour fees were “far too high” but “nobody in the council would dare to cut them.',
    ]);
  });

  it('splits a mixed quote at a participle cue after the quotation', () => {
    const quotes = summary('Ingrid Solberg described the deal as “a fair start,” warning that the patrols would be “tested within a month.”');
    expect(quotes).toEqual(['mixed|Ingrid Solberg|the deal as “a fair start,', 'mixed|Ingrid Solberg|the patrols would be “tested within a month.']);
  });

  it('gives a group the words, not a member named inside it', () => {
    const quotes = quotesOf('Nordic ministers, including Ingrid Solberg and Bjarni Jonsson, insisted that the quota was fair.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]!.speaker).toMatchObject({ text: 'Nordic ministers', entity: null });
  });

  it('takes the subject of a participle several coordinated clauses up', () => {
    const quotes = quotesOf('Anna Berg won the vote. But she has also promised to work harder than Mr. Holm, rejected his fishing quota and outdone his plans to tax the Harbour Union by calling for a ban on trawlers.');
    expect(quotes.map((quote) => `${quote.speaker?.name}|${quote.text}`)).toEqual(['Anna Berg|to work harder than Mr. Holm', 'Anna Berg|for a ban on trawlers']);
  });

  it('passes over an aside set off by dashes between the subject and the cue', () => {
    const quotes = quotesOf('Nordic ministers -- including Ingrid Solberg -- quickly insisted that the quota was fair. Harbour chief Ola Berg — who met the fleet on Monday — said the patrols would stay.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Nordic ministers', 'Ola Berg']);
  });

  it('takes the subject of a coordinated reporting verb from the start of its sentence', () => {
    const quotes = quotesOf('Fishing leaders travelled to Oslo to meet Ingrid Solberg and urged the minister to lift the quota.');
    expect(quotes).toHaveLength(1);
    expect(quotes[0]).toMatchObject({ cue: { text: 'urged' }, speaker: { text: 'Fishing leaders', entity: null } });
  });

  it('gives a participle after a comma the clause subject, not the nearest name', () => {
    const quotes = summary('Nordic ministers repeated the need for a deal with Norway, stressing the importance of the patrols.');
    expect(quotes.at(-1)).toBe('indirect|Nordic ministers|the importance of the patrols');
  });

  it('gives a participle after "by" the main clause\'s subject, not the name in the clause between', () => {
    const quotes = quotesOf('Anna Berg took a softer line on the Harbour Union, was tepid about patrols in Norway and set herself apart by saying she would meet Ola Holm.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Anna Berg']);
  });

  it('gives a participle after "after" the subject of a passive main verb, not its agent', () => {
    const quotes = quotesOf('Comedian Anna Lind was booed by Karl Holm\'s supporters after telling them that they were wrong.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Anna Lind']);
  });

  it('gives a quotation the name right after it, not one in the apposition before its cue', () => {
    const quotes = quotesOf('“It is an invasion, in our estimation, of the regulatory domain,” Ola Berg, the attorney general of Nordland, one of the counties suing the EPA, said at an event this month.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ola Berg']);
  });

  it('passes over a lawmaker\'s party and state in parentheses and a relative clause to the name before them', () => {
    const quotes = quotesOf('Appearing later on the same programme, Sen. Ola Berg (D-Minn.), who has backed Holm, said Lind has pushed the former minister to be a "tougher" candidate.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ola Berg']);
  });

  it('gives a quotation ending in a question mark the name after "said" in the next sentence, however long its apposition', () => {
    const quotes = quotesOf('Many experts doubt the case. “Is keeping the harbour logs at home really the same as breaking maritime law?” said Anna Holm, a former Harbour Agency lawyer now at the Nordic Institute for Maritime Law.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Anna Holm']);
  });

  it('gives a quotation after a colon with no cue the named subject of the clause before it', () => {
    const quotes = quotesOf('“The quota is fair,” said Ingrid Solberg, the minister. Ola Berg, an analyst at Harbour Capital, agreed: “They have a strong fleet and a good plan.”');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Ingrid Solberg', 'Ola Berg']);
  });
});

describe('quotes on a long article', () => {
  it('takes time in proportion to the article\'s length, like the tagger', () => {
    // Each cue's "that" and "according to ... ," were searched for with words.findIndex from the article's first
    // word, and each new quote compared with every earlier one: 20,000 sentences took 11 s in this stage alone.
    defaultResources().loadAll().run(() => {
      const text = Array.from({ length: 10_000 }, (_, i) => `Officials in Bergen said on day ${i} that the harbour would reopen, according to the mayor.`).join(' ');
      const article = toArticle({ source: { uri: 'test:', kind: 'record' }, content: { kind: 'text', text }, format: 'text', url: null, publishedAt: null });
      const layers: Partial<Layers> = {};
      const times = new Map<string, number>();
      for (const annotator of PIPELINE.slice(0, PIPELINE.indexOf(quoteAnnotator) + 1)) {
        // Sentences are parsed when a stage first asks about them: parse them all before the
        // quotes stage, so that its time is its own work.
        if (annotator === quoteAnnotator) wordsOf(layers.tokens!, layers.sentences!).forEach((_, word) => treeOf(layers.parse!).head(word));
        const started = performance.now();
        (layers as Record<string, unknown>)[annotator.assigns] = annotator.annotate({ article, layers });
        times.set(annotator.name, performance.now() - started);
      }
      expect(layers.quotes!.length).toBeGreaterThanOrEqual(10_000);
      // Both linear: the quotes stage took several times as long as the tagger before; now less.
      expect(times.get('quotes')!).toBeLessThan(1.5 * times.get('names')!);
    });
  }, 60_000);
});

describe('pronoun speakers', () => {
  it('gives a reporter\'s "she said" to the speaker before, not to a name inside the quotation', () => {
    expect(summary('“We need a change of course,” Anna Berg said on Monday. “Maria Lind has failed the party and the country,” she said.')).toEqual([
      'direct|Anna Berg|We need a change of course,',
      'direct|Anna Berg|Maria Lind has failed the party and the country,',
    ]);
  });

  it('gives "he added" to the speaker just named whose gender the name does not tell, not to a man named before', () => {
    expect(summary('Mayor Tom Reyes opened the meeting on the harbour fees. Reyes said the fees would fall. “We will build the new pier,” Reyes said. Reyes then left the hall.\n\nThe board chairman, Okoro, answered, “We will see what the council says.”\n\n“It is far too early to tell,” he added.').at(-1)).toBe('direct|Okoro|It is far too early to tell,');
  });

  it('gives "he added" to a speaker named by a name the actors layer linked to no one', () => {
    // "Cuban" is read as a demonym, not a person's name.
    expect(summary('Mayor Tom Reyes opened the meeting on the harbour fees. Reyes said the fees would fall. “We will build the new pier,” Reyes said. Reyes then left the hall.\n\n“We will see what the council says,” Cuban said.\n\n“It is far too early to tell,” he added.').at(-1)).toBe('direct|Cuban|It is far too early to tell,');
  });

  it('leaves a pronoun the actors layer resolved outside quotation marks as it is', () => {
    expect(summary('“We need a change of course,” Anna Berg said on Monday. Maria Lind disagreed. “The party has done well,” she said.').at(-1)).toBe('direct|Maria Lind|The party has done well,');
  });
});

describe('"they" for an organisation', () => {
  it('leaves a "they" the actors layer linked to an organisation named in the singular unlinked ("As they say")', () => {
    const [quote] = quotesOf('Acme Corp opened a new plant in Bergen on Monday. As they say in the trade, the first year is the hardest.');
    expect(quote?.speaker).toMatchObject({ text: 'they', entity: null });
    expect(quote?.text).toBe('the first year is the hardest');
  });

  it('lets a "they" the actors layer linked to an organisation speak for it through its people ("Senate colleagues") only in the sentence before or its own', () => {
    /** Words of sentences split at " . ", and the index of speakers over an organisation "Senate" with the "they" at the end. */
    const theyOf = (text: string) => {
      let offset = 0;
      let sentence = 0;
      const words: Word[] = text.split(' ').map((token) => {
        const start = text.indexOf(token, offset);
        offset = start + token.length;
        const word = { text: token, form: token, lower: token.toLowerCase(), start, end: offset, sentence, pos: token === '.' ? 'PUNCT' : 'NOUN' };
        if (token === '.') sentence++;
        return word;
      });
      const at = (token: string) => ({ start: text.lastIndexOf(token), end: text.lastIndexOf(token) + token.length, text: token });
      const senate: Entity = { id: 'e1', name: 'Senate', type: 'ORG', country: null, sector: null, roles: [], kb: null, key: null, salience: 1, mentions: [{ ...at('Senate'), kind: 'name' }, { ...at('they'), kind: 'pronoun' }] };
      return speakerIndex([senate], words).covering(words.length - 3)?.entity.name;
    };
    expect(theyOf('her Senate colleagues cheered . fees stay , they believe .')).toBe('Senate');
    expect(theyOf('her Senate colleagues cheered . the plan stalled . nobody expects a vote . fees stay , they believe .')).toBeUndefined();
  });
});

describe('"it" continuing a speaker', () => {
  it('gives an "it" right after a body spoke to that body, not to a country named in the reported words between', () => {
    const quotes = quotesOf('The Holm administration noted that harbour fees in Bergen have doubled since 2020. Russian trawlers have avoided the port for years, it noted.');
    expect(quotes.map((quote) => [quote.speaker?.text, quote.speaker?.name])).toEqual([['The Holm administration', 'Holm'], ['it', 'Holm']]);
  });
});

describe('descriptions that continue a speaker', () => {
  it('gives "the veteran incumbent" that speaks right after a named speaker, and that the actors layer linked to no one, to that speaker', () => {
    const quotes = quotesOf('Lars Holm, the harbour master, says the fees are too high for the fleet. The veteran incumbent says such fees are unfair.');
    expect(quotes.map((quote) => [quote.speaker?.text, quote.speaker?.name])).toEqual([['Lars Holm', 'Lars Holm'], ['The veteran incumbent', 'Lars Holm']]);
  });

  it('leaves the description as it is when someone else is named between', () => {
    const quotes = quotesOf('Lars Holm, the harbour master, says the fees are too high for the fleet. Anna Berg spoke next. The veteran incumbent says such fees are unfair.');
    expect(quotes.at(-1)?.speaker).toMatchObject({ text: 'The veteran incumbent', entity: null });
  });

  it('gives "the shipping tycoon" (a noun for a kind of person) that speaks after a named speaker to that speaker', () => {
    const quotes = quotesOf('Harbour donor Lars Eklund said on Friday that he had met Mayor Anna Lind this week. “It was a pleasant talk,” the shipping tycoon told reporters in Bergen.');
    expect(quotes.at(-1)?.speaker).toMatchObject({ text: 'the shipping tycoon', name: 'Lars Eklund' });
  });

  it('prefers the speaker just before to the person the actors layer guessed for a description nothing in the article gave them', () => {
    const quotes = quotesOf('Clinic director Eva Lund met Mayor Anna Lind on Monday. Lind praised the clinic, and Lind promised funds. Lund said that the clinic would expand. “We will hire nurses,” the 50-year-old physician said.');
    expect(quotes.at(-1)?.speaker).toMatchObject({ text: 'the 50-year-old physician', name: 'Eva Lund' });
  });

  it('keeps the actors layer\'s link of a description the article gave that person ("Mayor Anna Lind" → "the mayor")', () => {
    const quotes = quotesOf('Mayor Anna Lind met the fleet owners on Monday. Lind praised the fleet, and Lind promised funds. Karl Holm said that the fleet would stay. “The harbour stays open,” the mayor said.');
    expect(quotes.at(-1)?.speaker?.name).toBe('Anna Lind');
  });

  it('gives a headline\'s description that speaks to the person the actors layer linked it to ("Lind’s Son Says ...")', () => {
    const quotes = quotesOf('Lind’s Son Says The Harbour Fight Will Be Long.\n\nAs Mayor Anna Lind began posting her new plan for the pier, her son said the fight was just getting started.\n\nErik Lind, son of the mayor, talked about the harbour Monday on the morning show.');
    expect(quotes[0]?.speaker).toMatchObject({ text: 'Lind’s Son', name: 'Erik Lind' });
  });
});

describe('an aside right after ", who,"', () => {
  it('gives the cue after "Ola Berg, who, after trading insults with Holm over Dahl, said" to the name before the "who", not to a name inside the aside', () => {
    const [quote] = quotesOf('First there was the harbour columnist Ola Berg, who, after trading insults with Mr. Holm over Mr. Dahl, said on the radio that the fees were a disgrace.');
    expect(quote?.speaker?.name).toBe('Ola Berg');
  });
});

describe('pronoun speakers introduced by a description', () => {
  it('gives a "he" after "a 40-year-old Bergen man" as a subject to that unnamed man, not to a man named earlier', () => {
    const [quote] = quotesOf('Mayor Lars Holm spoke in Bergen on Monday about the harbour fees. A 40-year-old Bergen man was fined on Friday after he had posted a threat online. “They will pay for this,” he wrote.');
    expect(quote?.speaker).toMatchObject({ text: 'he', entity: null, name: 'A 40-year-old Bergen man' });
  });

  it('keeps the link where the description is an object ("met a 40-year-old man")', () => {
    const [quote] = quotesOf('Mayor Lars Holm spoke in Bergen on Monday. Holm met a 40-year-old man on Friday. “They will pay for this,” he said.');
    expect(quote?.speaker?.entity).not.toBeNull();
  });
});

describe('parenthetical pronoun cues inside reported words', () => {
  it('gives ", she said," inside the words another cue reports to that cue\'s speaker, not to a name nearer inside them', () => {
    const quotes = quotesOf('When Anna Berg, during a debate in Bergen, proposed that she resign, Mary Holm replied calmly that she was pleased Ms. Berg had said that because, she said, the remark showed the audience how intolerant the harbour lobby was.');
    const parenthetical = quotes.find((quote) => quote.speaker?.text === 'she' && quote.cue?.text === 'said');
    expect(parenthetical?.speaker?.name).toBe('Mary Holm');
  });
});

describe('cues that report no speech', () => {
  it('takes neither a verb that reports no speech nor the noun of a reporting verb as a cue', () => {
    expect(summary('The latest figures from Statistics Norway show that exports rose in March.')).toEqual([]);
    expect(summary('Anna Berg reminds voters of a quieter era in Oslo politics.')).toEqual([]);
    expect(summary('Her remarks on the quota were widely quoted in Oslo.')).toEqual([]);
    expect(summary('Anna Berg said the quota would rise.')).toEqual(['indirect|Anna Berg|the quota would rise']);
  });
});

describe('speakers with appositions', () => {
  it('gives the words to the person before an apposition, not to a body or person named inside it', () => {
    expect(summary('Anna Berg, chairwoman of the Norwegian Fishermen\'s Association, said the quota was unfair.')).toEqual(['indirect|Anna Berg|the quota was unfair']);
    expect(summary('Lars Holm, who served as Anna Berg\'s chief of staff, said the talks had failed.')).toEqual(['indirect|Lars Holm|the talks had failed']);
    expect(summary('Lars Holm of the Nordic Council observed that the talks had failed.')).toEqual(['indirect|Lars Holm|the talks had failed']);
  });

  it('does not read a name as a cue', () => {
    expect(summary('Campaign spokeswoman Hope Hicks confirmed that the group was independent.')).toEqual(['indirect|Hope Hicks|the group was independent']);
  });
});

describe('quotes read from the parse', () => {
  it('takes the clause a reporting verb governs, not a contrast coordinated after it', () => {
    expect(summary('Fisheries minister Ingrid Solberg said on Friday that the quota would rise, but the fleet disagreed.')).toEqual(['indirect|Ingrid Solberg|the quota would rise']);
  });

  it('takes a second "that" clause after ", and" into what was said', () => {
    expect(summary('Fisheries minister Ingrid Solberg said on Friday that the quota would rise, and that the fleet would be compensated.')).toEqual(['indirect|Ingrid Solberg|the quota would rise, and that the fleet would be compensated']);
  });

  it('takes a conjunct with no subject of its own into the reported clause, but not one with a reporting verb of its own', () => {
    expect(summary('Harbour master Lars Dahl said the new pier would serve ferries, trawlers, and cargo ships.')).toEqual(['indirect|Lars Dahl|the new pier would serve ferries, trawlers, and cargo ships']);
    expect(summary('Ingrid Solberg said the ferry plan was sound, but needed more money.')).toEqual(['indirect|Ingrid Solberg|the ferry plan was sound, but needed more money']);
    expect(summary('Lars Dahl said the fees were fair, and then pointed out that the port had lost money.')).toEqual(['indirect|Lars Dahl|the fees were fair', 'indirect|Lars Dahl|the port had lost money']);
  });

  it('ends the arguments of a speech verb at an adjunct of time or occasion', () => {
    expect(summary('Bjarni Jonsson called for a new fishing quota from the ministry during a debate on Friday.')).toEqual(['indirect|Bjarni Jonsson|for a new fishing quota from the ministry']);
  });

  it('reports words after a verb of praising or condemning only with a clause: with a noun phrase alone it states a stance', () => {
    expect(summary('Anna Berg condemned the harbour fees on Friday.')).toEqual([]);
    expect(summary('Lars Holm praised Anna Berg for speaking out against the fees.')).toEqual([]);
    expect(summary('Anna Berg expressed hope that the ferry would keep running.')).toEqual(['indirect|Anna Berg|hope that the ferry would keep running']);
    expect(summary('Lars Holm dismissed claims that the harbour was unsafe.')).toEqual(['indirect|Lars Holm|the harbour was unsafe']);
    expect(stancesOf('Anna Berg condemned the harbour fees on Friday.')).toContain('Anna Berg oppose');
    // The clause of a participle after it is its own report, not the condemning verb's; quoted words in its object are words said.
    expect(summary('Anna Berg condemned the deal with the fleet to cut the fees, saying that it would hurt the port.')).toEqual(['indirect|Anna Berg|it would hurt the port']);
    expect(summary('Lars Holm hailed the vote as “a fantastic result.”')).toEqual(['mixed|Lars Holm|the vote as “a fantastic result.']);
  });

  it('reports words after a verb whose object is a topic (discussed, outlined, thanked) only with a clause or a quotation', () => {
    expect(summary('Anna Berg discussed the harbour fees with the fleet owners on Friday.')).toEqual([]);
    expect(summary('Lars Holm thanked the volunteers at a rally in Bergen.')).toEqual([]);
    expect(summary('Lars Holm outlined the differences between the two ferry plans.')).toEqual([]);
    expect(summary('Anna Berg discussed how the fees would hurt the small trawlers.')).toEqual(['indirect|Anna Berg|how the fees would hurt the small trawlers']);
    expect(summary('Lars Holm reiterated that the harbour would stay open.')).toEqual(['indirect|Lars Holm|the harbour would stay open']);
    expect(summary('“The harbour stays open,” Lars Holm reiterated.')).toEqual(['direct|Lars Holm|The harbour stays open,']);
  });

  it('reads citing, questioning, mentioning or blaming with a noun phrase alone as naming a topic, not words said', () => {
    expect(summary('Anna Berg cited the rising cost of diesel for the fleet.')).toEqual([]);
    expect(summary('Lars Holm questioned the safety record of the old ferry.')).toEqual([]);
    expect(summary('Anna Berg blamed the harbour board for the long delays.')).toEqual([]);
    expect(summary('Lars Holm questioned whether the ferry could run all winter.')).toEqual(['indirect|Lars Holm|whether the ferry could run all winter']);
  });

  it('reads an indirect question after a cue that does not ask as a topic, not words said', () => {
    expect(summary('Anna Berg would not say whether she will run for the harbour board.')).toEqual([]);
    expect(summary('Lars Holm explained why the ferry had stopped running.')).toEqual([]);
    expect(summary('Anna Berg asked whether the ferry would run all winter.')).toEqual(['indirect|Anna Berg|whether the ferry would run all winter']);
    expect(summary('Lars Holm recalled how the old ferry broke down in a storm.')).toEqual(['indirect|Lars Holm|how the old ferry broke down in a storm']);
    // A hearer that is every word left, as in an article cut off mid-sentence, opens no question.
    expect(succeeded(analyze({ text: 'Harbour Master Lars Holm told r' })).warnings ?? []).toEqual([]);
  });

  it('reads a reporting verb with an object that makes it an act as no report: "wrote a check", "called a referendum", "say goodbye"', () => {
    expect(summary('Lars Holm wrote a check to the harbour fund.')).toEqual([]);
    expect(summary('The mayor called a referendum on the ferry plan.')).toEqual([]);
    expect(summary('Anna Berg went down to the quay to say goodbye to the crew.')).toEqual([]);
    expect(summary('Lars Holm called for a vote on the ferry plan.')).toEqual(['indirect|Lars Holm|for a vote on the ferry plan']);
  });

  it('reads a verb of suggesting or revealing with a subject that names no one as what a thing shows, not words said', () => {
    expect(summary('The new evidence suggests that the fleet is shrinking fast.')).toEqual([]);
    expect(summary('Harbour master Anna Berg suggested that the fleet is shrinking fast.')).toEqual(['indirect|Anna Berg|the fleet is shrinking fast']);
  });

  it('takes no claim of something won for a report: "claimed victory", "claiming 41 percent of the vote"', () => {
    expect(summary('Maria Lindqvist won the caucus on Tuesday, claiming her second victory of the month.')).toEqual([]);
    expect(summary('Maria Lindqvist claimed victory in a post on Tuesday night.')).toEqual([]);
    expect(summary('Tom Berg claimed the nomination was stolen.')).toEqual(['indirect|Tom Berg|the nomination was stolen']);
  });

  it('takes the arguments of a speech verb with no clause', () => {
    expect(summary('Bjarni Jonsson called for the minister to resign.')).toEqual(['indirect|Bjarni Jonsson|for the minister to resign']);
  });

  it('gives a title the name in apposition after it', () => {
    expect(summary('Harbour spokeswoman Kari Nordmann confirmed that the port would reopen in May.')).toEqual(['indirect|Kari Nordmann|the port would reopen in May']);
  });

  it('gives an unnamed subject the words, without the adverb before it', () => {
    expect(summary('Even some local fishermen said the limits were fair.')).toEqual(['indirect|some local fishermen|the limits were fair']);
  });

  it('reads a promise with a noun object as an act, not reported words', () => {
    expect(summary('The ministry pledged 40 million euros for the new harbour.')).toEqual([]);
    expect(summary('The ministry pledged that the harbour would be rebuilt.')).toEqual(['indirect|The ministry|the harbour would be rebuilt']);
  });
});

describe('intentions with a to-infinitive', () => {
  it('reports what a named actor intends or promises to do', () => {
    expect(summary('Mayor Tom Ortiz vowed to reopen the ferry line before winter.')).toEqual(['indirect|Mayor Tom Ortiz|to reopen the ferry line before winter']);
    expect(summary('Governor Lisa Park wants to double the harbour fees.')).toEqual(['indirect|Lisa Park|to double the harbour fees']);
    expect(summary('The Harbour Union sought to delay the vote on the new quota.')).toEqual(['indirect|Harbour Union|to delay the vote on the new quota']);
  });

  it('reports nothing for an intention verb without an infinitive, a verb of expecting, a supposition or an unnamed holder', () => {
    expect(summary('The Harbour Union sought a delay of the vote on the new quota.')).toEqual([]);
    expect(summary('Governor Lisa Park is expected to sign the harbour bill on Friday.')).toEqual([]);
    expect(summary('If you want to see the old harbour, the ferry leaves at noon.')).toEqual([]);
    expect(summary('Harbour pilots might want to check the new charts before sailing.')).toEqual([]);
    expect(summary('The man who wants to buy the old ferry spoke first.')).toEqual([]);
  });
});

describe('a cue that closes the clause before it', () => {
  it('reports the clause before the comma for a cue that otherwise needs a clause after it', () => {
    expect(summary('The harbour will reopen in spring after the repairs, Kari Nordmann maintains.')).toEqual(['indirect|Kari Nordmann|The harbour will reopen in spring after the repairs']);
    expect(summary('The port lost money for three years, the survey found on Friday.')).toEqual(['indirect|the survey|The port lost money for three years']);
  });

  it('does not take a noun phrase the writer adds after such a cue for what was said', () => {
    expect(summary('Most fishermen support the quota, a new harbour poll finds, a result that may shape the vote.')).not.toContain('indirect|a new harbour poll|a result that may shape the vote');
  });

  it('reports the clause before the comma where the parse leaves words of the subject off it', () => {
    expect(summary("There is serious concern about the safety of the old pier, the harbour master's longtime deputy Lars Dahl stated.")).toEqual(['indirect|Lars Dahl|There is serious concern about the safety of the old pier']);
  });
});

describe('indirect quotes: cues and boundaries', () => {
  it('takes an unnamed source after "according to" as the speaker', () => {
    expect(summary('The harbour fees doubled last year, according to port authority records.')).toEqual(['indirect|port authority records|The harbour fees doubled last year']);
    expect(summary('The boats left the harbour one by one, according to their usual order.')).toEqual([]);
  });

  it('reads quoted words inside the clause "according to" attributes as a mixed quote of the clause', () => {
    expect(summary('The new fees cut traffic in the harbour by a tenth with “hardly any effect on trade,” according to a study by the port board.')).toEqual([
      'mixed|a study|The new fees cut traffic in the harbour by a tenth with “hardly any effect on trade,”',
    ]);
  });

  it('starts a trailing "according to" quote after a colon', () => {
    expect(summary('The fleet has shrunk: only 40 trawlers still sail from Bergen, according to port authority records.'))
      .toEqual(['indirect|port authority records|only 40 trawlers still sail from Bergen']);
  });

  it('reads the fronted clause, not the hearer, before "X told Y"', () => {
    expect(summary('The ferry will stop running in October, a harbour spokesman told the Bergen Daily.')).toEqual(['indirect|a harbour spokesman|The ferry will stop running in October']);
    expect(summary('Speaking in Bergen on Friday, Anna Berg disputed the new harbour fees.')).toEqual(['indirect|Anna Berg|the new harbour fees']);
  });

  it('reads the fronted clause before "X said" with a time, a place or a titled name after the comma', () => {
    expect(summary('The ferry will stop running in October, the Bergen Daily reported.')).toEqual(['indirect|the Bergen Daily|The ferry will stop running in October']);
    expect(summary('The harbour fees will rise next spring, Deputy Mayor Anna Berg said Wednesday.')).toEqual(['indirect|Anna Berg|The harbour fees will rise next spring']);
    expect(summary('The harbour fees will rise next spring, she said Wednesday morning on the local radio show.')[0]).toMatch(/\|The harbour fees will rise next spring$/);
    expect(summary('Speaking in Bergen on Friday, Anna Berg disputed the new harbour fees, but she also proposed the ferry plan.')).toContain('indirect|Anna Berg|the ferry plan');
  });

  it('ends what a cue in an opening subordinate clause reports where the main clause starts', () => {
    // The parser hangs the main clause on the cue's clause; without the opening clause's end it ran to the sentence's end.
    expect(summary('When one fisherman said the new harbour fees were far too high, the mayor quickly changed the subject.')).toEqual([
      'indirect|one fisherman|the new harbour fees were far too high',
    ]);
    expect(summary('Though she called for the ferry fees to be “paid back” to the islanders, Berg limited her remarks to the budget of next year.')).toEqual([
      'mixed|Berg|for the ferry fees to be “paid back” to the islanders',
    ]);
    // The cue of the main clause itself reports to the sentence's end.
    expect(summary('When the talks failed, the mayor said the harbour would stay closed until the spring.')).toEqual(['indirect|the mayor|the harbour would stay closed until the spring']);
  });

  it('reads a name alone as the object of a cue that names its hearer as whom it was said to, not what was said', () => {
    expect(summary('The mayor of Bergen told Harbour Radio on Friday.')).toEqual([]);
    expect(summary('At the hearing, the senator asked Anna Berg twice.')).toEqual([]);
    // A topic after the hearer, or a noun that is no name, may be what was said.
    expect(summary('The senator asked Anna Berg about the harbour fees.')).toEqual(['indirect|The senator|Anna Berg about the harbour fees']);
    expect(summary('The mayor told a very different story.')).toEqual(['indirect|The mayor|a very different story']);
    // With a clause, or after a fronted clause, what was said is still read.
    expect(summary('The mayor told the harbour board that the fees would rise.')).toEqual(['indirect|The mayor|the fees would rise']);
    expect(summary('The senator asked the harbour master to close the docks early.')).toEqual(['indirect|The senator|the harbour master to close the docks early']);
  });

  it('starts the clause right after a cue that names no hearer, where the parse takes its subject for an object', () => {
    expect(summary('Fishermen in Bergen say the ministry\'s plans to cut the cod quota for the northern coast have been a disaster.')).toEqual([
      'indirect|Fishermen in Bergen|the ministry\'s plans to cut the cod quota for the northern coast have been a disaster',
    ]);
  });

  it('reads "pointed out that" as a cue of reported words, and "pointed out" as a cue of a quotation', () => {
    expect(summary('The mayor pointed out that the harbour fees have not risen in ten years.')).toEqual(['indirect|The mayor|the harbour fees have not risen in ten years']);
    expect(summary('“The fees have not risen in ten years,” the mayor pointed out.')).toEqual(['direct|the mayor|The fees have not risen in ten years,']);
  });

  it('takes no scene-setting phrase before ", X said" for what was said', () => {
    expect(summary('In a statement on Friday, the harbour board criticized the ministry.')).toEqual([]);
    expect(summary('Shortly after the vote, Anna Berg announced her resignation.')).toEqual([]);
    expect(summary('While the fees are high, the ferry will keep running, Anna Berg said.')).toEqual(['indirect|Anna Berg|While the fees are high, the ferry will keep running']);
  });

  it('takes the clause after "said Friday that" when the parse hangs it on the time', () => {
    expect(summary('A harbour official said Friday that the ferry would stop running in October.').map((quote) => quote.split('|')[2])).toEqual(['the ferry would stop running in October']);
  });

  it('reads a finding with a clause as a reported statement of its source, and not without one', () => {
    expect(summary('A Bergen University poll found that most fishermen oppose the quota.')).toEqual(['indirect|Bergen University|most fishermen oppose the quota']);
    expect(quotesOf('The survey found a sharp fall in the catch.')).toEqual([]);
  });

  it('takes a verb of perceiving or knowing as a cue only with a clause after it', () => {
    expect(summary('The harbour saw record numbers of ferries this summer.')).toEqual([]);
    expect(summary('Anna Berg knew the old harbour master well.')).toEqual([]);
    expect(summary('Anna Berg saw that the harbour fees would have to rise.')).toEqual(['indirect|Anna Berg|the harbour fees would have to rise']);
  });

  it('ends the reported clause before a comparison after a comma (", as did X")', () => {
    expect(summary('Anna Berg said the board would scrap the harbour fee, as did the mayor.').map((quote) => quote.split('|')[2])).toEqual(['the board would scrap the harbour fee']);
  });

  it('leaves out a gloss in brackets at the end of the reported clause, not a short one', () => {
    expect(summary('Anna Berg said the board would scrap the mooring levy (a charge that falls mostly on small boats).').map((quote) => quote.split('|')[2])).toEqual(['the board would scrap the mooring levy']);
    expect(summary('Anna Berg said the board would bring back the Harbour Safety Fund (HSF).').map((quote) => quote.split('|')[2])).toEqual(['the board would bring back the Harbour Safety Fund (HSF)']);
  });

  it('leaves out a relative clause or an apposition the writer adds at the end of the reported clause', () => {
    const reported = (text: string) => summary(text).map((quote) => quote.split('|')[2]);
    expect(reported('Anna Berg said the board had approved the new plan, which cuts the fees by half.')).toEqual(['the board had approved the new plan']);
    expect(reported('Anna Berg said she had met the harbour master, who retires in May.')).toEqual(['she had met the harbour master']);
    expect(reported('Anna Berg said she would meet Lars Dahl, the new harbour master.')).toEqual(['she would meet Lars Dahl']);
    expect(reported('Anna Berg said the board would bring back the ferry levy — a charge that most boat owners hate.')).toEqual(['the board would bring back the ferry levy']);
  });

  it('takes the base form of a reporting verb as a cue only with a clause after it', () => {
    expect(summary('Local fishermen argue that the new quota will ruin the season.')).toEqual(['indirect|Local fishermen|the new quota will ruin the season']);
    expect(summary('The two fleets maintain a fragile balance in the fjord.')).toEqual([]);
  });
});

describe('indirect quotes read from the parse: coordination and noun tags', () => {
  it('takes a second "that" clause coordinated after the first', () => {
    expect(summary('The harbour master said that the bill was dead and that nobody would vote for it.')).toEqual(['indirect|The harbour master|the bill was dead and that nobody would vote for it']);
  });

  it('gives a coordinated reporting verb with its own subject that subject', () => {
    const quotes = quotesOf('Anna Berg rejected the plan, and the harbour master said that the fees were fair.');
    expect(quotes.find((quote) => quote.cue?.text === 'said')?.speaker?.text).toBe('the harbour master');
  });

  it('gives a reporting verb after a fronted clause the people named right before it, where the parse coordinates it with that clause', () => {
    const quotes = quotesOf('Although Anna Berg lacks a landmark law, officials from both parties say she has earned a name as a diligent member.');
    expect(quotes.map((quote) => `${quote.speaker?.name}|${quote.text}`)).toEqual(['officials from both parties|she has earned a name as a diligent member']);
  });

  it('gives a coordinated reporting verb the subject before the first verb, not a name in its object', () => {
    const quotes = quotesOf("On Russia, Anna Berg again knocked the mayor's handling of U.S.-Russian relations and said her plan raised questions.");
    expect(quotes.find((quote) => quote.cue?.text === 'said')?.speaker?.name).toBe('Anna Berg');
  });

  it('takes a reporting verb the tagger read as a noun when the parse gives it a subject and a clause', () => {
    expect(summary('The Bergen Daily reports that the harbour master resigned.')).toEqual(['indirect|The Bergen Daily|the harbour master resigned']);
  });
});

describe('speakers the word order hides', () => {
  it('takes the person a title ties to a body named after the cue, not the body', () => {
    expect(summary('Pressure is building on the mayor, according to Bergen Fishermen\'s Union President Anna Berg.')).toEqual(['indirect|Anna Berg|Pressure is building on the mayor']);
    expect(summary('“We will not sign,” said Kremlin aide Yuri Ushakov.')).toEqual(['direct|Yuri Ushakov|We will not sign,']);
    // The parser sets "Secretary Jane Roe" beside "Security": the person at the title's end speaks, not the department.
    expect(summary('Latest news.\n\nHomeland Security Secretary Jane Roe says hackers are taking aim at state election officials.')).toEqual(['indirect|Jane Roe|hackers are taking aim at state election officials']);
    // A capitalised title the tagger ran into the name is no part of the speaker's name.
    expect(summary('Senate Minority Leader Anna Berg said the vote would fail.')).toEqual(['indirect|Anna Berg|the vote would fail']);
    // "!" ends the sentence before the attribution, which a comma and an apposition end in turn.
    expect(summary('The fleet backs the plan. “And I am not being paid!” Anna Berg declared, a point she likes to make on the radio.')).toEqual(['direct|Anna Berg|And I am not being paid!']);
    // A listed first name outweighs a "-man" noun before it: "spokesman Hope Larsen" is "she".
    expect(summary('Lars Holm praised the plan. Fleet spokesman Hope Larsen confirmed the vote. “We are not tied to any party,” she said.').at(-1)).toBe('direct|Hope Larsen|We are not tied to any party,');
    // Past a long body name and title that no speaker mention starts ("Virginia AFL-CIO President").
    expect(summary('Pressure is building on the mayor, according to Western Norway AFL-CIO Deputy President Anna Berg.')).toEqual(['indirect|Anna Berg|Pressure is building on the mayor']);
    // A body with no title and person after it speaks itself.
    expect(summary('“We will not sign,” said the Kremlin.')).toEqual(['direct|Kremlin|We will not sign,']);
  });

  it('takes an indefinite description after an inverted cue for the unnamed speaker, not a name that qualifies it', () => {
    expect(summary('Anna Berg leads the harbour race. “We will keep fighting for every boat in the fleet,” said a senior Berg adviser.').at(-1)).toBe('direct|a senior Berg adviser|We will keep fighting for every boat in the fleet,');
    expect(summary('The harbour vote is close. “Nobody wins the county without the fishing towns,” said one unaligned Bergen Labour strategist.').at(-1)).toBe('direct|one unaligned Bergen Labour strategist|Nobody wins the county without the fishing towns,');
    // Up to the head noun: not what qualifies it after ("familiar with", "who").
    expect(summary('The harbour vote is close. “It was not a convincing argument for the members at all,” said one Democrat familiar with the talks.').at(-1)).toBe('direct|one Democrat|It was not a convincing argument for the members at all,');
    expect(summary('The harbour vote is close. “He got off far too lightly for what he did,” said a former U.S. customs official who handled the case.').at(-1)).toBe('direct|a former U.S. customs official|He got off far too lightly for what he did,');
    // A name that heads the description is the speaker.
    expect(summary('The harbour vote is close. “I will not stop now, not after all this,” said an emotional Anna Berg.').at(-1)).toBe('direct|Anna Berg|I will not stop now, not after all this,');
  });

  it('takes the named subject when a relative clause after the name is misread', () => {
    const quotes = quotesOf('"We need more buses," Maria Lopez, 41, of Tucson, Ariz., who was among those surveyed, said in an interview.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Maria Lopez']);
  });

  it('reads "as X put it" as an attribution, before or after the quotation', () => {
    expect(summary('As the harbour master put it, “the season is over before it began.”')).toEqual(['direct|the harbour master|the season is over before it began.']);
    expect(summary('“The season is over before it began,” as Anna Berg put it in an interview.')).toEqual(['direct|Anna Berg|The season is over before it began,']);
  });

  it('reads a verb with its particle as the cue of a quotation ("shot back"), and of nothing else', () => {
    expect(summary('After the mayor criticized her during a debate, Anna Berg shot back, “I chose to keep working.”')).toContain('direct|Anna Berg|I chose to keep working.');
    expect(summary('“That is a lie,” Anna Berg fired back.')).toEqual(['direct|Anna Berg|That is a lie,']);
    expect(quotesOf('The guard shot back at the intruder twice.')).toEqual([]);
  });

  it('gives the quote of a description with an organisation inside to the person it describes', () => {
    const quotes = quotesOf('Anna Berg regrets her remarks about the harbour plan.\n\nThe Supreme Court justice said she regretted her remarks.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Anna Berg']);
  });

  it('takes the cue of the sentence after a quotation that ends in "!" when it is only the attribution', () => {
    expect(summary('“And I am not being paid!” Anna Berg declared.')).toEqual(['direct|Anna Berg|And I am not being paid!']);
    expect(summary('The harbour vote ended late.\n\n“We have won the vote today!”\n\nPeople like Anna Berg, she said.')).toContain('direct|-|We have won the vote today!');
  });

  it('does not read "put it" with a place after it as an attribution', () => {
    expect(quotesOf('As he put it on the table, the phone rang.')).toEqual([]);
  });
});

describe('subjects that name no speaker', () => {
  it('gives no quote the time or the verb the parser took for its subject', () => {
    const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name ?? '-');
    expect(speakers('Holm unleashed a flurry of tweets early Friday, saying that his rival had shown bad judgment.')).toEqual(['Holm']);
    expect(speakers('The day before, at a meeting in Bergen, Mr. Holm was just as blunt, claiming that the minister wanted to raise the quota.')).toEqual(['Holm']);
    expect(speakers('Having announced that he would not fine the club, Judge Lind said the verdict would come later.')).toEqual(['Judge Lind']);
    // A phrase with a number or an adjective at its head names its speakers.
    expect(speakers('A fifth of independents, 21%, say they see it that way.')).toEqual(['A fifth of independents']);
  });

  it('reads "posted" as a cue only with a clause after it', () => {
    expect(summary('Anna Berg posted the clip to YouTube on Thursday.')).toEqual([]);
    expect(summary('Anna Berg posted that the minister had misled parliament.')).toEqual(['indirect|Anna Berg|the minister had misled parliament']);
    // A quotation it introduces keeps it as its cue.
    expect(quotesOf('Anna Berg posted on Twitter: “The minister misled parliament.”').map((quote) => quote.speaker?.name)).toEqual(['Anna Berg']);
  });

  it('gives "mocked X for calling" to X, and a participle after the comma to the main clause\'s subject', () => {
    const quotes = quotesOf('The former minister Anna Berg mocked Lars Holm for calling himself the “king of fish,” noting that his quotas had failed the harbour.');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Lars Holm', 'Anna Berg']);
  });

  it('gives ", who said" to the name before it where the parser hangs the relative clause elsewhere', () => {
    const [quote] = quotesOf('It was worked out over the past nine days with help from Fisheries Secretary Lars Holm, who said he expects the accord to be signed over the holiday.');
    expect(quote?.speaker).toMatchObject({ name: 'Lars Holm', text: 'who' });
  });

  it('gives ", who said" with no name before it to the people its noun names: the pronoun as the span, the noun phrase as the name, no organisation inside it', () => {
    const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker && { text: quote.speaker.text, name: quote.speaker.name, entity: quote.speaker.entity });
    // The noun is the object of a preposition: still the speaker.
    expect(speakers('The move was welcomed by senior Norwegian and Danish lawmakers, who also said the talks had failed.')).toEqual([
      { text: 'who', name: 'senior Norwegian and Danish lawmakers', entity: null },
    ]);
    // Not the organisation that qualifies the people who speak.
    expect(speakers('The plan angered Nordic Fisheries board members, who said it would cost jobs.')).toEqual([
      { text: 'who', name: 'Nordic Fisheries board members', entity: null },
    ]);
    // The noun's own phrase, not the clause the noun ends.
    expect(speakers('The first letter was from a retired teacher, who said she had waited two years for a reply.')).toEqual([
      { text: 'who', name: 'a retired teacher', entity: null },
    ]);
  });

  it('gives ", who said" after a name to that name where the parser hangs the clause on a noun before it', () => {
    const [quote] = quotesOf('Nobody echoed the words of Anna Berg, who said the mayor is a fraud.');
    expect(quote?.speaker).toMatchObject({ text: 'who', name: 'Anna Berg' });
  });

  it('gives what a person\'s campaign or office says to the person, and keeps the phrase as its span', () => {
    const [quote] = quotesOf('Lars Holm is running for mayor of Bergen. The Holm campaign said the minister had misled parliament.');
    expect(quote?.speaker).toMatchObject({ name: 'Lars Holm', text: 'The Holm campaign' });
    // Its people too: "campaign strategists", "campaign officials".
    const [strategists] = quotesOf('Lars Holm is running for mayor of Bergen. Mr. Holm\'s campaign strategists say the harbour vote will be close.');
    expect(strategists?.speaker).toMatchObject({ name: 'Lars Holm', text: 'Mr. Holm\'s campaign strategists' });
    const [officials] = quotesOf('Lars Holm is running for mayor of Bergen. Holm campaign officials said the harbour would reopen in May.');
    expect(officials?.speaker?.name).toBe('Lars Holm');
  });

  it('takes no summons to a stage for speech ("called LeVell onto the stage"), and still reads "called it a disgrace"', () => {
    expect(summary('At a rally in Bergen, Lars Holm called Anna Berg, a former county chairman, onto the stage. “We will win,” she said.')).toEqual(['direct|Anna Berg|We will win,']);
    expect(summary('Lars Holm called the harbour plan “a disgrace” on Monday.')).toEqual(['mixed|Lars Holm|the harbour plan “a disgrace” on Monday']);
  });

  it('gives what "her campaign" or "the administration" says to the person the pronoun stands for, or whose body the article named before', () => {
    expect(summary('Anna Berg spoke in Bergen on Monday. Her campaign said she would return next week.')).toEqual(['indirect|Anna Berg|she would return next week']);
    expect(summary('The Holm administration sanctioned Acme Corp on Friday. The administration said the sanctions would stay.')).toEqual(['indirect|Holm|the sanctions would stay']);
    // "The campaign" is no organisation that happens to be near.
    expect(summary('Anna Berg posted the video on Twitter. The campaign said the ad would air nationally.')).toEqual(['indirect|The campaign|the ad would air nationally']);
  });

  it('gives what a headline\'s bare "Administration" says to the person the article names that body after, even further on', () => {
    const speakers = (text: string) => quotesOf(text).map((quote) => quote.speaker?.name);
    expect(speakers('Harbour fees to rise.\n\nAdministration accuses Norway of dumping cod.\n\nThe Berg administration on Monday accused Norway of dumping cod in the harbour.')).toEqual(['Berg', 'Berg']);
  });

  it('gives what a document issued by someone says to whoever issued it', () => {
    expect(summary('Opposition leader Anna Berg issued a statement saying that the minister had misled parliament.')).toEqual(['indirect|Anna Berg|the minister had misled parliament']);
    // A document nobody is said to issue speaks for itself.
    expect(summary('A statement released on Friday said that the minister had misled parliament.')).toEqual(['indirect|A statement|the minister had misled parliament']);
  });

  it('gives quoted words that a noun for something said introduces to its possessor', () => {
    expect(summary('Former harbour minister Anna Berg fanned controversy this year over her remark that “there is a special place in the harbour for boats that do not pay.”'))
      .toEqual(['direct|Anna Berg|there is a special place in the harbour for boats that do not pay.']);
    expect(summary('Critics seized on Lars Holm\'s warning: “We will lose every boat if the fees go up.”')).toEqual(['direct|Lars Holm|We will lose every boat if the fees go up.']);
    expect(summary('It all starts with Lars Holm\'s admittedly provocative proposition that “fishermen are killing fishing.”')).toEqual(['direct|Lars Holm|fishermen are killing fishing.']);
    // Past a phrase of time or place between the noun and its "that".
    expect(summary('Lars Holm criticised the mayor. Anna Berg came under fire over her assertion during the last debate that “the harbour is finally where it needs to be.”').at(-1))
      .toBe('direct|Anna Berg|the harbour is finally where it needs to be.');
  });

  it('counts the words of an unattributed quotation without its hyphens and marks', () => {
    expect(summary('Many harbour owners did not like the phrase “self-deportation.” They left.')).toEqual([]);
  });

  it('takes a place that qualifies an unnamed speaker for where the speaker is from, not who speaks', () => {
    const [quote] = quotesOf('The charge was thin, said a former U.S. law enforcement officer who ran such inquiries.');
    expect(quote?.speaker).toMatchObject({ name: 'a former U.S. law enforcement officer', entity: null });
  });
});

describe('subjects the parse hides in coordination and control', () => {
  it('gives a verb whose clause opens with a quantifier ("and most do not expect") that quantifier, not the subject of the verb before', () => {
    expect(summary('The harbour fees will not fall soon, and most do not expect the council to cut them before the election.'))
      .toEqual(['indirect|most|the council to cut them before the election']);
    // A quantifier inside its clause is no subject of its own.
    expect(quotesOf('The fishermen most often say the fees are too high.')[0]?.speaker?.name).not.toBe('most');
  });

  it('leaves "taking heat for not condemning" to the one who takes it: only someone praised or blamed speaks for a "for" clause', () => {
    expect(summary('Anna Berg has been taking heat in Bergen for not disputing the harbour fees.')).toEqual(['indirect|Anna Berg|the harbour fees']);
  });

  it('gives an infinitive after a verb\'s object to that object ("led the fishermen to complain"), but not after "promised"', () => {
    expect(quotesOf('The harbour fees led the fishermen to complain that the council had betrayed them.')[0]?.speaker?.name).toBe('the fishermen');
    expect(quotesOf('Anna Berg promised the fishermen to argue that the fees were unfair.')[0]?.speaker?.name).toBe('Anna Berg');
  });
});

describe('reporting verbs that report nothing', () => {
  it('skips a passive participle after "not" or an adverb', () => {
    expect(quotesOf("In the camps, far from the border, recruits aren't admitted until they are vetted by two officers.")).toEqual([]);
  });

  it('skips a participle that qualifies the noun before it', () => {
    expect(quotesOf('The group organised a festival called Harbour Lights at an old cannery in Bergen.')).toEqual([]);
  });
});

describe('speakers over a parse that missed the subject', () => {
  /** Words of `text` split at spaces, with the given tags, heads and relations: a parse fixed by hand, as the parser misread such a sentence. */
  function fixedParse(text: string, rows: readonly (readonly [string, number, string])[]) {
    let offset = 0;
    const words: Word[] = text.split(' ').map((token, index) => {
      const start = text.indexOf(token, offset);
      offset = start + token.length;
      return { text: token, form: token, lower: token.toLowerCase(), start, end: offset, sentence: 0, pos: rows[index]![0] };
    });
    const parse: ParseLayer = { parseAround: () => [0, words.length - 1], heads: Int32Array.from(rows.map((row) => row[1])), relations: rows.map((row) => row[2]) };
    const person = (id: string, name: string): Entity => {
      const start = text.indexOf(name);
      return { id, name, type: 'PERSON', country: null, sector: null, roles: [], kb: null, key: null, salience: 1, mentions: [{ start, end: start + name.length, text: name, kind: 'name' }] };
    };
    const mentions = speakerIndex([person('e1', 'Berg'), person('e2', 'Holm'), person('e3', 'Obama')], words);
    return { words, mentions, tree: new DependencyTree(parse) };
  }

  it('gives the second verb of a relative clause the parser coordinated with the clause\'s noun the person that noun stands in apposition to', () => {
    const text = 'Another possibility is Berg , a lawyer who led Holm \'s team and considers Obama her mentor .';
    const { words, mentions, tree } = fixedParse(text, [
      ['DET', 1, 'det'], ['NOUN', 3, 'nsubj'], ['AUX', 3, 'cop'], ['PROPN', -1, 'root'], ['PUNCT', 6, 'punct'], ['DET', 6, 'det'], ['NOUN', 3, 'appos'],
      ['PRON', 8, 'nsubj'], ['VERB', 6, 'acl:relcl'], ['PROPN', 11, 'nmod:poss'], ['PART', 9, 'case'], ['NOUN', 8, 'obj'], ['CCONJ', 13, 'cc'],
      ['VERB', 6, 'conj'], ['PROPN', 16, 'nsubj'], ['PRON', 16, 'nmod:poss'], ['NOUN', 13, 'obl'], ['PUNCT', 3, 'punct'],
    ]);
    // The "who" of the clause is the speaker's span, standing for Berg (not Holm, the name nearest the verb).
    expect(treeSubject(text, words, mentions, tree, 13)).toMatchObject({ text: 'who', name: 'Berg' });
  });

  it('gives a verb the parser left with no subject of its own the name right before it, not the subject of what it is coordinated with', () => {
    const text = 'Berg \'s famous 1963 refrain , Holm pledged to resign .';
    const { words, mentions, tree } = fixedParse(text, [
      ['PROPN', 4, 'nmod:poss'], ['PART', 0, 'case'], ['ADJ', 4, 'amod'], ['NUM', 4, 'nsubj'], ['NOUN', -1, 'root'], ['PUNCT', 7, 'punct'],
      ['PROPN', 4, 'appos'], ['VERB', 4, 'conj'], ['PART', 9, 'mark'], ['VERB', 7, 'xcomp'], ['PUNCT', 4, 'punct'],
    ]);
    expect(treeSubject(text, words, mentions, tree, 7)?.name).toBe('Holm');
  });

  it('gives a reporting verb the parser hung on a name as a clause qualifying it that person, unless the clause names its agent', () => {
    const text = 'while Berg , the mayor , proposed a fee and said Holm should resign .';
    const { words, mentions, tree } = fixedParse(text, [
      ['SCONJ', -1, 'root'], ['PROPN', 0, 'vocative'], ['PUNCT', 4, 'punct'], ['DET', 4, 'det'], ['NOUN', 1, 'appos'], ['PUNCT', 6, 'punct'],
      ['VERB', 1, 'acl'], ['DET', 8, 'det'], ['NOUN', 6, 'obj'], ['CCONJ', 10, 'cc'], ['VERB', 6, 'conj'], ['PROPN', 13, 'nsubj'],
      ['AUX', 13, 'aux'], ['VERB', 10, 'ccomp'], ['PUNCT', 0, 'punct'],
    ]);
    expect(treeSubject(text, words, mentions, tree, 10)?.name).toBe('Berg');
    // "Holm , quoted by Berg ,": whom the clause is said of did not speak.
    const passive = 'Holm , quoted by Berg , left .';
    const agent = fixedParse(passive, [
      ['PROPN', 6, 'nsubj'], ['PUNCT', 2, 'punct'], ['VERB', 0, 'acl'], ['ADP', 4, 'case'], ['PROPN', 2, 'obl:agent'], ['PUNCT', 2, 'punct'], ['VERB', -1, 'root'], ['PUNCT', 6, 'punct'],
    ]);
    expect(treeSubject(passive, agent.words, agent.mentions, agent.tree, 2)).toBeNull();
  });

  it('gives a verb after a semicolon the subject of its sentence, not the name nearest it', () => {
    const text = 'Berg questioned how Holm would act ; blamed Obama .';
    const { words, mentions, tree } = fixedParse(text, [
      ['PROPN', 1, 'nsubj'], ['VERB', -1, 'root'], ['ADV', 5, 'advmod'], ['PROPN', 5, 'nsubj'], ['AUX', 5, 'aux'], ['VERB', 1, 'ccomp'],
      ['PUNCT', 7, 'punct'], ['VERB', 5, 'acl'], ['PROPN', 7, 'obl:agent'], ['PUNCT', 1, 'punct'],
    ]);
    expect(subjectBeforeCoordination(text, words, mentions, tree, 7)?.name).toBe('Berg');
    // The events stage reads the same series: its verb is the sentence's main verb.
    expect(seriesVerb(words, tree, 7)).toBe(1);
    expect(seriesVerb(words, tree, 5)).toBeUndefined();
    // Without the semicolon's series, the nearest name before the verb speaks.
    expect(subjectBeforeCoordination(text, words, mentions, tree, 5)?.name).toBe('Holm');
  });
});

describe('speakers carried from quote to quote', () => {
  it('gives a reporter\'s "he" right after a speaker of the same gender to that speaker, not to an older antecedent who asked', () => {
    const text = 'Columnist John Baker spoke with the author on Tuesday.\n\nAfter Baker asked the author who would win, Mark Ellis replied, "I would bet on the mayor."\n\n"We should never confuse the two," he added.';
    const quotes = quotesOf(text).filter((quote) => quote.kind === 'direct');
    expect(quotes.map((quote) => quote.speaker?.name)).toEqual(['Mark Ellis', 'Mark Ellis']);
  });

  it('gives a quotation without a cue to the subject of the verb whose clause holds it, not to the speaker before', () => {
    const quotes = summary('Mayor Anna Berg spoke on Monday. “We will not raise the fees this year,” Berg said. On its website, the Harbour Board lists “the rising costs of dredging” as its reason. Ferry union leader Ola Lund shared the news, writing “a decade of neglect by the council is to blame.”');
    expect(quotes).toEqual([
      'direct|Mayor Anna Berg|We will not raise the fees this year,',
      'direct|Harbour Board|the rising costs of dredging',
      'direct|Ola Lund|a decade of neglect by the council is to blame.',
    ]);
  });

  it('gives a quotation in a clause of praise or blame ("praised X for showing “...”") to the one who praised, not the one praised', () => {
    const quotes = summary('“We will not raise the fees this year,” Anna Berg said. Governor Ola Lund praised Berg for showing “the patience of an old harbour pilot.”');
    expect(quotes.at(-1)).toBe('direct|Ola Lund|the patience of an old harbour pilot.');
  });

  it('reads a reporting verb the parser hung on the subject before it as the main verb', () => {
    const quotes = summary('Mayor Anna Berg spoke on Monday. “We will not raise the fees this year,” Berg said. The harbour board cited “the rising costs of dredging” in its letter.');
    expect(quotes.at(-1)).toBe('direct|The harbour board|the rising costs of dredging');
  });
});

describe('beliefs of knowing and realising', () => {
  it('reports what someone realized or understood with a clause, not what was recognized with a noun', () => {
    expect(summary('The vote was on Monday. Senator Mara Quill realized that the bill would fail. Her aides understood that the count was short. The council recognized the new board.')).toEqual([
      'indirect|Mara Quill|the bill would fail',
      'indirect|Her aides|the count was short',
    ]);
  });
});

describe('cue words that introduce no words said', () => {
  it('reads "continued" as a cue of a quotation only', () => {
    expect(summary('The senator continued to raise money from small donors across the state. “We are not done yet,” Senator Ada Lind continued.')).toEqual([
      'direct|Ada Lind|We are not done yet,',
    ]);
  });

  it('reads a capitalised answer that opens its sentence with a cue right after it as speech, a title in mid-sentence as none', () => {
    expect(summary('Union leader Dana Krell wrote to the board on Friday. “We won the vote tonight,” she wrote.\n\n“Wonderful,” replied Marcus Hale.\n\nThe union praised “Harbour Nights,” saying the show was fair.')).toEqual([
      'direct|Dana Krell|We won the vote tonight,',
      'direct|Marcus Hale|Wonderful,',
      'indirect|The union|the show was fair',
    ]);
  });

  it('reads a cue word that modifies a noun as an adjective', () => {
    const text = 'The agency sells detailed “risk profiles of every big donor” to private banks.';
    const quotes = quotesOf(text);
    expect(quotes.map((quote) => quote.cue && text.slice(quote.cue.start, quote.cue.end))).toEqual([null]);
  });

  it('leaves out a clause of time right after the cue, but keeps a clause after it', () => {
    expect(summary('“Never,” Judge Paul Fenn added when the lawyer asked about a delay.')).toEqual([]);
    expect(summary('Ida Roth said after the vote that the tax would fall.')).toEqual(['indirect|Ida Roth|the tax would fall']);
    expect(summary('“Yes,” Ben Ode replied when a student asked him if that was still his plan.')).toEqual(['indirect|a student|if that was still his plan']);
    // The parser reads this "that" as a relative pronoun of "rally": what was said runs on from the cue.
    expect(summary('Ada Moss, a nurse from Salem, said before attending the rally that the mayor asked her to speak about wages.')).toEqual([
      'indirect|Ada Moss|before attending the rally that the mayor asked her to speak about wages',
    ]);
  });

  it('takes nothing before the comma for a cue in a relative clause', () => {
    expect(summary('The board will review the budget on Monday and send it to the governor, where Governor Lena Brandt has promised to sign it.')).toEqual(['indirect|Lena Brandt|to sign it']);
    expect(summary('The board will review the budget on Monday and send it to the governor, Governor Lena Brandt said.')).toEqual([
      'indirect|Lena Brandt|The board will review the budget on Monday and send it to the governor',
    ]);
  });
});

describe('speakers a description or a pronoun stands for', () => {
  it('links a spokesman, an official or a possessed description only to someone described so, not to the person most mentioned', () => {
    expect(summary('Mayor Tomas Lund met the fishermen on Monday. Lund said the harbour would stay open. “We will not close it,” Lund said. The governor’s spokesman said the state would pay for the repairs. “The governor backs the plan,” the spokesman said.')).toEqual([
      'indirect|Mayor Tomas Lund|the harbour would stay open',
      'direct|Mayor Tomas Lund|We will not close it,',
      'indirect|The governor’s spokesman|the state would pay for the repairs',
      'direct|the spokesman|The governor backs the plan,',
    ]);
    expect(summary('Nora Haldt visited the port on Friday. Haldt spoke about the fees for an hour. A senior port official said the fees would rise. The official said the board had agreed to it in March.')).toEqual([
      'indirect|A senior port official|the fees would rise',
      'indirect|The official|the board had agreed to it in March',
    ]);
  });

  it('reads no country whose name ends in "s" as the people a speaking "they" stands for', () => {
    expect(summary('The economists looked at the fishing towns. The United States might have protected its fleet, they argue, by taxing imports.')).toEqual([
      'indirect|The economists|The United States might have protected its fleet, they argue, by taxing imports',
    ]);
    expect(summary('The economists looked at the fishing towns for years. In theory, the United States adjusts to such shocks. The adjustment, they concluded, never came.')).toEqual([
      'indirect|The economists|The adjustment, they concluded, never came',
    ]);
  });

  it('leaves a time the parser hangs on an unnamed subject out of the speaker', () => {
    expect(summary('The harbour’s new director on Tuesday rejected claims that the port was losing money.')).toEqual([
      'indirect|The harbour’s new director|the port was losing money',
    ]);
  });

  it('gives a quotation that ends on a question mark the name and cue that open the next sentence, however long their adjuncts', () => {
    expect(summary('Mayor Ola Lind spoke to the crew on Monday.\n\n“It looks like we will not have a good season, who knows?” Lind told the local radio host in a talk broadcast late on Friday after being asked how the fleet would fare.')).toEqual([
      'direct|Mayor Ola Lind|It looks like we will not have a good season, who knows?',
    ]);
    // A clause of its own after the cue is a report of its own.
    expect(summary('“Who knows?” Lind told the radio station that the fleet would stay home.').at(-1)).toBe('indirect|Lind|the fleet would stay home');
  });

  it('takes a cue the parser hangs on the name between a closing quotation mark and it, written with doubled apostrophes too', () => {
    const lead = 'Mr. Holm emailed that he had to put a donor in touch with an envoy.\n\n';
    expect(summary(`${lead}''It's jeff larsen,'' Ms. Okafor answered, referring to Jeff Larsen, a port official. ''I'm sure he knows him.''`).at(-1)).toBe(
      "direct|Okafor|It's jeff larsen,'' Ms. Okafor answered, referring to Jeff Larsen, a port official. ''I'm sure he knows him.",
    );
    // The speaker's words start after the doubled apostrophes.
    expect(summary(`${lead}''It's jeff larsen,'' Ms. Abedin answered. ''I'm sure he knows him.''`).at(-1)).toBe("direct|Ms. Abedin|It's jeff larsen,'' Ms. Abedin answered. ''I'm sure he knows him.");
  });

  it('reads no name after a preposition as the subject where the parser gives the cue two', () => {
    expect(summary('The harbour board met on Monday.\n\nA port source speaking to Radio Nord said the board was looking at the fees.')).toEqual(['indirect|A port source|the board was looking at the fees']);
    expect(summary('The harbour board met on Monday.\n\nA port official close to Mayor Ola Lind said the board was looking at the fees.')).toEqual(['indirect|A port official|the board was looking at the fees']);
    // "whether" opens the clause of the name after it.
    expect(summary('Mayor Ola Lind spoke on Monday. What is unclear is whether Lind, who enjoys higher ratings than Berg or Governor Dahl, will ever tell those voters to back the winner.')).toEqual([
      'indirect|Mayor Ola Lind|those voters to back the winner',
    ]);
  });
});
