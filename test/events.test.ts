import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { AnalyzedDocument, Entity, Event } from '../src/document/contract.js';
import { ActorIndex, actorsAfter } from '../src/facts/arguments.js';
import { codeInfo } from '../src/facts/events/cameo.js';
import { entryFeature, eventFeatures, isEntryFeature, isTriggerFeature, likelyEventThreshold, triggerFeature, type EventEvidence } from '../src/facts/events/confidence.js';
import type { Word } from '../src/facts/words.js';
import { succeeded } from './helpers.js';

const PUBLISHED = '2025-03-05'; // a Wednesday

const analyzed = (text: string) => succeeded(analyze({ text, publishedAt: PUBLISHED }));
const nameOf = (doc: AnalyzedDocument, id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
/** Every event coded (`events: 'all'`, whatever its confidence), each as the fields named: "attacked 111 ACCUSE". */
function coded(text: string, ...fields: ('cameo' | 'plover' | 'status')[]): string[] {
  return succeeded(analyze({ text, publishedAt: PUBLISHED }, { events: 'all' })).events.map((event) => [event.trigger.text, ...fields.map((field) => event[field])].join(' '));
}

/** Every event coded, as "trigger place" ("-" for none). */
function places(text: string): string[] {
  return succeeded(analyze({ text, publishedAt: PUBLISHED }, { events: 'all' })).events.map((event) => `${event.trigger.text} ${event.place?.span.text ?? '-'}`);
}

/** The default output's events (`all`: every event coded), each as "trigger PLOVER source -> target status". */
function summary(text: string, events: 'likely' | 'all' = 'likely'): string[] {
  const doc = succeeded(analyze({ text, publishedAt: PUBLISHED }, { events }));
  return doc.events.map((event: Event) => `${event.trigger.text} ${event.plover} ${event.source.map((id) => nameOf(doc, id)).join('+') || '-'} -> ${event.target.map((id) => nameOf(doc, id)).join('+') || '-'} ${event.status}`);
}

describe('CAMEO codes', () => {
  it('carries the PLOVER category, QuadClass and Goldstein score of a code', () => {
    expect(codeInfo('036')).toMatchObject({ plover: 'AGREE', quadClass: 1, goldstein: 4 });
    expect(codeInfo('1823')).toMatchObject({ plover: 'ASSAULT', quadClass: 4, goldstein: -9.5 });
    // Appeals, which the CAMEO-to-PLOVER table leaves out, are requests; statements are no events.
    expect(codeInfo('020')?.plover).toBe('REQUEST');
    expect(codeInfo('010')).toBeUndefined();
  });
});

describe('events', () => {
  it('reads a first-person pronoun in a direct quotation as its speaker', () => {
    expect(summary('“Yes, I endorse Lars Berg,” Anna Holm, the founder of the Farmers League, tells the Oslo Daily in an interview.', 'all')[0]).toMatch(/^endorse SUPPORT Anna Holm -> Lars Berg /);
    expect(summary('“We sued the ministry last year,” the Green Union said in a statement.', 'all')[0]).toMatch(/^sued ACCUSE Green Union -> /);
  });

  it('takes a town named before a noun for its people as the doer', () => {
    expect(summary('Chicago residents accused the mayor of Springfield, Lars Berg, of lying.', 'all')[0]).toMatch(/^accused ACCUSE Chicago -> Lars Berg /);
  });

  it('takes no outlet or platform after "on" for a target', () => {
    expect(summary('Anna Holm blamed city officials on Twitter before the rally.', 'all')[0]).toMatch(/^blamed ACCUSE Anna Holm -> - /);
    expect(summary('Lars Berg criticized the plan on Monday in an interview on MSNBC.', 'all')[0]).toMatch(/^criticized ACCUSE Lars Berg -> - /);
  });

  it('codes a verb from the dictionary with its subject and object, place and time', () => {
    const doc = analyzed('Norwegian Prime Minister Jonas Gahr Store met Icelandic President Halla Tomasdottir in Reykjavik on Tuesday.');
    expect(doc.events).toHaveLength(1);
    expect(doc.events[0]).toMatchObject({ plover: 'CONSULT', cameo: '040', status: 'occurred', place: { name: 'Reykjavik', span: { text: 'Reykjavik' }, entity: expect.stringMatching(/^e\d+$/) }, time: { start: '2025-03-04', end: '2025-03-05' } });
    expect(doc.events[0]!.rule).toMatch(/^cameo:/);
    expect(summary('Norwegian Prime Minister Jonas Gahr Store met Icelandic President Halla Tomasdottir in Reykjavik on Tuesday.')).toEqual(['met CONSULT Jonas Gahr Store -> Halla Tomasdottir occurred']);
  });

  it('reads the agent of a passive as the source', () => {
    expect(summary('Finland was criticised by Sweden over the fishing quota.')).toEqual(['criticised ACCUSE Sweden -> Finland occurred']);
    // The parse marks the passive where an adverb stands between the auxiliary and the verb, and
    // its agent past a long title.
    expect(summary('Finland was sharply criticised by Sweden over the fishing quota.')).toEqual(['criticised ACCUSE Sweden -> Finland occurred']);
    expect(summary('Finland was criticised by the leader of the opposition and former defence minister Lars Berg over the fishing quota.')).toEqual(['criticised ACCUSE Lars Berg -> Finland occurred']);
  });

  it('reads a participle conjoined to a passive as a passive on the same subject, not done by the first verb\'s agent', () => {
    expect(summary('Lars Holm was arrested by Danish police and charged with fraud.', 'all')).toEqual([
      'arrested COERCE Denmark -> Lars Holm occurred', 'charged ACCUSE - -> Lars Holm occurred',
    ]);
    // The parser may join the participle to the first verb's object.
    expect(summary('Anna Berg was fined $1,000 and sentenced to two years in prison.', 'all')).toEqual([
      'fined COERCE - -> Anna Berg occurred', 'sentenced COERCE - -> Anna Berg occurred',
    ]);
    expect(summary('Lars Holm was praised by Anna Berg and attacked by Tom Ortiz.', 'all')).toEqual([
      'praised SUPPORT Anna Berg -> Lars Holm occurred', 'attacked ACCUSE Tom Ortiz -> Lars Holm occurred',
    ]);
    // A verb with a subject of its own is no part of the passive.
    expect(summary('Lars Holm was arrested and Anna Berg criticized the police.', 'all')).toContain('criticized ACCUSE Anna Berg -> - occurred');
    // Nor one with a clause of its own, active however it ends.
    expect(summary('Sweden was criticised by Norway and agreed to punish Russia.', 'all')).toContain('agreed AGREE Sweden -> Russia occurred');
  });

  it('takes both sides of "a meeting between A and B" and codes event nouns', () => {
    expect(summary('Officials said a meeting between Norway and Iceland would take place in Oslo next week.')).toEqual(['meeting CONSULT Norway -> Iceland planned']);
  });

  it('makes one event of a verb and its infinitive, coded by the pair', () => {
    expect(summary('Iceland agreed to meet Norway.')).toEqual(['agreed AGREE Iceland -> Norway occurred']);
    expect(summary('Hamas refused to release the hostages.')).toEqual(['refused REJECT Hamas -> - refused']);
    expect(summary('Iran threatened to strike Israel.')).toEqual(['threatened THREATEN Iran -> Israel occurred']);
  });

  it('gives light verbs\' events to their noun and drops a noun that is only the object', () => {
    expect(summary('Serbia and Kosovo held talks in Brussels.')).toEqual(['talks CONSULT Serbia -> Kosovo occurred']);
    expect(summary('Venezuela declined an invitation from Colombia.').map((line) => line.split(' ')[0])).toEqual(['declined']);
  });

  it('gives an accused act to the accused, and talks in an event\'s circumstances to its sides', () => {
    expect(summary('Norway accused Russia of shelling Kharkiv.')).toEqual(['accused ACCUSE Norway -> Russia occurred', 'shelling ASSAULT Russia -> Kharkiv occurred']);
    expect(summary('Iceland thanked Norway during talks in Oslo.').at(-1)).toBe('talks CONSULT Iceland -> Norway occurred');
  });

  it('tells the status from negation, modals, hedges and refusals', () => {
    expect(summary('Norway will not send troops to Latvia.', 'all')).toEqual(['send COOPERATE Norway -> Latvia refused']);
    expect(summary('Sweden denied that its jets bombed the port.').map((line) => line.split(' ').at(-1))).toEqual(['denied']);
    // A typographic apostrophe negates as the straight one does.
    expect(summary('Norway didn’t sign the accord with Sweden.').map((line) => line.split(' ').at(-1))).toEqual(['denied']);
    expect(summary('Finland could potentially host Norway for talks.').map((line) => line.split(' ').at(-1))).toContain('proposed');
    expect(summary('Estonia hopes that Latvia would sign the accord.', 'all').map((line) => line.split(' ').at(-1))).toEqual(['hypothetical']);
    expect(summary('Russian forces continue to shell Kharkiv.', 'all').map((line) => line.split(' ').at(-1))).toEqual(['ongoing']);
    expect(summary('Finland is looking to purchase weapons from Sweden.', 'all').map((line) => line.split(' ').at(-1))).toEqual(['proposed']);
  });

  it('reads a negated readiness and unwillingness as a refusal, and an attempt as proposed', () => {
    const statuses = (text: string) => summary(text).map((line) => line.split(' ').at(-1));
    expect(statuses('Senator Jane Doe has said she is not ready to endorse Tom Ortiz.')).toEqual(['refused']);
    expect(statuses('Senator Jane Doe is unwilling to endorse Tom Ortiz.')).toEqual(['refused']);
    expect(statuses('Latvia joined the bid to block Russian shipments to Estonia.')).toEqual(['proposed']);
  });

  it('reads having no plans or intention to act as a refusal, and a notion floated as proposed', () => {
    expect(coded('Governor Lars Holm has no plans to attend the summit with Anna Berg.', 'status')).toEqual(['attend refused']);
    expect(coded('Estonia has no sincere intention of complying with the ruling against Latvia.', 'status')).toEqual(['complying refused']);
    expect(coded('Norway has no immediate plans to meet Sweden.', 'status')).toEqual(['meet refused']);
    expect(coded('Two senators floated the notion of admitting refugees from Syria.', 'status')).toEqual(['admitting proposed']);
  });

  it('reads stopping short of an act as denying it', () => {
    expect(coded('Mayor Tom Ortiz stopped short of endorsing Anna Berg.', 'status')).toEqual(['endorsing denied']);
    expect(coded('Anna Berg stops short of fully backing Lars Holm.', 'status')).toEqual(['backing denied']);
    expect(coded('Mayor Tom Ortiz endorsed Anna Berg in short order.', 'status')).toEqual(['endorsed occurred']);
  });

  it('reads an event noun set as the backdrop of another event ("amid") as ongoing', () => {
    expect(coded('Lars Holm quit the cabinet amid calls for his resignation from the Labour Party.', 'status')).toEqual(['calls for ongoing']);
    expect(coded('Anna Berg resigned amidst growing criticism from the Labour Party.', 'status')).toEqual(['resigned occurred', 'criticism ongoing']);
    expect(coded("The vote in Oslo came amid Russia's attacks on Ukraine.", 'status')).toEqual(['attacks ongoing']);
    // Not a noun past the backdrop's own, nor the event it is the backdrop of.
    expect(coded('Amid the din, Norway sent troops to Finland.', 'status')).toEqual(['sent occurred']);
  });

  it('dates an event by its own clause, not by a time said of the speaking', () => {
    const doc = analyzed('Norway will host a summit in Oslo on March 20, the foreign minister said on Tuesday.');
    expect(doc.events.map((event) => event.time?.start)).toEqual(['2025-03-20']);
    const reported = analyzed('Iceland said on Monday that Norway had expelled two diplomats.');
    expect(reported.events.map((event) => `${event.trigger.text} ${event.time?.start ?? '-'}`)).toEqual(['expelled -']);
  });

  it('leaves verbs of saying and idioms uncoded', () => {
    expect(summary('The minister said the vote will take place in May.')).toEqual([]);
  });
});

describe('arguments and status read from the parse', () => {
  it('reads an act others expect someone to do as proposed, and an event noun they expect to end badly as held', () => {
    expect(coded('Senior lawmakers said they now expect the Danish government to punish the Kremlin.', 'status')).toEqual(['punish proposed']);
    expect(coded('Lawmakers expect the talks in Oslo to fail.', 'status')).toEqual(['talks occurred']);
  });

  it('takes the subject a relative clause stands between, and no status from inside that clause', () => {
    expect(summary("Norway's foreign minister, who had hoped for a deal, met Iceland's prime minister in Oslo on Monday.")).toEqual(['met CONSULT Norway -> Iceland occurred']);
  });

  it('still reads the status a governing verb gives', () => {
    expect(summary('Finland is expected to sign the pact with Estonia next week.')).toEqual(['sign SUPPORT Finland -> Estonia planned']);
  });

  it('reads an event noun a verb in a present or perfect progressive takes, or a present verb with "in", as ongoing, not one in a past progressive or a time', () => {
    expect(coded('Anna Berg is holding talks with Sweden.', 'status')).toEqual(['talks ongoing']);
    expect(coded('Aides to Anna Berg have been holding frequent calls with Swedish officials.', 'status')).toEqual(['calls ongoing']);
    expect(coded('Lars Holm is doubling down on his attacks on Anna Berg.', 'status')).toEqual(['attacks ongoing']);
    expect(coded('Anna Berg was holding talks with Sweden when the news broke.', 'status')).toEqual(['talks occurred']);
    expect(coded('The row grew. The press rewards Anna Berg with airtime when she engages in attacks on Lars Holm.', 'status')).toEqual(['attacks ongoing']);
    expect(coded('The row grew. The press rewarded Anna Berg with airtime when she engaged in attacks on Lars Holm.', 'status')).toEqual(['rewarded occurred', 'attacks occurred']);
    // A conjoined -ing verb shares the progressive auxiliaries of the first.
    expect(coded('Lars Holm had been ridiculing and attacking Anna Berg the entire campaign.', 'status')).toEqual(['ridiculing ongoing', 'attacking ongoing']);
    expect(coded('Lars Holm had been ridiculing Anna Berg and engaging in personal attacks.', 'status').at(-1)).toBe('attacks ongoing');
  });

  it('reads an -ing trigger after a contracted present auxiliary as ongoing', () => {
    expect(coded('A harbour story.\n\nSome Norwegian officials say they’re endorsing Anna Berg for the harbour post.', 'status')).toEqual(['endorsing ongoing']);
    expect(coded("A harbour story.\n\nLars Holm said they're supporting Anna Berg.", 'status')).toEqual(['supporting ongoing']);
  });

  it('reads a perfect with "long", a habit in the present and a present progressive passive as ongoing', () => {
    expect(coded('The row grew. Harbour unions have long criticized Lars Holm over the port fees.', 'status')).toEqual(['criticized ongoing']);
    expect(coded('The row grew. The Latvian minister frequently meets with Estonian officials.', 'status')).toEqual(['meets with ongoing']);
    expect(coded('The row grew. Lars Holm is being accused of fraud by the harbour board.', 'status')).toEqual(['accused ongoing']);
    expect(coded('The row grew. Lars Holm is accused of stealing from the harbour board.', 'status')).toContain('accused occurred');
  });

  it('reads an -ing verb right after the noun it qualifies as a position held, however the parse hangs it, but not a verb\'s second complement', () => {
    expect(coded('The row grew. The banker wrote a $40,000 check to a committee supporting Anna Berg, a Liberal running for the harbour board.', 'status')).toContain('supporting ongoing');
    expect(coded('The row grew. Lars Holm welcomed Governor Anna Berg endorsing Tom Ortiz for mayor.', 'status')).toContain('endorsing occurred');
  });

  it('reads a counterfactual and a condition put before a reported modal as hypothetical', () => {
    expect(coded('The row grew. Lars Holm said he would have vetoed the fine on Anna Berg.', 'status')).toEqual(['vetoed hypothetical']);
    expect(coded('The row grew. If elected, Anna Berg said she would sue the harbour board.', 'status')).toEqual(['sue hypothetical']);
    expect(coded("The row grew. If the fee is raised, I think you'll see a lawsuit against the Latvian government, Lars Holm said.", 'status')).toEqual(['lawsuit hypothetical']);
  });

  it('takes a cue only where its own words govern the trigger, and keeps a clause with its own past tense apart', () => {
    expect(coded('The row grew. Anna Berg mocked his plans to sanction Latvia by criticizing Estonia instead.', 'status')).toEqual(['mocked occurred', 'sanction planned', 'criticizing occurred']);
    expect(coded('The row grew. Lars Holm said his party would begin working with the unions that he has criticized for years.', 'status')).toEqual(['criticized occurred']);
  });

  it('reads a headline\'s "X to V" as planned, and a past verb a later date is misread for as occurred', () => {
    expect(coded('Estonia to sue Latvia.\n\nThe row grew in Riga on Monday.', 'status')).toEqual(['sue planned']);
    expect(coded('Anna Berg to call for talks with Latvia.\n\nThe row grew in Riga on Monday.', 'status')).toEqual(['call planned']);
    expect(coded('The row grew. Lars Holm vowed in a year of turmoil to cut the port fees.', 'status')).toEqual(['vowed occurred']);
  });

  it('reads a condition the parse hangs on the event or on a clause of it as hypothetical, but a threat as made', () => {
    expect(summary('Finland will sign a pact with Estonia on security for the Baltic region if Sweden agrees.').at(0)).toBe('sign SUPPORT Finland -> Estonia hypothetical');
    expect(summary('Iran threatened to close the Strait of Hormuz to all tanker traffic if the United States attacked.').at(0)).toMatch(/^threatened THREATEN Iran -> .* occurred$/);
  });

  it('takes no condition from another clause after the event: a relative clause, a that-clause or what follows a colon or comma', () => {
    expect(coded('The row grew. Anna Berg went further in criticizing Lars Holm, who, if he wins, would run the port.', 'status')).toEqual(['criticizing occurred']);
    expect(coded('The row grew. Anna Berg intervened: if Lars Holm would meet the union, she would help.', 'status')).toContain('intervened occurred');
    expect(coded('The row grew. Lars Holm promised that if voters backed him, he would fight for them.', 'status')).toEqual(['promised occurred']);
    // A condition in the event's own clause still makes it hypothetical.
    expect(coded('The row grew. Latvia would sanction Estonia if the talks failed.', 'status')).toEqual(['sanction hypothetical']);
  });

  it('reads a choice not to act as refused, a failure to act as denied, and "not just" as no negation', () => {
    expect(coded('The row grew. The council criticized its decision not to fine Lars Holm.', 'status')).toEqual(['criticized occurred', 'fine refused']);
    expect(coded('The row grew. Anna Berg opted against suing the harbour board.', 'status')).toEqual(['suing refused']);
    expect(coded('The row grew. Lars Holm, who was reluctant to endorse Anna Berg, spoke on Monday.', 'status')).toEqual(['endorse refused']);
    expect(coded("The row grew. Lawmakers faulted the ministry's failure to prosecute Lars Holm.", 'status')).toEqual(['faulted occurred', 'prosecute denied']);
    expect(coded('The row grew. Anna Berg is not just attacking Lars Holm but also his allies.', 'status')).toEqual(['attacking ongoing']);
  });

  it('reads an attempt or talk of an act as proposed, its prospect as hypothetical, and a stated intention as planned', () => {
    expect(coded('The row grew. Latvia accused Estonia of attempting to sabotage the vote.', 'status')).toEqual(['accused occurred', 'sabotage proposed']);
    expect(coded('The row grew. He is talking about banning Swedish ships from the port.', 'status')).toEqual(['banning proposed']);
    expect(coded('The row grew. Two senators raised the prospect of sanctioning Estonia.', 'status')).toEqual(['sanctioning hypothetical']);
    expect(coded('The row grew. The union announced its intention to sue Lars Holm.', 'status')).toEqual(['sue planned']);
  });

  it('takes no status from the clause a clause of fact hangs on, nor from a cue word inside a name', () => {
    expect(coded('The row grew. The feud may ease now that Anna Berg has endorsed Lars Holm.', 'status')).toEqual(['endorsed occurred']);
    expect(coded('The row grew. Voters blamed Lars Holm for a shooting at a Planned Harbour office last week.', 'status')).toEqual(['blamed occurred', 'shooting occurred']);
  });

  it('reads a negated act in a condition as hypothetical, and one after "even if" as denied', () => {
    expect(coded('Karin Lund said the minister should resign if he cannot block the sale to Sweden.', 'status').at(-1)).toBe('block hypothetical');
    expect(coded('Karin Lund said she would back the deal even if she did not meet Anna Berg.', 'status')).toEqual(['meet denied']);
  });

  it('gives an infinitive after an object to the object, and a verb after a passive to the passive\'s subject', () => {
    expect(summary('Norway persuaded Iceland to sanction Russia.').at(-1)).toBe('sanction COERCE Iceland -> Russia occurred');
    expect(summary('Kenya was invited to join the talks and agreed to host Uganda.').at(-1)).toBe('agreed AGREE Kenya -> Uganda proposed');
  });

  it('reads a subject phrase from its first word, not from a place or a noun before it', () => {
    expect(summary('Mayor Tom Ortiz spoke. At a town hall in Tarrytown, Ortiz accused Governor Lisa Park of lying.')).toEqual(['accused ACCUSE Mayor Tom Ortiz -> Lisa Park occurred']);
    // The parser hangs the relative clause on the verb: it still qualifies the noun before it, which names no actor.
    expect(summary('Governor Lisa Park denounced Republican efforts to defund the clinic, which provides care for thousands.').map((line) => line.split(' ')[0])).toEqual(['denounced']);
  });
});

describe('event actors', () => {
  it('takes the possessor the parse gives an event noun past a compound ("her one-on-one meeting")', () => {
    expect(summary('Anna Berg flew to Oslo on Monday. Her one-on-one meeting with Lars Holm on Tuesday was brief.')).toContain('meeting CONSULT Anna Berg -> Lars Holm occurred');
  });

  it('takes the person before an apposition the parser read as a list or a conjunct, not the body named in it', () => {
    expect(summary('Rep. Anna Berg of Oregon, the ranking Democrat on the House Fisheries Committee, urged the administration to act.')).toEqual(['urged REQUEST Anna Berg -> - occurred']);
    expect(summary('Anna Berg, Lars Holm and Maria Lind met Russian officials in Oslo.')).toEqual(['met CONSULT Anna Berg+Lars Holm+Maria Lind -> Russia occurred']);
  });

  it('takes the person a party adjective qualifies, not the party ("Republican presidential candidate Lars Holm")', () => {
    expect(summary('Senator Anna Berg praised Republican presidential candidate Lars Holm on Monday.')).toEqual(['praised SUPPORT Anna Berg -> Lars Holm occurred']);
  });

  it('takes no party for a person its adjective qualifies ("the Republican front-runner"), and the name after such a title', () => {
    expect(summary('Anna Berg met Lars Holm on Monday. The Republican front-runner criticised Maria Lind on Tuesday.')).toContain('criticised ACCUSE - -> Maria Lind occurred');
    expect(summary('The ruling threatens to create a bind for Democratic front-runner Anna Berg.')).toEqual(['threatens THREATEN - -> Anna Berg occurred']);
    expect(summary('Republican leaders met Anna Berg in Oslo on Monday.')).toEqual(['met CONSULT Republicans -> Anna Berg occurred']);
  });

  it('reads an -ing word after "after" or "before" as a verb whose doer is the clause\'s subject, not an event noun', () => {
    expect(summary('Anna Berg spoke to reporters in Oslo right after meeting with Lars Holm on Monday.')).toContain('meeting with CONSULT Anna Berg -> Lars Holm occurred');
    expect(coded('The harbour board closed the sale before bidding was to begin.')).not.toContain('bidding');
  });

  it('takes the one who faces criticism as its target beside the critics after "from", past a title the critics share', () => {
    expect(summary('Heinz Foods began the layoffs on Monday, despite facing criticism from mayoral hopefuls Anna Berg and Lars Holm.')).toEqual(['criticism ACCUSE Anna Berg+Lars Holm -> Heinz Foods occurred']);
    expect(summary("Lars Holm's remarks on the ferry have drawn criticism from Anna Berg.")).toEqual(['criticism ACCUSE Anna Berg -> - occurred']);
  });

  it('drops an event noun with no one, no place and no time of its own: it tells of no particular happening', () => {
    expect(coded('Sanctions have hurt the economy, the report said.')).toEqual([]);
    expect(coded('The talks ended without a deal.')).toEqual([]);
    expect(coded('The talks in Oslo ended without a deal.')).toEqual(['talks']);
    expect(coded('Sanctions were imposed in March, the report said.')).toEqual(['Sanctions']);
  });

  it('reads a meeting after "at" as where something else happens, unless it names whom it is with', () => {
    expect(coded('The harbour board will vote on the fees at its annual winter meeting in Bergen.')).not.toContain('meeting');
    expect(coded('Anna Berg invited Lars Holm to a meeting in Oslo.')).toContain('meeting');
    expect(coded('At a meeting with Lars Holm on Monday, Anna Berg raised the fees.')).toContain('meeting');
  });

  it('keeps several who praise side by side as sources, where several who meet or sign are each other\'s other side', () => {
    const doc = succeeded(analyze({ text: 'The new ferry plan was welcomed by Anna Berg and Lars Holm.', publishedAt: PUBLISHED }, { events: 'all' }));
    expect(doc.events.map((event) => `${event.source.map((id) => nameOf(doc, id)).join('+')} -> ${event.target.map((id) => nameOf(doc, id)).join('+') || '-'}`)).toEqual(['Anna Berg+Lars Holm -> -']);
    expect(summary('Anna Berg and Lars Holm met in Oslo on Monday.')).toEqual(['met CONSULT Anna Berg -> Lars Holm occurred']);
  });

  it('gives a group of people named together, and the "they" that stands for it, as its members', () => {
    expect(summary('Lars Holm praised both Anna Berg and Maria Lind on Monday.')).toContain('praised SUPPORT Lars Holm -> Anna Berg+Maria Lind occurred');
    expect(summary('Anna Berg and Maria Lind arrived in Oslo. They met Kari Nordmann on Tuesday.')).toContain('met CONSULT Anna Berg+Maria Lind -> Kari Nordmann occurred');
  });

  it('takes the person named before "of" and a body, not the body the person works for', () => {
    expect(summary('Anna Berg of the Nordic Council criticised Lars Holm on Monday.')).toEqual(['criticised ACCUSE Anna Berg -> Lars Holm occurred']);
  });

  it('takes every actor of a coordination, past articles and bodies named by their country', () => {
    expect(summary('The plan was rejected by Peru and the Netherlands.')).toEqual(['rejected REJECT Peru+Netherlands -> - refused']);
    expect(summary('Egypt urged Ethiopia and the United Arab Emirates to resume talks.')).toEqual(['urged REQUEST Egypt -> Ethiopia+United Arab Emirates occurred']);
    expect(summary("Mali's army and the Wagner Group were criticised by Norway.")).toEqual(['criticised ACCUSE Norway -> Mali+Wagner Group occurred']);
  });

  it('drops an organisation that only names where a person\'s title is held', () => {
    expect(summary('Senate Majority Leader Tom Ortiz criticised Governor Lisa Park on Monday.')).toEqual(['criticised ACCUSE Tom Ortiz -> Lisa Park occurred']);
    expect(summary('Nokia CEO Anna Virtanen met Finnish President Halla Koski in Helsinki.')).toEqual(['met CONSULT Anna Virtanen -> Halla Koski occurred']);
  });

  it('reads a nationality before a described organisation or person as a qualifier only', () => {
    expect(summary('Spanish carmaker Seat and Japanese carmaker Toyota signed a deal in Madrid.')).toEqual(['signed SUPPORT Seat -> Toyota occurred']);
    expect(summary('Qatar wants a meeting between Afghan envoy Amir Khan Muttaqi and U.S. envoy Zalmay Khalilzad.')).toEqual(['meeting CONSULT Amir Khan Muttaqi -> Zalmay Khalilzad proposed']);
  });

  it('ends an object where a verb phrase or a place phrase begins', () => {
    expect(summary('Canada expelled two Iranian diplomats and downgraded ties with Tehran.')).toEqual(['expelled SANCTION Canada -> Iran occurred', 'downgraded SANCTION Canada -> Tehran occurred']);
    expect(summary('Thousands of people marched through Lima on Sunday against President Dina Boluarte.')).toEqual(['marched PROTEST - -> Dina Boluarte occurred']);
  });

  it('reads a country or town named as where an act happens as its place, past modifiers', () => {
    expect(summary('Ethiopia deployed troops in southern Somalia.')).toEqual(['deployed MOBILIZE Ethiopia -> - occurred']);
    expect(summary("Sudan's army denied that its jets bombed a market in the Kordofan town of Kadugli.")).toEqual(['bombed ASSAULT Sudan -> - denied']);
  });

  it('reads an event\'s place in its own scope: not in an agreed act, past a name in apposition, through a relative clause on an event noun', () => {
    expect(places('Chile and Peru agreed on Monday to open a joint customs post in Arica.')).toEqual(['agreed -']);
    expect(places('Chile and Peru signed a customs pact in Arica on Monday.')).toEqual(['signed Arica']);
    expect(places('Police arrested a former minister, Lars Holm, in Bergen on Friday.')).toEqual(['arrested Bergen']);
    expect(places('Rebels claimed a bombing that killed 11 people at a market in Gao on Tuesday.').at(0)).toBe('bombing Gao');
    expect(places('Kenya and Ethiopia began joint patrols along their border.')).toEqual(['joint patrols -']);
    expect(places('Anna Berg phoned Lars Holm to arrange a meeting in Oslo.')).toEqual(['phoned -', 'meeting Oslo']);
  });

  it('reads the place a visit goes to, and the town an attack strikes, as where it happened; a country attacked is no place', () => {
    expect(places('Anna Berg visited Morocco on Monday.')).toEqual(['visited Morocco']);
    expect(places('Russia shelled Kherson on Monday.')).toEqual(['shelled Kherson']);
    expect(places('Israel struck Iran on Monday.')).toEqual(['struck -']);
  });

  it('reads a place past a direction word, forces\' destination, a place "on" that is no country, and none in a phrase of another event\'s time', () => {
    expect(places('Israel withdrew its troops from three positions in southern Lebanon on Sunday.')).toEqual(['withdrew Lebanon']);
    expect(places('Romania will deploy 2,000 troops to Constanta.')).toEqual(['deploy Constanta']);
    expect(places('Chad said its army clashed with rebels on Lake Chad.')).toEqual(['clashed Lake Chad']);
    expect(places('Norway imposed sanctions on Russia on Monday.')).toEqual(['sanctions -']);
    expect(places('Turkey sent tents to Syria on Sunday after an earthquake in Aleppo.')).toEqual(['sent -']);
  });

  it('takes no one named after "according to" as a doer, and gives a verb conjoined to an event its subject', () => {
    expect(summary('According to the Bergen Daily, Norway has said it will not fund the summit and will not send troops.', 'all')).toEqual(['fund COOPERATE Norway -> - refused', 'send COOPERATE Norway -> - refused']);
  });

  it('reads a participle after "those" with its agent as a passive', () => {
    expect(summary('Anna Berg was among those invited by Lars Holm to the summit in Bergen.').at(0)).toBe('invited CONSULT Lars Holm -> Anna Berg occurred');
  });

  it('takes the place visited as a visit\'s other side, and the subject after a fronted trip as its doer', () => {
    expect(summary('After the Bergen trip, Anna Berg flew back to Oslo.', 'all')).toEqual(['trip CONSULT Anna Berg -> Bergen occurred']);
    expect(summary('Anna Berg visited the White House on Monday.')).toEqual(['visited CONSULT Anna Berg -> White House occurred']);
  });

  it('takes the owner of what is criticised as the target of an accusation noun', () => {
    expect(summary('Anna Berg spoke in Bergen. Swedish criticism of her record grew on Monday.').at(-1)).toBe('criticism ACCUSE Sweden -> Anna Berg occurred');
  });

  it('takes the subject of the clause an accusation verb takes as its target', () => {
    expect(summary('Anna Berg alleged that Lars Holm had hidden the harbour fees.').at(0)).toBe('alleged ACCUSE Anna Berg -> Lars Holm occurred');
    // The name that qualifies the clause's subject, and a clause past a dashed aside the parse loses.
    expect(summary('Anna Berg complained that Norwegian officials had hidden the harbour fees.').at(0)).toBe('complained ACCUSE Anna Berg -> Norway occurred');
    expect(summary('Lars Holm, later alleging - again without proof - that Anna Berg had hidden the fees, said he would sue.').at(0)).toBe('alleging ACCUSE Lars Holm -> Anna Berg occurred');
  });

  it('takes the name a relative clause with its own subject hangs on as the target of its verb', () => {
    expect(summary('It was Anna Berg, whom Lars Holm attacked on Monday, who won.')).toContain('attacked ACCUSE Lars Holm -> Anna Berg occurred');
    // "whom" opens one even where the parse reads the clause as a conjunct.
    expect(summary('Lars Holm said voters could choose Anna Berg, whom he called “a fraud,” or stay home.').map((event) => event.split(' ').slice(0, -1).join(' '))).toContain('called ACCUSE Lars Holm -> Anna Berg');
    // A relative clause that has no subject of its own is the name's doing, not done to it.
    expect(summary('It was Anna Berg, who attacked Lars Holm on Monday, who won.')).toContain('attacked ACCUSE Anna Berg -> Lars Holm occurred');
    // "who" with a subject after it is the clause's object too.
    expect(summary('Lars Holm urged voters to reject Anna Berg, who he blasted as a fraud on Monday.')).toContain('blasted ACCUSE Lars Holm -> Anna Berg occurred');
  });

  it('takes a "who" after a body in a noun\'s "of" phrase for the person the noun describes, not the body', () => {
    expect(summary('The row grew. Anna Berg, the owner of the Oslo Vikings who rebuffed pleas from Lars Holm to run, spoke on Monday.', 'all')).toEqual(['rebuffed REJECT Anna Berg -> Lars Holm refused']);
  });

  it('takes the name before a bracket of party and state as the doer', () => {
    expect(summary('Sen. Anna Berg (D-Minn.) criticized Lars Holm on Monday.')).toEqual(['criticized ACCUSE Anna Berg -> Lars Holm occurred']);
  });

  it('takes the person named before "who" as the doer where the parse hangs the clause elsewhere', () => {
    expect(summary('Lars Holm spoke on Monday. The plan is risky for Holm, who pointedly refused to endorse Anna Berg during a speech in July.')).toContain('refused REJECT Lars Holm -> Anna Berg refused');
    expect(summary('“The first line of defense is at home,” said former secretary of state Anna Berg, who praised former Danish prime minister Lars Holm for reaching out to farmers.', 'all').find((event) => event.startsWith('praised'))).toBe('praised SUPPORT Anna Berg -> Lars Holm occurred');
  });

  it('reads suspecting as an accusation only with its "of", not as a thought', () => {
    expect(coded('Anna Berg suspected that Lars Holm would win the vote.')).toEqual([]);
    expect(coded('Police suspected Lars Holm of hiding the harbour fees.', 'plover')).toContain('suspected ACCUSE');
  });

  it('takes the one named right after a verb that follows a quotation as its doer', () => {
    expect(summary('“Silly boys acting like they have never seen a girl before,” scoffed Anna Berg, who founded the group.').at(0)).toBe('scoffed ACCUSE Anna Berg -> - occurred');
  });

  it('takes no possessor of a relational noun as the doer, but a name in apposition or joined to it', () => {
    expect(summary('Senator Lars Holm spoke in Oslo on Monday. His critics denounced him on Tuesday.').at(-1)).toBe('denounced ACCUSE - -> Lars Holm occurred');
    expect(summary("Senator Lars Holm spoke in Oslo on Monday. Holm's fiercest rivals criticised Norway, insisting on a vote.")).toContain('criticised ACCUSE - -> Norway occurred');
    expect(summary('Senator Lars Holm spoke in Oslo on Monday. His rival, Anna Berg, criticised Norway.').at(-1)).toBe('criticised ACCUSE Anna Berg -> Norway occurred');
    expect(summary('Anna Berg and her brother criticised Norway on Monday.')).toEqual(['criticised ACCUSE Anna Berg -> Norway occurred']);
    expect(summary("Lars Holm spoke on Monday. Holm's campaign criticised Norway.").at(-1)).toBe('criticised ACCUSE Lars Holm -> Norway occurred');
    // A person's name that qualifies the relational noun likewise; the act stays, its doers unnamed.
    expect(summary('Senator Lars Holm spoke in Oslo on Monday. Angry Holm supporters criticised Norway on Tuesday.').at(-1)).toBe('criticised ACCUSE - -> Norway occurred');
    expect(summary('Senator Lars Holm spoke in Oslo on Monday. Some Holm supporters threatened to boycott the vote.', 'all').at(-1)).toBe('threatened THREATEN - -> - occurred');
  });

  it('takes "the campaign" or "the administration" as the person the article last named it after', () => {
    expect(summary('The Anna Berg campaign opened an office in Oslo on Monday. The campaign criticised Norway on Tuesday.').at(-1)).toBe('criticised ACCUSE Anna Berg -> Norway occurred');
    expect(summary('The campaign criticised Norway on Tuesday.')).toEqual(['criticised ACCUSE - -> Norway occurred']);
    // as the object too
    expect(summary('The Lars Holm administration met Norway on Monday. Anna Berg urged the administration to cooperate with Nordic partners.').at(-1)).toBe('urged REQUEST Anna Berg -> Lars Holm occurred');
  });

  it('takes no target with a preposition from another clause', () => {
    expect(summary('Norway sentenced a man to probation after he had posted on a Danish website.')).toEqual(['sentenced COERCE Norway -> - occurred']);
  });

  it('ends an object at a dash set off by spaces, not at a hyphen', () => {
    expect(summary('Anna Berg criticised the plan - a plan Lars Holm wrote - on Monday.')).toEqual(['criticised ACCUSE Anna Berg -> - occurred']);
    expect(summary('Anna Berg criticised 17-year-old Lars Holm on Monday.')).toEqual(['criticised ACCUSE Anna Berg -> Lars Holm occurred']);
  });

  it('takes no town that only qualifies a passive\'s subject as its target, nor one that qualifies the doer as the source', () => {
    expect(summary('The home of a Berlin man was raided by Norway on Monday.')).toEqual(['raided ASSAULT Norway -> - occurred']);
    expect(summary('A Texas voter who criticised Anna Berg spoke on Monday.')).toEqual(['criticised ACCUSE - -> Anna Berg occurred']);
  });

  it('takes no region or town that only qualifies the object as the target', () => {
    expect(summary('Anna Berg and Lars Holm met to discuss details of a South Asia trade pact.', 'all').at(-1)).toBe('discuss CONSULT Anna Berg -> Lars Holm occurred');
  });

  it('reads the subject of a verb of undergoing as the target of its event noun', () => {
    expect(summary('Norwegian minister Anna Berg faced harsh criticism in Bergen.')).toEqual(['criticism ACCUSE - -> Anna Berg occurred']);
    expect(summary('Norwegian mayor Lars Holm survived an assassination attempt on Friday.')).toEqual(['assassination attempt ASSAULT - -> Lars Holm occurred']);
  });

  it('reads a town named before an event noun as where it happened, and a people\'s adjective as who acted', () => {
    const [attack] = succeeded(analyze({ text: 'The Mosul car bomb attacks shocked the world.', publishedAt: PUBLISHED }, { events: 'all' })).events;
    expect(attack?.trigger.text).toBe('attacks');
    expect([attack?.source, attack?.place?.name]).toEqual([[], 'Mosul']);
    const doc = succeeded(analyze({ text: 'Russian airstrikes hit Aleppo on Monday.', publishedAt: PUBLISHED }, { events: 'all' }));
    const strikes = doc.events.find((event) => event.trigger.text === 'airstrikes');
    expect([strikes?.source.map((id) => nameOf(doc, id)), strikes?.place]).toEqual([['Russia'], null]);
  });

  it('finds the agent and the other party of an event noun past a time, and an agent in "of" for nouns that take one', () => {
    expect(summary("Peruvian prosecutors opened an investigation on Friday into former President Pedro Castillo's travel.")).toEqual(['investigation ACCUSE Peru -> Pedro Castillo occurred']);
    expect(summary('Talks between Egypt and Ethiopia resumed in Cairo under the mediation of the United States.').at(-1)).toBe('mediation CONSULT United States -> Egypt+Ethiopia occurred');
  });

  it('gives an event noun in the circumstances of another event that event\'s sides, or the subject after a fronted phrase', () => {
    expect(summary('Iceland praised Norway during a phone call on Monday.').at(-1)).toBe('phone call CONSULT Iceland -> Norway occurred');
    expect(summary('Egypt and Ethiopia signed a water pact after mediation by the United States.').at(-1)).toBe('mediation CONSULT United States -> Egypt+Ethiopia occurred');
    expect(summary('On a visit to Oslo on Monday, Finnish President Alexander Stubb signed a defence pact with Norway.')[0]).toBe('visit CONSULT Alexander Stubb -> Oslo occurred');
    // A fronted attack or investigation is not the doing of the clause's subject.
    expect(summary('After the bombing in Kabul on Monday, President Ashraf Ghani visited Islamabad.')[0]).toBe('bombing ASSAULT - -> - occurred');
    // An act before or after another is someone else's unless both sides fight it out.
    expect(summary('Peru imposed a curfew on Lima after three nights of riots.').at(-1)).toBe('riots PROTEST - -> - occurred');
    expect(summary('Norway sanctioned Russian officials over the beating of protesters in Moscow.').at(-1)).toBe('beating ASSAULT - -> - occurred');
    expect(summary('Kenyan activist Boniface Mwangi has been on a hunger strike for two weeks.')).toEqual(['hunger strike PROTEST Boniface Mwangi -> - occurred']);
  });

  it('takes the owner a possessive pronoun names in the object as the target, unless it is the doer', () => {
    expect(summary('Nigerian mayor Aisha Bello survived an ambush when gunmen fired on her convoy.', 'all')).toEqual(['fired ASSAULT - -> Aisha Bello occurred']);
    expect(summary('Canada recalled its ambassador on Monday.')).toEqual(['recalled SANCTION Canada -> - occurred']);
  });

  it('reads one person in a name the names layer split in two', () => {
    const text = 'Chile praised Ana Maria Rojas.';
    const words: Word[] = [...text.matchAll(/\w+|\./g)].map((match) => ({ text: match[0], form: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length, sentence: 0, pos: match[0] === 'praised' ? 'VERB' : 'PROPN' }));
    const entity = (id: string, type: Entity['type'], name: string): Entity => ({ id, name, type, country: null, sector: null, roles: [], kb: null, key: null, salience: 1, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, kind: 'name' }] });
    const actors = new ActorIndex([entity('e1', 'GPE', 'Chile'), entity('e2', 'PERSON', 'Ana Maria'), entity('e3', 'PERSON', 'Rojas')], words);
    expect(actorsAfter(actors, words, 2, words.length).map((mention) => mention.entity.id)).toEqual(['e3']);
  });

  it('leaves the words a name held inside another shares with it to the outer name', () => {
    const text = 'The Bergen Harbour Authority praised Chile.';
    const words: Word[] = [...text.matchAll(/\w+|\./g)].map((match) => ({ text: match[0], form: match[0], lower: match[0].toLowerCase(), start: match.index, end: match.index + match[0].length, sentence: 0, pos: match[0] === 'praised' ? 'VERB' : 'PROPN' }));
    const entity = (id: string, type: Entity['type'], name: string): Entity => ({ id, name, type, country: null, sector: null, roles: [], kb: null, key: null, salience: 1, mentions: [{ start: text.indexOf(name), end: text.indexOf(name) + name.length, text: name, kind: 'name' }] });
    for (const order of [['ORG', 'GPE'], ['GPE', 'ORG']]) {
      const made = { ORG: entity('e1', 'ORG', 'Bergen Harbour Authority'), GPE: entity('e2', 'GPE', 'Bergen') };
      const actors = new ActorIndex(order.map((type) => made[type as 'ORG' | 'GPE']), words);
      expect(actors.startingAt(1)?.entity.id).toBe('e1');
      expect(actors.covering(3)?.entity.id).toBe('e1');
    }
  });

  it('gives a relative clause on an event noun the event\'s doers', () => {
    expect(summary('Al-Shabaab claimed a car bombing that killed nine soldiers in Mogadishu.')).toEqual(['bombing ASSAULT Al-Shabaab -> - occurred', 'killed ASSAULT Al-Shabaab -> - occurred']);
    expect(summary('An Al-Shabaab bombing killed nine soldiers in Mogadishu.')).toEqual(['bombing ASSAULT Al-Shabaab -> - occurred', 'killed ASSAULT Al-Shabaab -> - occurred']);
  });

  it('gives an infinitive on a noun an ordinal qualifies that noun\'s doer, or whom the noun is said of', () => {
    const doc = analyzed('The delegates included Karin Lund and Lars Berg, who was one of the earliest Labour members to endorse Anna Berg.');
    expect(doc.events.map((event) => `${event.trigger.text} ${event.source.map((id) => nameOf(doc, id)).join('+')} -> ${event.target.map((id) => nameOf(doc, id)).join('+')} ${event.rule}`))
      .toEqual(['endorse Lars Berg -> Anna Berg cameo:SUPPORT:verb endorse+source:ordinal-infinitive']);
  });

  it('takes no possessor of a relational noun as the target ("attacked Berg\'s supporters"), but the owner of a deed', () => {
    const doc = succeeded(analyze({ text: 'Karin Lund attacked Lars Berg\'s supporters on Tuesday.', publishedAt: PUBLISHED }, { events: 'all' }));
    expect(doc.events.map((event) => `${event.trigger.text} ${event.target.length} ${event.rule}`)).toEqual(['attacked 0 cameo:PHYSICAL_CONFLICT:verbal+target:not-relational-owner']);
    expect(summary('Karin Lund praised Lars Berg\'s plan.')).toEqual(['praised SUPPORT Karin Lund -> Lars Berg occurred']);
    expect(summary('Karin Lund attacked Lars Berg supporters on Tuesday.', 'all')).toEqual(['attacked ACCUSE Karin Lund -> - occurred']);
    // A surname before a noun of kin names the family's members.
    expect(summary('Lars Berg runs a shipping firm. Karin Lund attacked the Berg brothers on Tuesday.', 'all')).toEqual(['attacked ACCUSE Karin Lund -> Lars Berg occurred']);
  });

  it('takes the name that heads the object after a possessive, not its possessor ("Bergen\'s mayor Anna Berg")', () => {
    expect(summary("Karin Lund criticised Bergen's newly elected mayor Anna Berg on Monday.")).toEqual(['criticised ACCUSE Karin Lund -> Anna Berg occurred']);
    expect(summary("Karin Lund filed a lawsuit against Sweden's Justice Ministry on Monday.")).toEqual(['filed ACCUSE Karin Lund -> Justice Ministry occurred']);
    // A people's adjective only qualifies the noun that heads the phrase.
    expect(summary("Karin Lund criticised Lars Berg's Swedish heritage on Monday.")).toEqual(['criticised ACCUSE Karin Lund -> Lars Berg occurred']);
  });

  it('takes every name of a list in the object past the comma the clause is cut at, but no clause after a comma', () => {
    expect(summary('Karin Lund met Lars Berg, Anna Holm and Ole Lind on Tuesday.')).toEqual(['met CONSULT Karin Lund -> Lars Berg+Anna Holm+Ole Lind occurred']);
    expect(analyzed('Karin Lund criticized Norway, Sweden, and Denmark.').events[0]?.rule).toBe('cameo:DENOUNCE+target:coordinated-list');
    expect(summary('Karin Lund met Lars Berg, and Anna Holm left.')).toEqual(['met CONSULT Karin Lund -> Lars Berg occurred']);
    // A list that ends with others left unnamed, and the agent of an event noun likewise.
    expect(summary('The row grew. Anna Berg met Lars Holm, Karin Lund and other senators.')).toEqual(['met CONSULT Anna Berg -> Lars Holm+Karin Lund occurred']);
    expect(summary('The row grew. His remarks drew criticism from Lars Holm, Anna Berg and other senators.')).toEqual(['criticism ACCUSE Lars Holm+Anna Berg -> - occurred']);
    // A list after the preposition that names the target likewise.
    expect(summary('Anna Berg and Lars Holm run the Justice Department. Governor Lee Park filed a separate complaint for financial relief against the Justice Department, Berg, and Holm.').at(-1))
      .toBe('filed ACCUSE Lee Park -> Justice Department+Anna Berg+Lars Holm occurred');
  });

  it('takes the list after a colon as the object the words before it describe ("condemned its neighbours: A, B and C")', () => {
    const doc = analyzed('Karin Lund condemned three of her neighbours: Norway, Sweden and Denmark.');
    expect(doc.events.map((event) => `${event.target.map((id) => nameOf(doc, id)).join('+')} ${event.rule}`)).toEqual(['Norway+Sweden+Denmark cameo:BLAME:verb condemned+target:colon-list']);
  });

  it('takes no target from a later verb phrase of the subject ("praised her aides and refused to meet Berg")', () => {
    const events = summary('Karin Lund praised her aides and refused to meet with Lars Berg on Tuesday.');
    expect(events).toContain('refused REJECT Karin Lund -> Lars Berg refused');
    expect(events.filter((event) => event.includes('Lars Berg'))).toHaveLength(1);
  });

  it('takes the body an inclusion aside qualifies with the people it includes as the doers ("Democrats -- including Berg -- accused")', () => {
    expect(summary('Democrats -- including Lars Berg -- criticized Karin Lund on Monday.')).toEqual(['criticized ACCUSE Democrats+Lars Berg -> Karin Lund occurred']);
  });

  it('takes no doer from a prepositional phrase set off by commas after the subject ("Berg, during a visit to Oxford University, criticized")', () => {
    expect(summary('Lars Berg, during a visit to Oxford University on Monday, criticized Karin Lund.').at(-1)).toBe('criticized ACCUSE Lars Berg -> Karin Lund occurred');
  });

  it('takes a later conjunct of the object past its adjectives ("and other senior congressional Republicans")', () => {
    const doc = analyzed('Karin Lund will meet with Lars Berg and other senior congressional Republicans on Tuesday.');
    expect(doc.events.map((event) => `${event.target.map((id) => nameOf(doc, id)).join('+')} ${event.rule}`)).toEqual(['Lars Berg+Republicans cameo:MEET_PEOPLE+target:conjunct-adjectives']);
  });

  it('gives an event noun after "engaged in" the subject of "engaged"', () => {
    expect(summary('Swedish border guards engaged in heavy clashes with smugglers on Monday.')).toEqual(['clashes ASSAULT Sweden -> - occurred']);
  });

  it('gives an infinitive the parse hangs on an object the object\'s actors: its possessor, or the one given it', () => {
    const doc = analyzed('Karin Lund criticized Sweden\'s decision to expel Norway\'s ambassador.');
    expect(doc.events.map((event) => `${event.trigger.text} ${event.source.map((id) => nameOf(doc, id)).join('+')} ${event.rule}`)).toEqual(['criticized Karin Lund cameo:DENOUNCE', 'expel Sweden cameo:DEPORT+source:object-clause']);
    expect(summary('The law gave Karin Lund the power to expel Lars Berg.')[0]).toMatch(/^expel COERCE Karin Lund -> Lars Berg /);
  });

  it('finds the addressee of a demand in its that-clause and of a threat in its condition', () => {
    expect(summary('Finland demanded that Russia return the seized vessel.')).toEqual(['demanded REQUEST Finland -> Russia occurred']);
    expect(summary('Turkey threatened to expel the envoys if Sweden approved the bill.')).toEqual(['threatened THREATEN Turkey -> Sweden hypothetical']);
  });

  it('gives a gerund of manner or time the subject of the verb its phrase hangs on', () => {
    expect(summary('Norway met Sweden in June, but Karin Lund found a sharper line by mocking Anna Berg.').at(-1)).toBe('mocking ACCUSE Karin Lund -> Anna Berg occurred');
    expect(summary('Norway met Sweden in June, but Karin Lund kept campaigning while still lobbying Anna Berg for changes.').at(-1)).toMatch(/^lobbying REQUEST Karin Lund -> Anna Berg /);
  });

  it('takes a demand\'s addressee from before its infinitive, not from the object of the demanded act', () => {
    expect(summary('The senator Karin Lund urged farmers to vote for Anna Berg.')).toEqual(['urged REQUEST Karin Lund -> - occurred']);
    expect(summary('Karin Lund asked her supporters to also consider voting for Anna Berg.')).toEqual(['asked REQUEST Karin Lund -> - occurred']);
    expect(summary('Karin Lund urged Norway to open talks with Sweden.')[0]).toBe('urged REQUEST Karin Lund -> Norway occurred');
  });

  it('reads where forces are sent as no target, and forces deployed with no agent as their country\'s', () => {
    expect(summary('Poland is preparing to deploy 2,000 troops to Rzeszow.')).toEqual(['deploy MOBILIZE Poland -> - planned']);
    expect(summary('Russia deployed troops to its border with Finland.')).toEqual(['deployed MOBILIZE Russia -> Finland occurred']);
    expect(summary('Dutch frigates will not be deployed to the Red Sea, the minister said.')).toEqual(['deployed MOBILIZE Netherlands -> - refused']);
  });

  it('gives a verb coordinated after a verb whose doer names no actor no doer, not the first verb\'s object', () => {
    expect(summary('The ads praised Anna Berg and attacked Lars Holm.', 'all')).toEqual(['praised SUPPORT - -> Anna Berg occurred', 'attacked ACCUSE - -> Lars Holm occurred']);
    const attacked = succeeded(analyze({ text: 'The ads praised Anna Berg and attacked Lars Holm.', publishedAt: PUBLISHED }, { events: 'all' })).events.at(-1);
    expect(attacked?.rule).toMatch(/\+source:none-after-conjunction$/);
    expect(summary('The groups ran ads tying Anna Berg to the mayor and criticizing Lars Holm as weak.', 'all')).toEqual(['criticizing ACCUSE - -> Lars Holm occurred']);
    // A doer named before the first verb is still shared.
    expect(summary('Anna Berg praised the mayor and attacked Lars Holm.', 'all').at(-1)).toBe('attacked ACCUSE Anna Berg -> Lars Holm occurred');
  });

  it('reads a plural pronoun resolved to one of coordinated actors as all of them', () => {
    expect(summary('Mali and Burkina Faso said their forces had never clashed with Nigerien troops.')).toEqual(['clashed ASSAULT Mali+Burkina Faso -> Niger denied']);
  });

  it('takes the examples an object names ("such as", "including") as the target', () => {
    expect(summary('Mayor Ilse Vann praised foreign leaders such as Brindavian President Oskar Tell on Monday.', 'all')).toEqual([expect.stringMatching(/^praised SUPPORT [\w ]*Ilse Vann -> [\w ]*Oskar Tell occurred$/)]);
    expect(summary('Senator Velloran attacked her rivals, including Governor Tashko and Ilse Brandt, on Monday.', 'all')).toEqual(['attacked ACCUSE Velloran -> Tashko+Ilse Brandt occurred']);
    expect(summary('On Sunday Velloran convened top donors (including Ilse Brandt) in Marrowdale.', 'all').at(0)).toMatch(/^convened CONSULT Velloran -> Ilse Brandt /);
    // No aside of inclusion: nobody named.
    expect(summary('Senator Velloran attacked the canal plan, including its cost, on Monday.', 'all')).toEqual(['attacked ACCUSE Velloran -> - occurred']);
  });

  it('gives a fronted gerund phrase the parse hangs elsewhere the subject after its comma', () => {
    expect(summary('In a speech on Monday in Marrowdale, after attacking Senator Ilse Vann, Governor Tashko turned to her plan for the canal.', 'all')).toEqual(['attacking ACCUSE Tashko -> Ilse Vann occurred']);
  });

  it('takes the actor between "for" and an infinitive\'s "to" as its doer, however the parse hangs it', () => {
    expect(summary('On Tuesday, Council Leader Tom Okafor said it was “plainly wrong” for Ilse Vann to criticize Governor Tashko.', 'all')).toEqual([expect.stringMatching(/^criticize ACCUSE Ilse Vann -> /)]);
  });

  it('takes the possessor of an arrest or an assassination as the one it is done to, and of other event nouns as the doer', () => {
    expect(summary('Velloran was questioned about the time of Senator Ilse Vann\'s assassination.', 'all')).toEqual(['assassination ASSAULT - -> Ilse Vann occurred']);
    expect(summary('Brindavia\'s expulsion of the Ostrava envoy angered Velloran.', 'all')).toEqual(['expulsion SANCTION Brindavia -> Ostrava occurred']);
    // An "of" that names the doer of a protest names whose deed is protested when it holds a possessor.
    expect(summary('Velloran led the protest of Ilse Vann\'s speech.', 'all').at(0)).toMatch(/^protest PROTEST .* -> Ilse Vann occurred$/);
  });

  it('reads a "who" the parse hangs on a body named after a person as the person whose apposition comes before', () => {
    expect(summary('“It is wrong,” said Anna Berg, a secretary of labor during the Okafor administration who has endorsed Senator Ilse Vann in the primary.', 'all')).toEqual([expect.stringMatching(/^endorsed SUPPORT Anna Berg -> [\w ]*Ilse Vann occurred$/)]);
  });

  it('takes no town that qualifies a doer\'s common noun in a title-case headline as the doer', () => {
    expect(summary('Marrowdale Actor Who Endorsed Ilse Vann Just Mocked Her Rival.\n\nThe actor spoke on Monday.', 'all').at(0)).toBe('Endorsed SUPPORT - -> Ilse Vann occurred');
  });

  it('takes the one a relative clause is about as the target of its passive', () => {
    expect(summary('Amnesty International urged Iran to free the lawyer Nasrin Sotoudeh, who it said had been beaten in custody.', 'all').at(-1)).toBe('beaten ASSAULT - -> Nasrin Sotoudeh occurred');
  });

  it('takes the subject of "survived" and the like as the target of the event noun', () => {
    expect(summary('Peruvian governor Luis Paredes survived an assassination attempt in Cusco on Sunday.')).toEqual(['assassination attempt ASSAULT - -> Luis Paredes occurred']);
    // Further back than a few words when the parse makes the noun the verb's object.
    expect(summary('Senator Jane Doe received widespread (and bipartisan) criticism on Monday.')).toEqual(['criticism ACCUSE - -> Jane Doe occurred']);
  });

  it('aims a refusal at the author of what it refuses, and reads "from" after a noun as its sender', () => {
    expect(summary('Russia vetoed a United Nations resolution drafted by France and Malta.')).toEqual(['vetoed REJECT Russia -> France+Malta refused']);
    expect(summary('Austria declined a request from Belgrade to hand over a former general.')).toEqual(['declined REJECT Austria -> Belgrade refused']);
    expect(summary('The new tariffs drew a protest from Ottawa on Friday.').at(-1)).toBe('protest PROTEST Ottawa -> - occurred');
    expect(summary('Canada recalled its ambassador from Venezuela.')).toEqual(['recalled SANCTION Canada -> Venezuela occurred']);
  });

  it('never makes an actor its own target, so that both sides of a joint act are found', () => {
    expect(summary('Denmark and Finland will share radar data under a pact signed in Oslo on Friday by Danish Defence Minister Troels Lund Poulsen.')[0]).toBe('share COOPERATE Denmark -> Finland planned');
  });
});

describe('commitments', () => {
  it('keeps a pledge with its actor, beneficiary, what and due window', () => {
    const doc = analyzed('Norway pledged Ukraine $500 million in aid. The guarantees would be signed within the next two weeks.');
    expect(doc.commitments.map((commitment) => [commitment.what, commitment.actor.map((id) => nameOf(doc, id)), commitment.beneficiary.map((id) => nameOf(doc, id))])).toEqual([
      ['$500 million in aid', ['Norway'], ['Ukraine']],
      ['The guarantees would be signed within the next two weeks', ['Norway'], ['Ukraine']],
    ]);
    expect(doc.commitments[0]!.event).toBe(doc.events.find((event) => event.trigger.text === 'pledged')!.id);
    expect(doc.commitments[1]!.due).toMatchObject({ start: '2025-03-05', end: '2025-03-19' });
  });

  it('keeps an agreement to buy as a commitment', () => {
    const doc = analyzed('Poland agreed to buy 96 helicopters from the United States.');
    expect(doc.commitments.map((commitment) => commitment.what)).toEqual(['buy 96 helicopters from the United States']);
  });

  it.each([
    // Found by the fuzzer (npm run fuzz): the stage threw when the addressee was the text's last word.
    ['the last words of the text', 'Aid will flow soon, Norway assured Ukraine'],
    ['the end of a sentence', 'Norway pledged Ukraine. Talks resume in Bergen on Monday.'],
  ])('finds no commitment, and does not fail, when the addressee is %s', (_where, text) => {
    const doc = analyzed(text);
    expect(doc.warnings).toBeUndefined();
    expect(doc.commitments).toEqual([]);
  });
});

describe('stances', () => {
  it('finds support, demands and rejections with their issue', () => {
    const doc = analyzed('Norway called for a ceasefire. Iceland backed the idea of a fishing ban. Finland said sanctions would not be lifted.');
    expect(doc.stances.map((stance) => `${nameOf(doc, stance.holder[0]!)} ${stance.polarity} ${stance.issue}`)).toEqual([
      'Norway demand ceasefire',
      'Iceland support fishing ban',
      'Finland reject sanctions',
    ]);
  });

  it('reads criticism as opposition and praise as support', () => {
    const doc = analyzed('Norway criticised the whaling quota. Iceland praised the fishing agreement.');
    expect(doc.stances.map((stance) => `${nameOf(doc, stance.holder[0]!)} ${stance.polarity} ${stance.issue}`)).toEqual([
      'Norway oppose whaling quota',
      'Iceland support fishing agreement',
    ]);
  });

  it('marks a stance changed when the text says the position moved', () => {
    const doc = analyzed('While Norway previously supported the quota, it later opposed any limit.');
    expect(doc.stances.map((stance) => `${stance.polarity} ${stance.issue} ${stance.changed}`)).toEqual(['support quota true', 'oppose limit true']);
    // Another holder's earlier position is not this one's.
    const other = analyzed('While Sweden previously supported the quota, Norway opposed any limit.');
    expect(other.stances.map((stance) => `${stance.polarity} ${stance.issue} ${stance.changed}`)).toEqual(['support quota true', 'oppose limit false']);
  });
});

describe('trigger senses (data/events/senses.json)', () => {
  it('codes a verb whose coded sense needs a participant only when one is its object', () => {
    expect(summary('Sweden joined NATO in March.')).toEqual([expect.stringMatching(/^joined \w+ Sweden -> NATO occurred$/)]);
    expect(summary('The Finnish minister joined in the applause on Monday.')).toEqual([]);
    expect(summary('The Danish leader faces a hard choice between two rival factions.')).toEqual([]);
  });

  it('codes no act on one\'s own affairs, and a verb of preventing or protecting only with a participant as its object', () => {
    expect(coded('The Norwegian shipping group expanded its operations in Poland and improved its margins.')).toEqual([]);
    expect(coded('Danish Prime Minister Mette Frederiksen managed to win the vote.')).toEqual([]);
    expect(coded('The Norwegian oil fund paid $8 million to buy a stake in the Danish shipping group.')).toEqual([]);
    expect(coded('The Swedish union could not prevent disruptions at the port.')).toEqual([]);
    expect(coded('Finnish border guards prevented Russia from sending migrants across the border.', 'plover')).not.toEqual([]);
  });

  it('leaves out verbs of thinking, voting and figures of speech from elections and sports', () => {
    // Every event coded: these are the senses' work, not the confidence threshold's.
    expect(summary('Estonian Prime Minister Kaja Kallas thinks the deficit will shrink.', 'all')).toEqual([]);
    expect(summary('Finland is contemplating new restrictions on its border crossings.', 'all')).toEqual([]);
    expect(summary('Latvian voters voted for the opposition on Sunday.', 'all')).toEqual([]);
    expect(summary('Rival candidate Anna Berg crushed Lars Holm in the primary.', 'all')).toEqual([]);
    expect(summary('Polish troops crushed the rebel column near the border.', 'all')).not.toEqual([]);
  });

  it('leaves out debating: a contest between candidates or an argument over a question, not talks', () => {
    expect(coded('Senator Anna Berg debated Lars Holm three times before the primary.')).toEqual([]);
    expect(coded('Lars Holm challenged Anna Berg to debate him in Bergen next month.')).toEqual(['challenged']);
    expect(coded('Anna Berg met Lars Holm in Bergen to discuss the harbour fees.')).toContain('met');
  });

  it('leaves out a body\'s own gathering, but not its meeting with someone', () => {
    expect(coded('The Nordic Union will debate the harbour fees during its annual meeting in Bergen next month.')).toEqual([]);
    expect(coded('The Nordic Union will hold a meeting with Anna Berg in Bergen next month.')).toEqual(['meeting']);
  });

  it('leaves out an interview: speaking with a news outlet, someone who works for one, or reporters', () => {
    expect(coded('Earlier this year, Lars Holm spoke with CNN about the harbour fees.')).toEqual([]);
    expect(coded('Later that day Anna Berg spoke with reporters outside the harbour office.')).toEqual([]);
    expect(coded('Anna Berg spoke with Lars Holm about the harbour fees on Monday.')).toEqual(['spoke']);
  });

  it('leaves out domestic acts on bills, naming participles and news conferences', () => {
    expect(summary('The Norwegian parliament passed the fisheries bill on Thursday.')).toEqual([]);
    expect(summary('A Dutch party called Volt held its congress.')).toEqual([]);
    expect(summary('Icelandic President Halla Tomasdottir spoke at a news conference in Reykjavik.')).toEqual([]);
  });

  it('leaves out courses of action weighed against each other, and the acts they would bring about', () => {
    expect(coded('Norwegian Prime Minister Anna Berg said defeating the rebels is a higher priority than persuading Lars Holm to step down.')).toEqual([]);
    expect(coded('Swedish troops defeated the rebels near the border.', 'plover')).toEqual(['defeated ASSAULT']);
  });

  it('reads a conference or rally after "at" or "to" as a venue, and a rally as a protest only where it says so', () => {
    expect(coded('Norwegian Prime Minister Jonas Gahr Store was greeted with chants at a labor conference in Bergen last month.')).toEqual([]);
    expect(coded('At a rally that night in Bergen, Lars Holm called the mayor a liar.', 'plover')).toEqual(['called ACCUSE']);
    expect(coded('Thousands of fishermen held a rally outside parliament in Oslo against the new quotas.', 'plover')).toEqual(['rally PROTEST']);
    expect(coded('Anna Berg invited Lars Holm to a harbour rally against the new quota in September.', 'plover')).toContain('rally PROTEST');
    expect(coded('Lars Holm, an adviser to Anna Berg, spoke at a Bergen Daily fisheries summit on Thursday.')).toEqual([]);
    expect(coded('Norway and Sweden held a summit in Oslo on Monday.')).toEqual(['summit']);
  });

  it('leaves out figurative objects, efforts, statistics and relations, at any confidence', () => {
    expect(coded('Norwegian skaters Anna Berg and Lars Holm traded stories about the harbour.')).toEqual([]);
    expect(coded('Danish Prime Minister Mette Frederiksen broke the record for the longest speech.')).toEqual([]);
    expect(coded('Swedish Finance Minister Elisabeth Svantesson fought to push through the budget.')).toEqual([]);
    expect(coded("Finland's trade surplus declined slightly from 4 percent in March.")).toEqual([]);
    expect(coded('Norway keeps statistics on violations related to fishing.')).toEqual([]);
    // A possessive before the object says whose it is; the object is no actor ("takes its place", "took her time").
    expect(coded('The Bergen Daily now takes its rightful place among the big newsrooms.')).toEqual([]);
    expect(coded('Anna Berg took her time before she raised the fees.')).toEqual([]);
    expect(coded('Danish troops fought Russian soldiers near the border.')).toEqual(['fought']);
  });

  it('leaves out candidacies, races, "signed up" and a verb the tagger took for an event noun', () => {
    expect(coded('Norwegian Prime Minister Jonas Gahr Store was launching his bid for a third term.')).toEqual([]);
    expect(coded('Sweden passed its budget law on Monday.')).toEqual([]);
    expect(coded('Bergen would host the lone Senate race in the north.')).toEqual([]);
    expect(coded('Danish minister Lars Holm has signed up to work as an envoy for Denmark.')).toEqual([]);
    expect(coded('Norway signed a treaty with Sweden on Monday.')).toEqual(['signed']);
    expect(coded('Anna Berg calls it her duty.')).toEqual([]);
  });

  it('reads "called X a Y" as naming, not a phone call, and a call for something as a demand', () => {
    expect(coded('Norwegian Prime Minister Jonas Gahr Store called Swedish Prime Minister Ulf Kristersson on Monday.', 'plover')).toEqual(['called CONSULT']);
    expect(coded('Norwegian Prime Minister Jonas Gahr Store called Ulf Kristersson a reliable partner.')).toEqual([]);
    // Naming in blame is an accusation (the precision set's rule): "called them a hoax".
    expect(coded('Norwegian Prime Minister Jonas Gahr Store called Ulf Kristersson “weak” on Monday.', 'cameo', 'plover')).toEqual(['called 111 ACCUSE']);
    expect(coded('Anna Berg\'s call for a ban on trawling angered the fleet.', 'plover')).toEqual(['call for REQUEST']);
  });

  it('reads calling someone or their acts a name of blame as an accusation, not a demand or a phone call', () => {
    expect(summary('Anna Berg is the mayor of Bergen. Lars Holm called her handling of the flood careless.').at(-1)).toBe('called ACCUSE Lars Holm -> Anna Berg occurred');
    // The infinitive after the blame is part of it, no demand.
    expect(coded('Lars Holm called the quota a hoax meant to hurt the fleet.', 'plover')).toEqual(['called ACCUSE']);
    // A word of blame after an infinitive tells what a phone call was about.
    expect(coded('Norwegian Prime Minister Jonas Gahr Store called Ulf Kristersson to discuss the terrible floods.', 'plover')).not.toContain('called ACCUSE');
  });

  it('takes the people before "in" and a body or place as the doers, not the body or place', () => {
    expect(summary('Swedes in Bergen criticized Jonas Gahr Store over the fishing quotas.')).toEqual(['criticized ACCUSE Sweden -> Jonas Gahr Store occurred']);
  });

  it('codes claims, releases and recalls only through the dictionary\'s patterns, a month never, and beating a named person as a contest', () => {
    expect(coded('Lars Holm claimed that the harbour fees were too high.')).toEqual([]);
    // Claiming responsibility is CAMEO's statement (015), no event; a group linked to someone is no cooperation.
    expect(coded('A group linked to Anna Berg claimed responsibility for the bombing in Bergen.')).toEqual([]);
    expect(coded('A poll released by the Bergen Daily on Monday showed Anna Berg ahead.')).toEqual([]);
    expect(coded('Anna Berg recalled how the harbour looked in 1990.')).toEqual([]);
    expect(coded('Norway recalled its ambassador to Russia on Friday.', 'plover')).toEqual(['recalled SANCTION']);
    expect(coded('Anna Berg said she will beat Lars Holm in the September vote.')).toEqual([]);
    expect(coded('Anna Berg said she is the one to defeat Mr. Lars Holm.')).toEqual([]);
    // Past the titles and party before the name the parse's object holds.
    expect(coded('Anna Berg said the party must unite to defeat Conservative nominee Lars Holm, whom she called a bully.').filter((event) => event.startsWith('defeat'))).toEqual([]);
    expect(coded('Either way, it leaves Mrs. Anna Berg trying to win back the fleet.')).toEqual([]);
    expect(coded('Anna Berg said she would fight for the fishermen of Bergen.')).toEqual([]);
    expect(coded('The Bergen council voted funds to fight the mosquito-borne virus.')).toEqual([]);
    expect(coded('Senator Anna Berg captured Texas and Oklahoma.')).toEqual([]);
    expect(coded('Anna Berg said her mind is shot.')).toEqual([]);
    expect(coded('As she welcomed several hundred guests, Anna Berg launched her bid.')).toEqual([]);
    expect(coded('Some Democrats have reservations about entrusting Norway with the seat.')).toEqual([]);
    expect(coded('Norway set about persuading Iceland to sanction Russia.', 'plover')).toContain('persuading SUPPORT');
    expect(coded('Only a dozen of the campaign\'s paid employees worked in Bergen.')).toEqual([]);
    expect(coded('Heirs in Norway do not have to pay tax on the gain.')).toEqual([]);
    expect(coded('Dock workers in Bergen demanded a higher minimum wage from Norway.', 'plover')).toEqual(['demanded REQUEST']);
    expect(coded('Anna Berg said she would answer the call.')).toEqual([]);
    expect(coded('He also asked if parents in Bergen would be willing to vote for Anna Berg.')).toEqual([]);
    expect(coded('Callers to a Bergen radio station asked how much money Lars Holm was getting.')).toEqual([]);
    // A question asked of someone, past the one asked and a preposition, is no request.
    expect(coded('The moderator asked Anna Berg why she had decided to attack Lars Holm.').filter((event) => event.startsWith('asked'))).toEqual([]);
    expect(coded('When pressed by Lars Holm about how he would bring jobs back to Norway, Anna Berg smiled.')).toEqual([]);
    expect(coded('Anna Berg pressed Norway to end the embargo on Sweden.', 'plover')[0]).toBe('pressed REQUEST');
    expect(coded('A worthy opposition would demand more clarity from Norway on Russia.')).toEqual([]);
    expect(coded('Sweden would demand more clarity from Norway.', 'plover')).toEqual(['demand REQUEST']);
    expect(coded('Lars Holm asked whether Norway should take responsibility for the flap, and Anna Berg asked Sweden to close the border.', 'plover')).toEqual(['asked REQUEST']);
    expect(coded('Anna Berg held a call with Lars Holm on Monday.', 'plover')).toEqual(['call CONSULT']);
    expect(coded('Russian forces captured Bakhmut in May.', 'plover')).toEqual(['captured COERCE']);
    expect(coded('A new poll gave Anna Berg a one-point lead in Bergen.')).toEqual([]);
    expect(coded('Norway gave military aid to Ukraine on Monday.', 'plover')).toEqual(['gave AID']);
    // Regretting one's own act is an apology; regretting another's, disapproval.
    expect(coded('Anna Berg regrets her insults of Lars Holm.', 'cameo')).toEqual(['regrets 055']);
    expect(coded('Norway regretted the Swedish decision on Monday.', 'cameo')).toEqual(['regretted 110']);
    expect(coded('Norwegian forces will defeat the Islamic State in Iraq.', 'plover')).toEqual(['defeat ASSAULT']);
    expect(coded('Lars Holm spoke before the March 5 caucus in Bergen.')).toEqual([]);
  });

  it('codes sending only with what is sent named as aid, forces or a mission; leading, holding a post and plain cuts never', () => {
    expect(coded('Norwegian minister Lars Holm sent an email to Swedish officials on Monday.')).toEqual([]);
    expect(coded('Lars Holm sent his son to a boarding school in Bergen.')).toEqual([]);
    expect(coded('Norway sent 200 troops to Latvia on Monday.')).toEqual(['sent']);
    expect(coded('Anna Berg, who led the Nordic Fishermen\'s Association, retired in 2019.')).toEqual([]);
    expect(coded('Lars Holm served in the Norwegian parliament for a decade.')).toEqual([]);
    expect(coded('Sweden wants a tax cut and plans to cut emissions by half.')).toEqual([]);
    expect(coded('Denmark cut diplomatic ties with Iran on Friday.', 'plover')).toEqual(['cut SANCTION']);
  });

  it('leaves out one person\'s protests, damage to a person, travel with nowhere named and conditions stated as passives or participles', () => {
    expect(coded('Despite her repeated protests, Anna Berg lost the vote in Bergen.')).toEqual([]);
    expect(coded('Hundreds of fishermen staged protests in Bergen on Monday.', 'plover')).toEqual(['protests PROTEST']);
    expect(coded('The leaked letters kept damaging Anna Berg all week.')).toEqual([]);
    expect(coded('Russian missiles damaged a school in Kharkiv on Monday.', 'plover')).toEqual(['damaged ASSAULT']);
    expect(coded('Travelling together, the Bergen delegates felt safer.')).toEqual([]);
    expect(coded('Norwegian Prime Minister Jonas Gahr Store traveled to Stockholm on Monday.')).toEqual(['traveled']);
    expect(coded('The Bergen Fishing Company was forced to cut its fleet in half.')).toEqual([]);
    // Backing or opposing a policy is a stance (the stances layer's); backing a person is an event.
    expect(coded('Anna Berg backs tougher rules on trawling.')).toEqual([]);
    expect(coded('Lars Holm opposed the measure, as opposed to most of his party.')).toEqual([]);
    expect(coded('Sweden backed Anna Berg in the vote.', 'plover')).toEqual(['backed SUPPORT']);
    expect(coded('Sweden backed Sen. Anna Berg in the vote.', 'plover')).toEqual(['backed SUPPORT']);
    expect(coded('The Swedish plan is meeting stiff resistance in Bergen.')).toEqual([]);
  });

  it('leaves out what a body or a thing is for, and an infinitive that opens its sentence', () => {
    expect(coded('The Nordic Council exists to help encourage trade between Norway and Sweden.')).toEqual([]);
    expect(coded('Governor Anna Berg signed an order designed to block Danish trawlers.')).toEqual(['signed']);
    expect(coded('Governor Anna Berg wants to block Danish trawlers.')).toEqual(['block']);
    expect(coded('“To have the meeting with Mr. Holm and in the same week be writing the report.”')).toEqual([]);
    expect(coded('To hold the meeting, Anna Berg flew to Oslo.')).toEqual(['flew']);
  });

  it('reads a word the tagger took for a verb as the noun the parse makes it', () => {
    expect(coded('A week later, U.S. forces bombed a depot near the Norwegian border.')).toEqual(['bombed']);
    expect(coded('U.S. stocks sink as the ministry reopens the inquiry.')).toEqual([]);
    expect(coded('Anna Berg is drawing sharp contrasts between herself and Lars Holm.')).toEqual([]);
    expect(coded('Secretary-General Ban Ki-moon visited Oslo on Monday.')).toEqual(['visited']);
  });

  it('reads aiming to as an effort, and breaking away, hailing distance and being pressed about as no act', () => {
    // A politician advocating a policy calls for it (REQUEST), as the precision set's judges read it.
    expect(coded('Mayor Anna Berg advocates lower harbour fees for Bergen trawlers.')).toEqual(['advocates']);
    expect(coded('Lars Holm, no longer aiming to unseat Governor Anna Berg, spoke in Oslo.')).toEqual([]);
    expect(coded('The Bergen Fishermen’s Union has broken away from the Norwegian labor federation.')).toEqual([]);
    expect(coded('Sweden was within hailing distance of a deal with Norway.')).toEqual([]);
    expect(coded('Anna Berg and Lars Holm were pressed about the quota dispute during the debate in Oslo.')).toEqual([]);
    expect(coded('Norway is grappling with a wave of migrants.')).toEqual([]);
    expect(coded('Danish troops grappled with Swedish soldiers near the border.')).toEqual(['grappled']);
    expect(coded('Large majorities of Norwegians agreed with Anna Berg on the quotas.')).toEqual([]);
    expect(coded('Sweden backed Anna Berg in the vote.', 'plover')).toEqual(['backed SUPPORT']);
  });

  it('leaves out the act someone should or ought to do, an urged act, but not a condition or a past act judged', () => {
    expect(coded('Jens Olsen, a scholar at Bergen University, said the Navy should disrupt Russian fishing operations.')).toEqual([]);
    expect(coded('The Bergen Daily ought to check its archive on Norway.')).toEqual([]);
    expect(coded('Norway should also ask Sweden to do more.')).toEqual([]);
    expect(coded('Should they continue to rebuff Sweden, Norway will act.')).toEqual(['rebuff']);
    expect(coded('Lars Holm said he should not have attacked Anna Berg.', 'status')).toEqual(['attacked denied']);
    expect(coded('Norway asked Sweden to disrupt Russian fishing operations.')).toContain('asked');
  });

  it('reads pledged delegates as a count, not a pledge', () => {
    expect(coded('Anna Berg maintains a large pledged delegate lead over Lars Holm.')).toEqual([]);
    expect(coded('Her lead of nearly 400 pledged delegates over Lars Holm is large.')).toEqual([]);
    expect(coded('Norway pledged 40 million euros to Iceland.')).toEqual(['pledged']);
  });

  it('reads seizing on an issue and settling for less as no seizure and no settlement, and financing as aid only to an actor', () => {
    expect(coded('Senator Anna Berg seized on the remarks of Governor Lars Holm.')).toEqual([]);
    expect(coded('Russian troops seized the port of Berdyansk on Monday.')).toEqual(['seized']);
    expect(coded('Lars Holm had to settle for a cardboard cutout of Anna Berg.')).toEqual([]);
    expect(coded('Governor Lars Holm wants to raise taxes to finance his health plan.')).toEqual([]);
  });

  it('reads a poll’s shares and a measure’s movement as statistics, not acts', () => {
    expect(coded('A survey found that 45 percent of likely voters backed Anna Berg.')).toEqual([]);
    expect(coded('Only a quarter of Norwegians agree with Lars Holm on quotas.')).toEqual([]);
    expect(coded('The Oslo index eased 0.1 percent on Friday.')).toEqual([]);
    expect(coded('The conservative majority on the court refused requests from Lars Holm.')).toEqual(['refused']);
    expect(coded('Senate Majority Leader Anna Berg attacked Lars Holm over his record.')).toEqual(['attacked']);
  });

  it('reads many happenings counted, a habit and what nobody did as no particular event', () => {
    expect(coded('Last year Norwegian police recorded 906 attacks on fishing boats.')).toEqual([]);
    expect(coded('The group has carried out thousands of attacks on ports in the region.')).toEqual([]);
    // A day's number is no count; a few happenings counted may each be particular.
    expect(coded('Lars Holm spoke after the Sept. 11 terrorist attacks on New York.')).toEqual(['attacks']);
    expect(coded('Anna Berg and Lars Holm held three meetings in Oslo last week.')).toEqual(['meetings']);
    expect(coded('Every day, the ministry website gets attacked by hackers from Sweden.')).toEqual([]);
    expect(coded('Lars Holm meets Anna Berg daily at the harbour.')).toEqual([]);
    expect(coded('Lars Holm met Anna Berg at the harbour.')).toEqual(['met']);
    expect(coded('Nobody opposed Anna Berg in the Norwegian parliament.')).toEqual([]);
    expect(coded('None of his rivals attacked Lars Holm over the issue.')).toEqual([]);
    expect(coded('Anna Berg attacked Lars Holm over the issue on Friday.')).toEqual(['attacked']);
  });

  it('reads starting or ending one\'s own run for office as a candidacy, no event', () => {
    expect(coded('Anna Berg launched her presidential campaign in Oslo on Monday.')).toEqual([]);
    expect(coded('Lars Holm suspended his campaign after the Bergen primary.')).toEqual([]);
    expect(coded('Lars Holm attacked her campaign over its ads.')).toEqual(['attacked']);
  });

  it('reads a thing that forces someone to act as a cause, no coercion', () => {
    expect(coded('Her health forced Anna Berg to leave the ceremony in Oslo.')).toEqual([]);
    expect(coded('The new video puts Anna Berg on the defensive, forcing her to explain the deal with Norway.')).toEqual([]);
    expect(coded('Lars Holm forced Anna Berg to leave the ceremony in Oslo.')).toEqual(['forced']);
  });

  it('reads a warning of what others will do or what will happen as a statement, a warning of one\'s own act as a threat', () => {
    expect(coded('Lars Holm warned that Anna Berg would raise the harbour fees.')).toEqual([]);
    expect(coded('Norway warned that it would close the harbour to Swedish boats.')).toEqual(['warned']);
    expect(coded('Lars Holm warned Anna Berg not to close the harbour.')).toEqual(['warned']);
  });

  it('reads an assurance that something is so as a statement, an assurance of one\'s own act or of support as a pledge', () => {
    const assured = (text: string) => coded(text, 'plover').filter((event) => event.startsWith('assured'));
    expect(assured('Governor Tashko assured supporters in Marrowdale on Monday that the review would clear her.')).toEqual([]);
    expect(assured('The Brindavian team assured Senator Ortiz they would weigh her advice on appointments.')).toEqual(['assured AGREE']);
    expect(assured('Chancellor Brandt assured Velmora of continued support.')).toEqual(['assured AGREE']);
  });

  it('reads what the law allows to be done to no one named as no particular event', () => {
    expect(coded('To openly praise the acts of the junta can be punished with up to three years in jail.')).toEqual([]);
    expect(coded('Lars Holm could be punished by the Norwegian court for the insult.')).toEqual(['punished']);
  });

  it('reads a habit, a difference and a message blasted out as no acts', () => {
    expect(coded('Norwegian Conservatives tend to prioritize fiscal concerns over quotas.')).toEqual([]);
    expect(coded('Anna Berg said her account differed from the one Lars Holm gave.')).toEqual([]);
    expect(coded('The campaign of Anna Berg blasted out an email about Lars Holm.')).toEqual([]);
  });

  it('reads a town that owns the place where an act happened as its place, not its target', () => {
    const [blast] = succeeded(analyze({ text: 'A suicide bomber detonated his vest in the middle of Bergen’s old harbour district.', publishedAt: PUBLISHED }, { events: 'all' })).events;
    expect(blast?.trigger.text).toBe('detonated');
    expect(blast?.target).toEqual([]);
  });

  it('reads campaigning for or with someone as backing them, and campaigning in a state as no event', () => {
    expect(coded('Senator Anna Berg campaigned for Lars Holm in Bergen on Monday.', 'plover')).toEqual(['campaigned SUPPORT']);
    expect(coded('Senator Anna Berg campaigned in Bergen on Monday.')).toEqual([]);
  });

  it('reads going beyond something as no visit', () => {
    expect(coded('Tom Ortiz spoke on Monday. The doubts being expressed by many dairy farmers go beyond Ortiz\'s pledge on quotas.', 'plover')).toEqual(['pledge AGREE']);
  });

  it('reads determining and pondering as thought, no event ("its investigation determined that ...")', () => {
    expect(coded('The Norwegian Labour Party said its investigation determined that Danish hackers were behind the breach.')).toEqual(['investigation']);
  });

  it('reads breaking up a company as coercion and breaking molds, news or ranks as no event', () => {
    expect(coded('Senator Anna Berg proposes breaking up the Bergen Fishing Company.', 'plover')).toEqual(['breaking COERCE']);
    expect(coded('Lars Holm is once again breaking the mold on election night.')).toEqual([]);
    expect(coded('The Bergen Post broke the story of Lars Holm in March.')).toEqual([]);
  });

  it('reads targeting, firing, surrounding and hurting as force only where the sentence tells of force', () => {
    expect(coded('A new super PAC released online ads targeting Anna Berg on immigration.')).toEqual([]);
    expect(coded('Lars Holm fired his campaign manager on Monday.')).toEqual([]);
    expect(coded('The drama that has surrounded Anna Berg’s emails grew.')).toEqual([]);
    expect(coded('Russian troops fired on the town of Kupiansk on Monday.', 'plover')).toEqual(['fired ASSAULT']);
    expect(coded('Senator Anna Berg will fight on to the convention in July.')).toEqual([]);
    expect(coded('Lars Holm hit the trail in Bergen on Monday.')).toEqual([]);
    expect(coded('The Norwegian coalition fighting ISIS in Syria grew to 12 countries.', 'plover')).toEqual(['fighting ASSAULT']);
  });

  it('reads capturing, catching and pulling as a seizure only where the sentence tells of force', () => {
    expect(coded('Within two weeks, Lars Holm has captured the hearts of voters in Bergen.')).toEqual([]);
    expect(coded('Anna Berg was caught on video with Lars Holm on Monday.')).toEqual([]);
    expect(coded('Anna Berg needs large wins to catch Lars Holm in the delegate count.')).toEqual([]);
    expect(coded('The Bergen Post pulled the article by Lars Holm on Monday.')).toEqual([]);
    expect(coded('Arakan Army fighters captured the Myanmar port town of Kyaukphyu on Sunday.', 'plover')).toEqual(['captured COERCE']);
  });

  it('reads overshadowing, dominating, overwhelming and containing as force or coercion only where the sentence tells of force', () => {
    expect(coded('Lars Holm dominated the Labour field for months.')).toEqual([]);
    expect(coded('Anna Berg overwhelmed Lars Holm in Bergen and Oslo.')).toEqual([]);
    expect(coded('The ministry found 600 emails of Anna Berg containing classified information.')).toEqual([]);
    expect(coded('Lars Holm struck a chord with voters in Bergen.')).toEqual([]);
    expect(coded('Anna Berg was keen to strike out on her own.')).toEqual([]);
  });

  it('reads "it\'s fine" as no fine and a capitalised March inside a sentence as the month', () => {
    expect(coded('“It’s fine,” Lars Holm said of the harbour fees.')).toEqual([]);
    expect(coded('Anna Berg is unlikely to win the union after her March comment about Lars Holm.')).toEqual([]);
  });

  it('reads delivering as aid only to someone named, and a victory delivered as no aid', () => {
    expect(coded('Anna Berg delivers a superb speech onstage in Bergen.')).toEqual([]);
    expect(coded('The voters of Bergen delivered a victory to Lars Holm.')).toEqual([]);
    expect(coded('Germany delivered four more air defence systems to Ukraine last month.', 'plover')).toEqual(['delivered AID']);
  });

  it('reads an offensive that something was, and a charm offensive, as no offensive', () => {
    expect(coded('“It was offensive,” Anna Berg said of the remarks of Lars Holm.', 'plover').filter((event) => event.startsWith('offensive'))).toEqual([]);
    expect(coded('Anna Berg waged a charm offensive across Norway.').filter((event) => event.startsWith('offensive'))).toEqual([]);
  });

  it('reads taking as a seizure only by a pattern, and paid employees as no payment', () => {
    expect(coded('Lars Holm headed the Bergen Fishing Company from 2009 to 2013.')).toEqual([]);
    expect(coded('Anna Berg wants to unify the Labour Party before the election.')).toEqual([]);
    expect(coded('Lars Holm linked the leak to Anna Berg on Monday.')).toEqual([]);
    expect(coded('Norway increased aid to Ukraine on Monday.', 'plover')).toEqual(['increased AID']);
    expect(coded('That rule does not apply to other state employees, Anna Berg said.')).toEqual([]);
    expect(coded('Lars Holm said praise from Anna Berg would not affect his policy toward Sweden.')).toEqual([]);
    expect(coded('Anna Berg contrasted her efforts in Libya with the response of Lars Holm.')).toEqual([]);
    expect(coded('Many people at his rallies agreed with Lars Holm on the issue.')).toEqual([]);
    expect(coded('India and Pakistan agreed to a ceasefire on Monday.', 'plover')).toEqual(['agreed AGREE']);
    // A time after the object does not hide the candidacy it names.
    expect(coded('Senator Lars Holm suspended his presidential campaign Wednesday evening.')).toEqual([]);
    expect(coded('Sometimes Lars Holm would take his little brother Anna Berg to Oslo.')).toEqual([]);
    expect(coded('The campaign of Anna Berg had 197 paid employees and consultants.')).toEqual([]);
  });

  it('reads an event noun inside a name as a word of the name', () => {
    expect(coded('Anna Berg blasted the Norwegian Bureau of Investigation on Tuesday.').filter((event) => event.startsWith('Investigation'))).toEqual([]);
  });

  it('reads a speech delivered as no aid, and a share like "three of four" as a poll', () => {
    expect(coded('At the convention, Anna Berg delivered an emotional speech about Lars Holm.')).toEqual([]);
    expect(coded('Senator Anna Berg criticized the speech of Lars Holm.', 'plover')).toEqual(['criticized ACCUSE']);
    expect(coded('In a poll released Sunday, three of four Norwegians disapproved of Lars Holm.')).toEqual([]);
  });

  it('reads counting on someone, revealing and being saddened as no acts', () => {
    expect(coded('Conservatives can no longer count on Lars Holm.')).toEqual([]);
    expect(coded('The Bergen Post revealed that Anna Berg met Lars Holm.')).toEqual(['met']);
  });

  it('reads delegates and votes won as an election’s business, and time left to go as no trip', () => {
    expect(coded('Senator Anna Berg can easily assemble the delegates she needs to beat Lars Holm.').filter((event) => event.startsWith('assemble'))).toEqual([]);
    expect(coded('The race between Anna Berg and Lars Holm has one day to go until the primary.')).toEqual([]);
  });

  it('reads challenging someone for a seat or in a primary as running against them, and a dare as a challenge', () => {
    expect(coded('Anna Berg is challenging Senator Lars Holm for his seat in the state senate.')).toEqual([]);
    expect(coded('Karin Lund will be challenging incumbent Rep. Lars Holm next year.')).toEqual([]);
    expect(coded('Anna Berg challenged Lars Holm to a debate before the primary.')).toEqual(['challenged']);
    expect(coded('Anna Berg challenged Lars Holm over his remarks about the port.')).toEqual(['challenged']);
  });

  it('reads admitting people as asylum given, and admitting that or to something as a statement', () => {
    expect(coded('Sweden admitted 5,000 Afghan refugees in March.', 'cameo', 'plover')).toEqual(['admitted 075 AID']);
    expect(coded('Lars Holm admitted to reporters that the port deal had failed.')).toEqual([]);
    expect(coded('The Swedish ministers had to admit they misjudged Anna Berg.')).toEqual([]);
    expect(coded('Anna Berg did not admit wrongdoing in the Oslo case.')).toEqual([]);
  });

  it('codes collaborating as cooperation, complying as yielding, agitating for as a demand, going after someone as an attack in words, rebuffing as a refusal, cooperating as cooperation and encouraging someone to act as an appeal', () => {
    expect(coded('Anna Berg collaborated with Lars Holm on the harbour plan.', 'plover')).toEqual(['collaborated COOPERATE']);
    expect(coded('Latvia complied with the demand of Estonia on Monday.', 'plover')).toEqual(['complied CONCEDE']);
    expect(coded('Anna Berg is agitating for changes within the Swedish Social Democratic Party.', 'plover')).toEqual(['agitating REQUEST']);
    expect(coded('Lars Holm went after Anna Berg for her votes on the port.', 'cameo', 'plover')).toEqual(['went 111 ACCUSE']);
    expect(coded('Anna Berg has called out Lars Holm for his remarks about the port.', 'cameo', 'plover')).toEqual(['called 111 ACCUSE']);
    expect(coded('Lars Holm rebuffed several requests from Anna Berg for an interview.', 'cameo', 'plover', 'status')).toEqual(['rebuffed 120 REJECT refused']);
    expect(coded('The harbour company said it was cooperating with Norwegian prosecutors.', 'cameo', 'plover')).toEqual(['cooperating 060 COOPERATE']);
    expect(coded('Anna Berg encouraged Lars Holm to testify before the committee.', 'cameo', 'plover')).toEqual(['encouraged 020 REQUEST']);
    expect(coded('Anna Berg encouraged the efforts of Lars Holm on Monday.', 'cameo', 'plover')).toEqual(['encouraged 051 SUPPORT']);
  });

  it('reads a candidate who captures states as winning them, whatever the parse heads the name at, and competing as no interaction', () => {
    expect(coded('Anna Berg has captured Texas and Oklahoma.')).toEqual([]);
    expect(coded('Lars Holm competed hard in Virginia against Anna Berg.')).toEqual([]);
  });

  it('reads "going to" before a verb as the future, not a trip', () => {
    expect(coded('Anna Berg is going to kind of have the post that Lars Holm once had.')).toEqual([]);
    expect(coded('Anna Berg is going to Oslo to see Lars Holm.')).toContain('going to');
  });

  it('reads arriving in a body as taking a seat', () => {
    expect(coded('Lars Holm arrived in Congress in 1993.')).toEqual([]);
    expect(coded('Lars Holm arrived in Beijing on Monday.')).toEqual(['arrived']);
  });

  it('reads a verb acting on its own doer, a reflexive object and no target, as no event', () => {
    expect(coded('Senator Anna Berg quickly distanced herself from the harbour bill.')).toEqual([]);
    expect(coded('Norway kept from shooting itself in the foot while it retaliated against Swedish trawlers.')).toEqual(['retaliated']);
  });

  it('reads a trigger in a direct question as asked, not told, but not one before a question quoted after it', () => {
    expect(coded('Anna Berg met Lars Holm in Oslo on Monday. Did the harbour board of Lars Holm refuse to hand over the documents?')).toEqual(['met']);
    expect(coded('Asked by Lars Holm to respond to the criticism, Anna Berg said, “What does it say about the harbour?”')).toEqual(['Asked']);
  });

  it('reads yielding, praise or protest with a that-clause right after the verb as a statement, but not a demonstrative or pronoun "that"', () => {
    expect(coded('Aides to Anna Berg quietly conceded that the vote had gone badly for the party.')).toEqual([]);
    expect(coded('Lars Holm affirmed that he likes Anna Berg to the radio host.')).toEqual([]);
    expect(coded('The campaign of Lars Holm protested that aides to Anna Berg were being unfair.')).toEqual([]);
    expect(coded('Anna Berg proposed a debate in Oslo, but Lars Holm rejected that, too.', 'plover')).toEqual(['rejected REJECT']);
    expect(coded('Lars Holm rejected that argument in a ruling on Thursday.', 'plover')).toEqual(['rejected REJECT']);
  });

  it('reads talking a topic over or going somewhere with no one it is done with as no consultation', () => {
    expect(coded('Anna Berg discussed her plan for the harbour at a dinner on Monday.')).toEqual([]);
    expect(coded('President Lars Holm arrives to speak during a harbour festival in Bergen.')).toEqual([]);
    expect(coded('Lars Holm was traveling through Norway to see the harbour.')).toEqual([]);
    expect(coded('The shipyard of Lars Holm ran into financial trouble last year.')).toEqual([]);
    expect(coded('Anna Berg discussed the harbour plan with Lars Holm on Monday.')).toEqual(['discussed']);
    expect(summary('Anna Berg and Lars Holm discussed the harbour plan on Monday.', 'all')).toEqual(['discussed CONSULT Anna Berg -> Lars Holm occurred']);
  });
});

describe('verbal attacks', () => {
  it('codes an attack in words as criticism, and an attack with force as force', () => {
    expect(coded('Senator Anna Berg attacked Governor Lars Holm over his handling of the harbour fees.', 'cameo', 'plover')).toEqual(['attacked 111 ACCUSE']);
    expect(coded('A new group has been hitting Anna Berg with ads in Iowa.', 'cameo', 'plover')).toEqual(['hitting 111 ACCUSE']);
    expect(coded('Russian troops attacked the town of Kupiansk over the weekend.', 'cameo', 'plover')).toEqual(['attacked 190 ASSAULT']);
  });

  it('codes an attack verb whose object is a person as criticism where nothing tells of force', () => {
    expect(coded('A new group that only attacks Anna Berg raised money in Bergen.', 'cameo', 'plover')).toContain('attacks 111 ACCUSE');
    expect(coded('Gunmen attacked Lars Holm outside his home, killing his driver.', 'cameo', 'plover')).toContain('attacked 190 ASSAULT');
  });

  it('codes an attack made by a person as criticism where nothing tells of force, but not a person who hits a place', () => {
    expect(coded('Anna Berg attacked the new fishing quota on Tuesday.', 'cameo', 'plover')).toEqual(['attacked 111 ACCUSE']);
    expect(coded('Lars Holm has blasted the harbour board for its delays.', 'cameo', 'plover')).toEqual(['blasted 111 ACCUSE']);
    expect(coded("Lars Holm's harsh attacks on the quota won him votes.", 'cameo', 'plover')).toEqual(['attacks 111 ACCUSE']);
    expect(coded('Anna Berg shrugged off attacks from her rival Lars Holm.', 'cameo', 'plover')).toContain('attacks 111 ACCUSE');
    expect(coded('Lars Holm carried out a murderous attack on the harbour office.', 'cameo', 'plover')).toEqual(['attack 190 ASSAULT']);
    expect(coded('Lars Holm hits Bergen on Friday for his farewell concert.', 'cameo', 'plover')).not.toContain('hits 111 ACCUSE');
  });

  it('codes defending in words as support (052), and defending with force as protection', () => {
    expect(coded('Governor Lars Holm on Sunday defended Anna Berg, saying she had done nothing wrong.', 'cameo', 'plover')).toContain('defended 052 SUPPORT');
    expect(coded('Norwegian troops defended the town of Kirkenes against the rebels.', 'cameo', 'plover')).not.toContain('defended 052 SUPPORT');
  });

  it('reads written words as the ground of an attack in words, unless the sentence tells of a deadly one', () => {
    expect(coded('In a letter on Friday, Senator Anna Berg attacked Governor Lars Holm.', 'cameo', 'plover')).toEqual(['attacked 111 ACCUSE']);
    expect(coded('Senator Anna Berg blasted the court in a column for the Bergen Post.', 'cameo', 'plover')).toEqual(['blasted 111 ACCUSE']);
    expect(coded('A memo described the fatal attack on the Norwegian consulate in Kabul.', 'cameo', 'plover')).toContain('attack 190 ASSAULT');
  });

  it('codes an attack noun aimed at a person as criticism, a strike named by its place or with force as force, and an attack ad as nothing', () => {
    expect(coded('Senator Anna Berg is known for her attacks on Lars Holm.', 'cameo', 'plover')).toEqual(['attacks 111 ACCUSE']);
    expect(coded('The Bergen attacks killed 12 people in November.', 'cameo', 'plover')).toContain('attacks 190 ASSAULT');
    expect(coded('A terrorist attack on Anna Berg shocked Norway.', 'cameo', 'plover')).toEqual(['attack 190 ASSAULT']);
    expect(coded('The Bergen attacks dominated the campaign debate.', 'cameo', 'plover')).toEqual(['attacks 190 ASSAULT']);
    expect(coded('Lars Holm spoke in Bergen. His attacks dominated the campaign debate.', 'cameo', 'plover')).toContain('attacks 111 ACCUSE');
    expect(coded('Anna Berg laughed off the attack ad on Monday.')).toEqual([]);
    // The tagger's verb after "to" is the noun; partisan attacks from critics are in words.
    expect(coded('The mood veered from celebrations to attacks on Mrs. Anna Berg.', 'cameo', 'plover')).toEqual(['attacks 111 ACCUSE']);
    expect(coded('Lars Holm stood firm despite fierce partisan attacks from the Centre Party.', 'cameo', 'plover')).toEqual(['attacks 111 ACCUSE']);
    expect(coded('Anna Berg says she is under political attack because of her rise in the polls.', 'cameo', 'plover')).toEqual(['attack 111 ACCUSE']);
  });

  it('codes an attack noun on a person no name picks out as criticism, and lashing or an offensive against someone likewise', () => {
    expect(coded("Senator Anna Berg played down Lars Holm's attack on a local judge's Swedish roots.", 'cameo', 'plover')).toContain('attack 111 ACCUSE');
    expect(coded('Lars Holm carried out an attack on the harbour office in Bergen.', 'cameo', 'plover')).toEqual(['attack 190 ASSAULT']);
    expect(coded('A masked gunman carried out an attack on a local judge in Bergen.', 'cameo', 'plover')).toEqual(['attack 190 ASSAULT']);
    expect(coded('After lashing Governor Lars Holm in a speech, Anna Berg left for Oslo.', 'cameo', 'plover')).toContain('lashing 111 ACCUSE');
    expect(coded('Anna Berg went on the offensive against Lars Holm on Tuesday.', 'cameo', 'plover')).toEqual(['offensive 111 ACCUSE']);
  });

  it('codes "expressed" only through its patterns: a desire expressed is a statement, disappointment is disapproval', () => {
    expect(coded('Norwegian Prime Minister Erik Haugland expressed a desire for the talks to resume.', 'plover')).toEqual([]);
    expect(coded('Norwegian Prime Minister Jonas Gahr Store expressed disappointment with Sweden.', 'plover')).toEqual(['expressed ACCUSE']);
  });

  it('codes negotiating as negotiation, as the CAMEO codebook does', () => {
    expect(summary('Norwegian Prime Minister Jonas Gahr Store negotiated with Iceland on Monday.')).toEqual([expect.stringMatching(/^negotiated CONSULT Jonas Gahr Store -> Iceland occurred$/)]);
  });
});

describe('verbs the tagger reads as nouns, and positions held now', () => {
  it('reads a word in -s after a subject pronoun, or after a name with no article, as the verb', () => {
    expect(coded('The row deepened on Monday. She urges Sweden to cut its fees.', 'plover', 'status')).toEqual(['urges REQUEST ongoing']);
    expect(coded('The row deepened on Monday. Anna Berg calls for more spending on the harbour.', 'plover', 'status')).toEqual(['calls REQUEST ongoing']);
    expect(coded('The row deepened on Monday. Anna Berg called for more spending on the harbour.', 'plover', 'status')).toEqual(['called REQUEST occurred']);
    expect(coded('The row deepened on Monday. The Anna Berg calls to Oslo were recorded.', 'plover', 'status')).toEqual(['calls CONSULT occurred']);
  });

  it('reads support and criticism in the present, past a relative pronoun or an adverb, as positions held now', () => {
    expect(coded('The row deepened on Monday. Lars Holm supports Anna Berg.', 'plover', 'status')).toEqual(['supports SUPPORT ongoing']);
    expect(coded('The row deepened on Monday. Lars Holm met Per Lind, who frequently criticizes the Danish government.', 'plover', 'status')).toContain('criticizes ACCUSE ongoing');
  });

  it('reads the bare present after "they" or "you" as a position held now, not after "I" or an auxiliary', () => {
    expect(coded('The row grew. Most delegates say they support Anna Berg.', 'status')).toEqual(['support ongoing']);
    expect(coded('The row grew. I urge the council to act, Anna Berg wrote.', 'status')).toEqual(['urge occurred']);
  });

  it('reads support in the bare present after "I" or "we" as a position held now, not a rebuke or an endorsement made in the saying', () => {
    expect(coded('The row grew. Yes, I support Tom Ortiz, Anna Berg said.', 'status')).toEqual(['support ongoing']);
    expect(coded('The row grew. We strongly support Tom Ortiz, the union said.', 'status')).toEqual(['support ongoing']);
    expect(coded('The row grew. We condemn Lars Holm, the union said.', 'status')).toEqual(['condemn occurred']);
    expect(coded('The row grew. We endorse Tom Ortiz, the union said.', 'status')).toEqual(['endorse occurred']);
    expect(coded('The row grew. I supported Tom Ortiz, Anna Berg said.', 'status')).toEqual(['supported occurred']);
  });

  it('reads an -ing participle right after a noun as the position its holders keep, not a message\'s one act', () => {
    expect(coded('The row grew. Two groups backing Anna Berg raised money in Oslo.', 'status')).toEqual(['backing ongoing']);
    expect(coded('The row grew. Anna Berg wrote a letter urging the council to act.', 'status')).toEqual(['urging occurred']);
    expect(coded('The row grew. The mayor was the loudest voice at the meeting, mocking Lars Holm as a novice.', 'status')).toEqual(['mocking occurred']);
  });

  it('reads the present tense of the title and standfirst lines as a past event', () => {
    expect(coded('Harbour row deepens\n\nLars Holm criticizes Anna Berg over fees.\n\nThe row over the Bergen harbour fees deepened on Monday, when the mayor spoke to the council for an hour about them.', 'plover', 'status')).toContain('criticizes ACCUSE occurred');
  });
});

describe('event confidence (data/events/confidence.json)', () => {
  const evidence: EventEvidence = { rule: 'cameo:PRAISE', trigger: 'praised', plover: 'SUPPORT', quadClass: 1, status: 'occurred', sourceTypes: ['PERSON'], hasTarget: false, targetTypes: [], sourceNamed: true, targetNamed: false, quoted: false, dated: false, placed: false };
  const on = (features: ReadonlySet<string>) => [...features];

  it('names the features of an event: how it was coded, its actors and their kinds, its PLOVER category, whether it is dated and placed, and its trigger\'s verb form', () => {
    expect(on(eventFeatures(evidence))).toEqual(['source', 'source-person', 'verbal-cooperation', 'counterpart-missing', 'source-named', 'trigger-ed', 'plover:SUPPORT', 'entry:cameo:PRAISE', 'trigger:praised']);
    expect(on(eventFeatures({ ...evidence, rule: 'curated:rebuked', trigger: 'Rebuked', plover: 'ACCUSE', quadClass: 3, hasTarget: true, dated: true }))).toEqual(['source', 'source-person', 'target', 'curated', 'verbal-conflict', 'source-named', 'dated', 'trigger-ed', 'plover:ACCUSE', 'entry:curated:rebuked', 'trigger:rebuked']);
    expect(on(eventFeatures({ ...evidence, hasTarget: true, targetTypes: ['GPE'], placed: true }))).toEqual(['source', 'source-person', 'target', 'verbal-cooperation', 'source-named', 'target-group', 'placed', 'trigger-ed', 'plover:SUPPORT', 'entry:cameo:PRAISE', 'trigger:praised']);
    expect(on(eventFeatures({ ...evidence, trigger: 'backing' }))).toContain('trigger-ing');
    expect(on(eventFeatures({ ...evidence, trigger: 'meets with' }))).not.toContain('trigger-ed');
    expect(on(eventFeatures({ ...evidence, trigger: 'meets with' }))).not.toContain('trigger-ing');
  });

  it('names the dictionary entry that coded the trigger, whatever line or actor rule the rule adds', () => {
    expect(entryFeature('cameo:MEET_PEOPLE:line 3502+appos')).toBe('entry:cameo:MEET_PEOPLE');
    expect(entryFeature('complement:demand:urged to verb')).toBe('entry:complement:demand');
    expect(entryFeature('nominal:talks')).toBe('entry:nominal:talks');
    expect(isEntryFeature(entryFeature('nominal:talks'))).toBe(true);
    expect(isEntryFeature('plover:SUPPORT')).toBe(false);
  });

  it('names the trigger\'s own words, lower-cased and with one space between them, apart from the entry that coded them', () => {
    expect(triggerFeature('Met  with')).toBe('trigger:met with');
    expect(isTriggerFeature(triggerFeature('attacks'))).toBe(true);
    expect(isTriggerFeature(entryFeature('nominal:attacks'))).toBe(false);
  });

  it('marks a verb of a counterpart category told without its target, but not an event noun or a category often told without one', () => {
    expect(on(eventFeatures(evidence))).toContain('counterpart-missing');
    expect(on(eventFeatures({ ...evidence, hasTarget: true }))).not.toContain('counterpart-missing');
    expect(on(eventFeatures({ ...evidence, rule: 'nominal:summit', plover: 'CONSULT' }))).not.toContain('counterpart-missing');
    expect(on(eventFeatures({ ...evidence, plover: 'PROTEST' }))).not.toContain('counterpart-missing');
  });

  it('tells a source named in the sentence and a trigger in someone\'s own words', () => {
    expect(on(eventFeatures({ ...evidence, quoted: true, targetNamed: true }))).toEqual(expect.arrayContaining(['source-named', 'target-named', 'quoted']));
    expect(on(eventFeatures({ ...evidence, sourceNamed: false }))).not.toContain('source-named');
  });

  it('keeps by default the events whose confidence reaches the threshold, and every event with events: all', () => {
    const text = '"They attacked the plan," Lars Berg said. Norwegian Prime Minister Jonas Gahr Store met Icelandic President Halla Tomasdottir in Reykjavik on Tuesday.';
    const likely = analyzed(text);
    const all = succeeded(analyze({ text, publishedAt: PUBLISHED }, { events: 'all' }));
    expect(all.events.map((event) => event.trigger.text)).toEqual(['attacked', 'met']);
    // An attack with no actor named, in someone's own words, is less likely real than a meeting of two named leaders.
    expect(all.events[0]!.confidence).toBeLessThan(likelyEventThreshold());
    expect(all.events[1]!.confidence).toBeGreaterThan(all.events[0]!.confidence);
    expect(likely.events.map((event) => event.id)).toEqual([all.events[1]!.id]);
  });
});

describe('times of an article with no publication date', () => {
  it('keeps the words that date an event, undated, and still dates what names its year', () => {
    const times = succeeded(analyze({ text: 'Mayor Tom Ortiz met Governor Lisa Park on Tuesday. Park met Ortiz again on March 3, 2024.' })).events.map((event) => event.time);
    expect(times).toEqual([
      { span: expect.objectContaining({ text: 'Tuesday' }), start: null, end: null },
      { span: expect.objectContaining({ text: 'March 3, 2024' }), start: '2024-03-03', end: '2024-03-04' },
    ]);
  });
});

describe('an event’s date running past the comma that ends its clause', () => {
  it('dates the event by the whole date ("on March 3, 2024")', () => {
    const [meeting] = analyzed('Mayor Tom Ortiz met Governor Lisa Park on March 3, 2024.').events;
    expect(meeting?.time).toEqual({ span: expect.objectContaining({ text: 'March 3, 2024' }), start: '2024-03-03', end: '2024-03-04' });
  });
});

describe('attitudes, held resolves and vowed acts (events-r21)', () => {
  it('codes no event for admiring or respecting someone, or for staying as one is', () => {
    expect(coded('Senator Velloran admires Governor Tashko as a tireless builder of bridges.')).toEqual([]);
    expect(coded('Mayor Quillon said she deeply respects Senator Velloran and his long record on water.')).toEqual([]);
    expect(coded('The Ostrava delegation remained neutral throughout the long dispute over the river.')).toEqual([]);
  });

  it('codes appreciating someone as praise, but not appreciating a thing', () => {
    expect(coded('Governor Tashko said she appreciated Senator Velloran\'s apology on Friday.', 'plover')).toContain('appreciated SUPPORT');
    expect(coded('Governor Tashko appreciates the need to widen the canal before winter.')).toEqual([]);
  });

  it('reads a resolve held after a linking verb as no pledge, and keeps a pledge made', () => {
    expect(coded('Senator Velloran remains firmly committed to finishing the canal race through the autumn.')).toEqual([]);
    expect(coded('Mayor Quillon is assured of carrying at least forty wards next month.')).toEqual([]);
    expect(coded('Brindavia and Ostrava committed to send 400 engineers to Marrowdale at a meeting of their ministers.', 'plover')).toContain('committed AGREE');
  });

  it('codes a boycott by people as a protest, and an act vowed as still to come', () => {
    expect(coded('The Marrowdale teachers boycotted Governor Tashko\'s address on Tuesday.', 'cameo')).toContain('boycotted 143');
    expect(coded('The Marrowdale teachers made a vow to boycott Governor Tashko\'s address.', 'cameo', 'status')).toContain('boycott 143 planned');
    // A vow after an event noun does not make the event to come.
    expect(coded('Senator Velloran\'s sharp attacks on Governor Tashko and his promise to build a canal won him the ward.', 'status')).toContain('attacks occurred');
  });

  it('reads signing a bill, a letter or a statement as no accord, and keeps an agreement signed', () => {
    const signed = (text: string) => coded(text, 'plover').filter((event) => event.startsWith('sign'));
    expect(signed('Governor Tashko signed the $40 million canal measure two weeks ago.')).toEqual([]);
    expect(signed('Forty Brindavian mayors signed an open letter on Monday about the canal.')).toEqual([]);
    expect(signed('The Ostrava statement was signed by the river council in 1911.')).toEqual([]);
    expect(signed('Brindavia signed an agreement with Ostrava on Monday to share the river.')).toEqual(['signed SUPPORT']);
  });

  it('codes hosting as a visit only for someone named, not an event hosted', () => {
    const hosted = (text: string) => coded(text, 'cameo').filter((event) => event.startsWith('host'));
    expect(hosted('Governor Tashko hosted a lakeside cookout for her neighbours on Sunday.')).toEqual([]);
    expect(hosted('The candidates met at a town hall hosted by the Marrowdale Gazette.')).toEqual([]);
    expect(hosted('President Okonkwo hosted Chancellor Brandt for a state visit on Monday.')).toEqual(['hosted 043']);
    expect(hosted('Brindavia said it could host direct talks between Ostrava and Velmora in Marrowdale.')).toHaveLength(1);
  });

  it('codes attending as a visit only of a meeting, not of a rally or a fundraiser', () => {
    const attended = (text: string) => coded(text, 'plover').filter((event) => event.startsWith('attend'));
    expect(attended('Senator Velloran attended a rally in Marrowdale on Friday.')).toEqual([]);
    expect(attended('Governor Tashko hosted a fundraiser attended by Senator Velloran.')).toEqual([]);
    expect(attended('Senator Velloran attended Governor Tashko\'s rally on Friday.')).toEqual([]);
    expect(attended('Chancellor Brandt will not attend next week\'s river summit in Marrowdale.')).toEqual(['attend CONSULT']);
    expect(attended('Minister Brandt attended the summit with President Okonkwo in Marrowdale.')).toEqual(['attended CONSULT']);
    expect(attended('Chancellor Brandt attended talks with Ostrava on Monday.')).toEqual(['attended CONSULT']);
  });

  it('reads what voters back or reject as their vote, and keeps one actor backing another', () => {
    const choices = (text: string) => coded(text, 'plover').filter((event) => /^(rejected|supporting|backed)/.test(event));
    expect(choices('Voters in Marrowdale rejected Senator Velloran in the primary.')).toEqual([]);
    expect(choices('Canvassers called voters who are supporting Senator Velloran.')).toEqual([]);
    expect(choices('Caucusgoers backed Governor Tashko by a wide margin.')).toEqual([]);
    expect(choices('Senator Velloran backed Governor Tashko on Tuesday.')).toEqual(['backed SUPPORT']);
  });

  it('reads dropping out as leaving a race or a ranking, no concession', () => {
    expect(coded('Senator Velloran, who dropped out last month, endorsed Governor Tashko.')).toEqual(['endorsed']);
    expect(coded('Governor Tashko dropped out of the top five in the monthly Gazette rankings.')).toEqual([]);
  });

  it('codes contributing and donating only as aid a pattern names, not money given or a share in a result', () => {
    const given = (text: string) => coded(text, 'cameo').filter((event) => /^(contributed|donated)/.test(event));
    expect(given('The Velloran donor contributed $5,000 to a super PAC backing Governor Tashko.')).toEqual([]);
    expect(given('Rising rents contributed to the unease of the Marrowdale council.')).toEqual([]);
    expect(given('Brindavia contributed troops to the river mission.')).toEqual(['contributed 072']);
    expect(given('Ostrava donated vaccines to Velmora on Monday.')).toEqual(['donated 073']);
  });
});

describe('event actors in relative clauses, manner phrases and inquiries', () => {
  it('reads a "by" before a gerund as how a verb after a noun was done, not as a passive agent', () => {
    const countered = summary('Velloran proposed a debate on Friday. The Tashko campaign countered Sunday by proposing three other dates.', 'all').filter((event) => event.startsWith('countered'));
    expect(countered).toHaveLength(1);
    expect(countered[0]).toMatch(/^countered \w+ Tashko ->/);
  });

  it('aims an inquiry at the owner named right after its "into"', () => {
    const investigation = summary('Governor Lena Tashko denied any wrongdoing. Records found during the investigation into her office budget were published.', 'all').filter((event) => event.startsWith('investigation'));
    expect(investigation).toHaveLength(1);
    expect(investigation[0]).toContain('-> Lena Tashko');
  });

  it('reads a "who" on a body\'s common noun as the person the phrase describes, and a "which" as no person', () => {
    const backed = summary('Robert Lind, the mega-donor and co-founder of the Aker Holdings hedge fund who once backed Senator Anna Berg, is launching a group.', 'all').filter((event) => event.startsWith('backed'));
    expect(backed).toEqual([expect.stringMatching(/^backed SUPPORT Robert Lind -> Anna Berg/)]);
    const coordinates = summary('Ana Okafor got a boost from Citizens United, led by her ally Tom Reed, which coordinates directly with Lena Marsh.', 'all').filter((event) => event.startsWith('coordinates'));
    expect(coordinates.every((event) => !event.includes('Tom Reed ->'))).toBe(true);
  });
});

describe('event actors of participles after a noun and calls for a policy', () => {
  it('reads a participle with a "by" agent after its noun as a passive on that noun, not on the names before it', () => {
    const attended = summary('Lena Ortiz organized a march against the Velmar trade pact in Denver attended by Tom Okafor.', 'all').filter((event) => event.startsWith('attended'));
    expect(attended).toEqual([expect.stringMatching(/^attended \w+ Tom Okafor -> - /)]);
    const requested = summary('Party leaders hoped the summit, requested by Anna Berg, would calm the caucus.', 'all').filter((event) => event.startsWith('requested'));
    expect(requested).toEqual([expect.stringMatching(/^requested REQUEST Anna Berg -> - /)]);
    // A noun that names an actor is the one acted on.
    const backed = summary('Mayor Lena Ortiz, backed by Senator Tom Okafor, won the runoff.', 'all').filter((event) => event.startsWith('backed'));
    expect(backed).toEqual([expect.stringMatching(/^backed SUPPORT Tom Okafor -> Mayor Lena Ortiz /)]);
    // An active verb whose object the parse gives a "by" stays active.
    expect(summary('The mayor Anna Berg has denounced suggestions by Senator Lena Ortiz that taxes rise.', 'all').find((event) => event.startsWith('denounced'))).toMatch(/^denounced ACCUSE Anna Berg -> /);
  });

  it('reads a participle with an agent that opens the sentence as done to the main clause\'s subject', () => {
    expect(summary('Pressed by host Lars Holm, Tom Okafor said there was no evidence.', 'all').find((event) => event.startsWith('Pressed'))).toMatch(/^Pressed REQUEST Lars Holm -> Tom Okafor /);
  });

  it('reads the subject before a long apposition set off by commas', () => {
    expect(summary('At the rally, Anna Berg, a lawyer from Ohio and longtime Green Party activist, accused Tom Okafor of lying.', 'all').find((event) => event.startsWith('accused'))).toMatch(/^accused ACCUSE Anna Berg -> Tom Okafor /);
  });

  it('takes no one the policy a call asks for would reach as the call\'s target, but one named right after its "for"', () => {
    expect(summary('Senator Tom Okafor renewed his call for a ban on Velmarians entering the country.', 'all').find((event) => event.startsWith('call for'))).toMatch(/^call for REQUEST Tom Okafor -> - /);
    expect(summary('Anna Berg\'s call for Okafor to resign drew cheers.', 'all').find((event) => event.startsWith('call for'))).toMatch(/^call for REQUEST Anna Berg -> Okafor /);
    // The verb likewise.
    expect(summary('Senator Tom Okafor called for a ban on Velmarians.', 'all').find((event) => event.startsWith('called'))).toMatch(/^called REQUEST Tom Okafor -> - /);
    expect(summary('Tom Okafor spoke first. Anna Berg then called for Okafor\'s resignation.', 'all').find((event) => event.startsWith('called'))).toMatch(/^called REQUEST Anna Berg -> Tom Okafor /);
  });
});

describe('event actors after a sense-giving preposition and a fronted gerund (events31)', () => {
  it('takes whom a verb coded by its preposition is aimed at, past that preposition, but no "it"', () => {
    expect(summary('In recent weeks, Senator Lena Ortiz has gone after Tom Okafor as a fraud.', 'all').find((event) => event.startsWith('gone'))).toMatch(/^gone ACCUSE Lena Ortiz -> Tom Okafor /);
    expect(summary('Lena Ortiz Goes After Tom Okafor In Fiery Speech.', 'all').find((event) => event.startsWith('Goes'))).toMatch(/^Goes ACCUSE Lena Ortiz -> Tom Okafor /);
    expect(summary('Tom Okafor has a record in Denver, and Lena Ortiz is going to go after it.', 'all').find((event) => event.startsWith('go'))).toMatch(/^go ACCUSE Lena Ortiz -> - /);
  });

  it('gives an event noun after a gerund\'s preposition that opens the sentence the subject after its comma', () => {
    expect(summary('Emerging from a 45-minute meeting with Mayor Tom Okafor, Lena Ortiz said the talks went well.', 'all')[0]).toBe('meeting CONSULT Lena Ortiz -> Mayor Tom Okafor occurred');
  });
});

describe('the public and donors backing a candidate (events31)', () => {
  it('reads backing by people, donors or a faith group as how they vote or give, no support between actors', () => {
    expect(coded('Those who supported Lena Ortiz in the primary stayed home in November.').filter((event) => event.startsWith('supported'))).toEqual([]);
    expect(coded('Wealthy donors reluctant to support Tom Okafor can still give to the party.').filter((event) => event.startsWith('support'))).toEqual([]);
    // A named body's backing stays an event.
    expect(coded('The Velmar Teachers Union supported Lena Ortiz in the primary.').filter((event) => event.startsWith('supported'))).toEqual(['supported']);
  });
});

describe('refusals to say something (events31)', () => {
  it('reads refusing to comment, confirm or rule out as a statement, but refusing to meet as a refusal', () => {
    expect(coded('Senator Lena Ortiz refused to confirm the authenticity of the memo.')).toEqual([]);
    expect(coded('Mayor Tom Okafor refused to rule out new taxes on Velmar ports.')).toEqual([]);
    expect(coded('Mayor Tom Okafor refused to meet Senator Lena Ortiz.', 'plover')).toEqual(['refused REJECT']);
  });
});
