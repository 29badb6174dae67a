import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { succeeded } from './helpers.js';

const analyzed = (text: string) => succeeded(analyze({ text, publishedAt: '2016-05-02' }));
/** "what: status" for each commitment of a text. */
const commitments = (text: string) => analyzed(text).commitments.map((commitment) => `${commitment.what}: ${commitment.status}`);
/** "promiser -> beneficiary: what" for each commitment, by entity name. */
function parts(text: string): string[] {
  const doc = analyzed(text);
  const name = (id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
  return doc.commitments.map((commitment) => `${commitment.actor.map(name).join('+')} -> ${commitment.beneficiary.map(name).join('+')}: ${commitment.what}`);
}

describe('commitment status', () => {
  it.each([
    ['promised when the text says nothing more', 'Governor Lisa Park promised to fix the bridge.', 'fix the bridge: promised'],
    ['conditional, without the condition in what is promised', 'Senator Jane Doe pledged to cut taxes if she is elected.', 'cut taxes: conditional'],
    ['kept when the next sentence says the promise was kept', 'Governor Lisa Park promised to fix the bridge. In March, Park kept her promise.', 'fix the bridge: kept'],
    ['broken when the next sentence opens with a contrast and says the actor backed out', 'Governor Lisa Park promised to fix the bridge. But when the money ran short, Park backed out.', 'fix the bridge: broken'],
    ['withdrawn when the sentence says it was walked back', 'Mayor Tom Ortiz vowed to open a library, but he later walked back the pledge.', 'open a library: withdrawn'],
    ['conditional when the condition governs the clause that reports the promise', 'If she wins the race, Senator Jane Doe has said she would try to cut taxes, vowing to close the loopholes.', 'close the loopholes: conditional'],
    ['promised when the condition bears on another clause of the sentence', 'If Doe is vague on trade, she is firm on schools, and she vows to hire more teachers.', 'hire more teachers: promised'],
    ['promised when the condition sits in a relative clause on someone else', 'Mayor Tom Ortiz has promised to fix the bridge and has invited Governor Lisa Park, who said she would visit if she wins.', 'fix the bridge: promised'],
    ['promised when "even if" concedes rather than conditions', 'Governor Lisa Park vowed not to sign the bill even if the council passes it.', 'not to sign the bill: promised'],
  ])('is %s', (_status, text, expected) => {
    expect(commitments(text)).toEqual([expected]);
  });
});

describe('what is not a commitment', () => {
  it.each([
    ['a prediction', 'Hillary Clinton is now assured of winning the state.'],
    ['a delegate count', 'Bernie Sanders trails among pledged delegates.'],
    ['delegates described as pledged', 'Tom Ortiz wrote in The Daily Star that superdelegates currently pledged to Jane Doe may reconsider.'],
    ['a bare plan', 'Mayor Tom Ortiz is planning to buy a boat.'],
    ['agreements others are to sign, a purpose after them', 'Tom Ortiz said he would require city employees to sign nondisclosure agreements to prevent leaks.'],
    ['a promise "of" a thing, with a time', 'Mayor Tom Ortiz recalled the promise of reconciliation that seems out of reach tomorrow.'],
    ['an assurance that something is so', 'Senator Jane Doe assured the crowd that the claims are false.'],
    ['a question', 'Will Governor Lisa Park promise to fix the bridge before the vote?'],
    ['an assurance by a thing', 'Senator Jane Doe won in six states. Her win in six states and Guam so far assures her of at least 318 delegates.'],
  ])('finds none in %s', (_kind, text) => {
    expect(commitments(text)).toEqual([]);
  });
});

describe('commitments read from the parse', () => {
  it('takes the addressee of a promise as its beneficiary and the clause as what is promised', () => {
    expect(parts('Senator Jane Doe promised Mayor Tom Ortiz that she would fund the library.')).toEqual(['Jane Doe -> Mayor Tom Ortiz: fund the library']);
  });

  it('takes a party named in an announced plan as its beneficiary, not a name that only qualifies a noun', () => {
    expect(parts('Mark Ortiz announced plans to give away his Harwick Development Bank stock to the Kestrel Foundation.')).toEqual(['Mark Ortiz -> Kestrel Foundation: give away his Harwick Development Bank stock to the Kestrel Foundation']);
  });

  it('reads any act of an announced plan or intention as undertaken, and a body\'s "it" in an announced clause as the body', () => {
    expect(parts('Mayor Tom Ortiz announced plans to investigate Lisa Park.')).toEqual(['Mayor Tom Ortiz -> : investigate Lisa Park']);
    expect(parts('Mayor Tom Ortiz announced his intention to cut the harbour fees.')).toEqual(['Mayor Tom Ortiz -> : cut the harbour fees']);
    expect(parts('Mayor Tom Ortiz announced a program to defer the fees of small shops.')).toEqual(['Mayor Tom Ortiz -> : defer the fees of small shops']);
    expect(parts('Harwick Bank announced it will close the Bergen branch.')).toEqual(['Harwick Bank -> : close the Bergen branch']);
    // A time may stand inside the phrase; it dates the announcement, not the act.
    expect(parts('The Ortiz campaign announced plans Tuesday to open four offices in Kentucky.')).toEqual(['Ortiz -> : open four offices in Kentucky']);
    expect(analyzed('Mayor Tom Ortiz announced on Friday his intention to cut the harbour fees.').commitments.map((commitment) => [commitment.what, commitment.due])).toEqual([['cut the harbour fees', null]]);
    // An announced clause keeps its negation.
    expect(parts('The Lakeside Rotary Club has announced that it will not renew its lease on the hall.')).toEqual(['Rotary Club -> : not renew its lease on the hall']);
    // A plan not announced undertakes only a material act.
    expect(parts('Mayor Tom Ortiz is planning to investigate Lisa Park.')).toEqual([]);
  });

  it('ends what an owned promise noun opening the sentence promises before the sentence\'s own verb, where the parser took that verb into the act', () => {
    expect(parts('Mayor Tom Ortiz\'s controversial pledge to ban trawlers angered harbour owners.')).toEqual(['Mayor Tom Ortiz -> : ban trawlers']);
  });

  it('reads an owned promise noun after an adjective, to a copula, and ending before the sentence\'s own verb, wherever the noun stands', () => {
    const intro = 'Tom Ortiz spoke on Monday. ';
    expect(parts(`${intro}Harbour owners criticized Ortiz's pledge to be neutral during the talks.`)).toEqual(['Tom Ortiz -> : be neutral during the talks']);
    expect(parts(`${intro}Ortiz's controversial pledge to be neutral during the talks angered harbour owners.`)).toEqual(['Tom Ortiz -> : be neutral during the talks']);
    expect(parts(`${intro}The concerns go beyond Ortiz's controversial pledge to be neutral during the talks.`)).toEqual(['Tom Ortiz -> : be neutral during the talks']);
  });

  it('keeps a promise whose act has "by" and a deadline after a name the tagger may read as a noun', () => {
    expect(parts('Governor Lisa Park promised to fix the bridge by 2027.')).toEqual(['Lisa Park -> : fix the bridge by 2027']);
  });

  it('reads an agreement signed with an act after "to" as a commitment of those who signed it, not one only talked of', () => {
    expect(parts('Norway and Sweden signed an agreement on Monday to allow Swedish trucks on Norwegian roads.')).toEqual(['Norway+Sweden -> : allow Swedish trucks on Norwegian roads']);
    expect(parts('Norway and Sweden discussed an agreement to allow Swedish trucks on Norwegian roads.')).toEqual([]);
    expect(parts('Norway would sign an agreement to allow Swedish trucks on its roads.')).toEqual([]);
  });

  it('gives an agreement of two coordinated subjects to both of them', () => {
    expect(parts('Norwegian Prime Minister Ingrid Solberg and Icelandic Foreign Minister Bjarni Jonsson agreed on Tuesday to begin joint fishery patrols.')).toEqual(['Ingrid Solberg+Bjarni Jonsson -> : begin joint fishery patrols']);
  });

  it('takes the promiser from the subject across a relative clause, and what from the infinitive past a time', () => {
    expect(parts('Governor Lisa Park, who has led the state since 2019, pledged on Tuesday to cut property taxes.')).toEqual(['Lisa Park -> : cut property taxes']);
  });

  it('finds none where the promise verb is negated', () => {
    expect(parts('Mayor Tom Ortiz has never promised to fix the bridge.')).toEqual([]);
  });
});

describe('promise verbs read from the parse without an event', () => {
  const parts = (text: string) => {
    const doc = analyzed(text);
    const name = (id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
    return doc.commitments.map((commitment) => `${commitment.actor.map(name).join('+')}: ${commitment.what} (due ${commitment.due?.span?.text ?? '-'})`);
  };

  it('gives a participle the parse hangs on a quoted clause to the subject of the main verb', () => {
    expect(parts('Senator Jane Doe spoke on Monday. The Ohio senator texted backers saying: “The work goes on” and vowing to run in the last caucus next week.'))
      .toEqual(['Jane Doe: run in the last caucus next week (due next week)']);
  });

  it('reads the act a sentence says its maker will do as a pledge the next sentence names, with both as evidence', () => {
    const text = 'Governor Lisa Park says she will build two new dams by next summer. Park made the pledge at a rally in Fresno.';
    expect(parts(text)).toEqual(['Lisa Park: build two new dams by next summer (due next summer)']);
    expect(analyzed(text).commitments[0]!.evidence.text).toBe(text);
    expect(parts('Governor Lisa Park says she will build two new dams. Park made the point at a rally in Fresno.')).toEqual([]);
  });

  it('gives a commitment noun with no owner of its own to the owner of its clause\'s subject, and ends what is promised before another promise verb', () => {
    expect(parts('Senator Jane Doe has yet to carry a county, but her cheerful address was full of promises to continue campaigning and vowing to take her home county of Lake later this month.'))
      .toEqual(['Jane Doe: take her home county of Lake later this month (due this month)', 'Jane Doe: continue campaigning (due -)']);
    expect(parts('Senator Jane Doe pledged to cut taxes and vowed to repave Elm Street.')).toEqual(['Jane Doe: cut taxes (due -)', 'Jane Doe: repave Elm Street (due -)']);
  });

  it('reads "promising that" after a comma as a promise verb, past a fronted phrase of circumstance', () => {
    expect(parts('Governor Lisa Park spoke on Monday and seemed to soften her tone, promising that in any negotiation, “we will protect the harbour.”'))
      .toEqual(['Lisa Park: we will protect the harbour (due -)']);
  });

  it('keeps the due window of a deadline at the end of the year, or in a month already past this year (published 2 May 2016)', () => {
    const due = (text: string) => analyzed(text).commitments.map((commitment) => commitment.due && [commitment.due.span?.text, commitment.due.start, commitment.due.end]);
    expect(due('Senator Jane Doe pledged to repave Elm Street by the end of the year.')).toEqual([['the end of the year', '2016-12-01', '2017-01-01']]);
    expect(due('Senator Jane Doe pledged to repave Elm Street by year’s end.')).toEqual([['year’s end', '2016-12-01', '2017-01-01']]);
    expect(due('Senator Jane Doe promised to repave Elm Street by March.')).toEqual([['March', '2017-03-01', '2017-04-01']]);
    expect(due('Senator Jane Doe had promised to repave Elm Street by March.')).toEqual([null]);
  });

  it('gives a promise in a relative clause to the noun it qualifies, with the time in what is promised as its due', () => {
    expect(parts('Councilwoman Rita Vance, who chairs the budget panel, has vowed to repave Elm Street by next spring.')).toEqual(['Rita Vance: repave Elm Street by next spring (due next spring)']);
  });

  it('reads a progressive promise verb, and ends what is promised before a reason', () => {
    expect(parts('Governor Lisa Park is pledging to cut the sales tax because revenue rose.')).toEqual(['Lisa Park: cut the sales tax (due -)']);
  });

  it('ends what is promised before a verb coordinated with the promise verb', () => {
    expect(parts('On Tuesday, Mayor Tom Ortiz vowed to open two clinics and said that the budget was sound.')).toEqual(['Mayor Tom Ortiz: open two clinics (due -)']);
  });

  it('gives a promise coordinated with a passive to the passive\'s subject', () => {
    expect(parts('Mayor Ann Cole was pressed on the issue and promised to reopen the library.')).toEqual(['Mayor Ann Cole: reopen the library (due -)']);
  });

  it('gives a promise in a relative clause on a predicate to the predicate\'s subject', () => {
    expect(parts('Jim Smith is a chronic fibber, loud snob and braggart who has openly pledged to ban all dogs.')).toEqual(['Jim Smith: ban all dogs (due -)']);
  });

  it('reads a commitment noun with its owner and the act after it', () => {
    expect(parts('Mayor Tom Ortiz discussed his commitment to improving bus services.')).toEqual(['Mayor Tom Ortiz: improving bus services (due -)']);
  });

  it('reads an announced act of the announcer\'s own, not a statement of will', () => {
    expect(parts('On Friday, Carl Novak announced he will step down from the trust. Senator Jane Doe said she will run again.')).toEqual(['Carl Novak: step down from the trust (due -)']);
  });

  it.each([
    ['a commitment noun with no act', 'Senator Jane Doe spoke of her deep commitment to conservative principles.'],
    ['a participle describing a noun', 'Senator Jane Doe praised a judge committed to her views.'],
    ['"commit" without "to"', 'The sin he commits is arrogance, said Mayor Tom Ortiz.'],
  ])('finds none in %s', (_kind, text) => {
    expect(parts(text)).toEqual([]);
  });
});

describe('promisers the parse leaves without a subject, and fields not to infer', () => {
  const parts = (text: string) => {
    const doc = analyzed(text);
    const name = (id: string) => doc.entities.find((entity) => entity.id === id)?.name ?? id;
    return doc.commitments.map((commitment) => `${commitment.actor.map(name).join('+')} -> ${commitment.beneficiary.map(name).join('+')}: ${commitment.what} (due ${commitment.due?.span?.text ?? 'none'})`);
  };

  it('gives a pledge in a relative clause after a list of predicates to the subject of their copula', () => {
    expect(parts('Editor’s note: Jane Doe regularly insults voters and is a serial liar, bully and xenophobe who has repeatedly pledged to ban lobbyists from the Capitol.')).toEqual([
      'Jane Doe -> : ban lobbyists from the Capitol (due none)',
    ]);
  });

  it('gives a quoted "we assure you" to the quote\'s speaker', () => {
    expect(parts('"We assure you that the city will reopen the library," Mayor Tom Ortiz wrote.')).toEqual(['Mayor Tom Ortiz -> : the city will reopen the library (due none)']);
  });

  it('reads a promise its maker names in a relative clause, its content after "is that"', () => {
    expect(parts('The first promise Mayor Tom Ortiz has made is that he will fix the roads.')).toEqual(['Mayor Tom Ortiz -> : fix the roads (due none)']);
  });

  it('reads an agreement to a thing, not only to an act', () => {
    expect(parts('Novak agreed to a 20-minute chat with the radio station.')).toEqual(['Novak -> : a 20-minute chat with the radio station (due none)']);
  });

  it('takes every addressee of a coordinated object as beneficiary, where the parse hangs the second on the verb', () => {
    const text = 'Senator John Doe spoke on Monday. So while he and his aides — no longer hoping to sway party elders — go out of their way to assure other mayors and senior Democrats that he is committed to defeating the levy above all else, the Doe team is planning a quiet exit.';
    expect(parts(text)).toEqual(['John Doe -> Democrats: defeating the levy above all else (due none)']);
  });

  it('reads a clause after the addressee as what is promised, where the parse hangs it on the addressee too', () => {
    expect(parts('The Brookfield Water Board is promising members of the Brookfield Council that the old pipes will be replaced.')).toEqual([
      'Brookfield Water Board -> Brookfield Council: the old pipes will be replaced (due none)',
    ]);
    expect(parts("The Brookfield Water Board is promising members of Congress that the fresh review of Tom Ortiz's private phone records will be given top priority.")).toEqual([
      "Brookfield Water Board -> : the fresh review of Tom Ortiz's private phone records will be given top priority (due none)",
    ]);
  });

  it('reads a commitment stated as a state with an act after "to", not one to views', () => {
    expect(commitments('If the board agrees, Mayor Tom Ortiz would be committed to rebuilding the pier.')).toEqual(['rebuilding the pier: conditional']);
    expect(parts('Governor Lisa Park is committed to raising wages.')).toEqual(['Lisa Park -> : raising wages (due none)']);
    expect(parts('Governor Lisa Park is committed to her views.')).toEqual([]);
    expect(parts('Despite two defeats, Governor Lisa Park remains committed to seeing the race through.')).toEqual(['Lisa Park -> : seeing the race through (due none)']);
    expect(parts('Governor Lisa Park stayed committed to her views.')).toEqual([]);
    expect(parts('Governor Lisa Park assured Democrats that she is committed to raising wages.')).toEqual(['Lisa Park -> Democrats: raising wages (due none)']);
  });

  it('gives a state of commitment in a second predicate the first one\'s subject', () => {
    expect(parts('Mayor Ann Ruiz met the union on Monday and is committed to raising teacher pay.')).toEqual(['Mayor Ann Ruiz -> : raising teacher pay (due none)']);
  });

  it('names no beneficiary the text does not address, and no due window in a concession', () => {
    expect(parts('Governor Lisa Park vowed to push harder than Tom Ortiz on housing.')).toEqual(['Lisa Park -> : push harder than Tom Ortiz on housing (due none)']);
    expect(parts("Mayor Tom Ortiz vowed to keep campaigning regardless of next Tuesday's results.")).toEqual(['Mayor Tom Ortiz -> : keep campaigning (due none)']);
    expect(parts('Mayor Tom Ortiz vowed to back the levy no matter how the vote goes next Tuesday.')).toEqual(['Mayor Tom Ortiz -> : back the levy (due none)']);
    // A time in a sentence that names a promise made dates the making, not a deadline.
    expect(parts('Governor Lisa Park made the pledge at a rally in Dayton on Monday.')).toEqual([]);
  });
});

describe('the party a promised act is done for, and what it acts on', () => {
  it('is the object of an act done for someone ("make X secretary", "put X in charge")', () => {
    expect(parts('Senator Jane Doe pledged to make Tom Ortiz secretary of the Treasury.')).toEqual(['Jane Doe -> Tom Ortiz: make Tom Ortiz secretary of the Treasury']);
    expect(parts('Senator Jane Doe offered to put Tom Ortiz in charge of the budget.')).toEqual(['Jane Doe -> Tom Ortiz: put Tom Ortiz in charge of the budget']);
  });

  it('acts on the noun a relative clause qualifies when it has no object of its own', () => {
    expect(parts('Governor Lisa Park has delivered the new roads that she promised to build in the city.')).toEqual(['Lisa Park -> : build the new roads in the city']);
  });

  it('is not an object made to act, nor a place', () => {
    expect(parts('Senator Jane Doe pledged to make Acme Corp build its cars in Ohio.')).toEqual(['Jane Doe -> : make Acme Corp build its cars in Ohio']);
    expect(parts('Senator Jane Doe pledged to put Ohio in play.')).toEqual(['Jane Doe -> : put Ohio in play']);
  });
});

describe('claims, occasions and owners', () => {
  it('reads no commitment in a promise that only claims something of another person, nor in "pledged delegates" after a number', () => {
    expect(commitments('Mayor Tom Ortiz spoke. "I know Jane Doe, and I can promise you she is not going to be governor," Ortiz said.')).toEqual([]);
    expect(commitments('Entering the contests, Senator Jane Doe led Mayor Tom Ortiz by nearly 300 pledged delegates.')).toEqual([]);
  });

  it('keeps a spokesman\'s assurance of what the body he speaks for will do', () => {
    expect(parts('Spokesman Peter Kadzik wrote to the committee. "We assure you that the Justice Department will continue to work with the FBI," Kadzik wrote.')).toHaveLength(1);
  });

  it('ends what is promised before the occasion it was made at, not an occasion the act is at', () => {
    expect(commitments('Governor Lisa Park vowed to expand dental care for farm workers at an event held by a growers group.')).toEqual(['expand dental care for farm workers: promised']);
    expect(commitments('Governor Lisa Park offered to appear at the debate.')).toEqual(['appear at the debate: promised']);
  });

  it('gives a promise noun with an owner to the owner, not to the one who speaks of it', () => {
    expect(parts('"They said the toll is open to talks," Rob Hale said in reference to Carla Diaz\'s oft-stated promise to build a toll bridge.')).toEqual(['Carla Diaz -> : build a toll bridge']);
  });

  it('reads a promise negated with a typographic apostrophe as none', () => {
    expect(commitments('Governor Lisa Park hasn’t pledged to cut taxes.')).toEqual([]);
  });

  it('ends what is promised before a condition written as a phrase, and makes the promise conditional', () => {
    expect(commitments('Governor Lisa Park offered to speak at the forum upon the condition that the station give $2 million to the zoo.')).toEqual(['speak at the forum: conditional']);
  });

  it('reads "undertake" as a commitment only with an act after "to"', () => {
    expect(commitments('In 1975 the Labor Department undertook the last major expansion of overtime pay.')).toEqual([]);
  });
});

describe('promises about others, promises received, and promises made with a noun', () => {
  it('reads a promise whose clause has another person or a thing act as a claim, not a commitment, but keeps a passive one', () => {
    expect(commitments('Then Senator Jane Doe pledged that her brother would transform help for small farmers.')).toEqual([]);
    expect(commitments('Senator Jane Doe assured supporters on Monday that the review would reach the same conclusion.')).toEqual([]);
    expect(commitments('Senator Jane Doe assured the council that the bridge will be repaired.')).toEqual(['the bridge will be repaired: promised']);
  });

  it('reads no commitment in offers a verb receives, nor in an act named only by a pro-form', () => {
    expect(commitments("Senator Jane Doe said she'd consider offers to act as treasurer from both sides.")).toEqual([]);
    expect(commitments("Voters know that Senator Jane Doe simply can't do what she promises to do.")).toEqual([]);
  });

  it('gives a promise made with a noun to the subject of the making verb, with the deadline in what is promised', () => {
    const doc = analyzed('Senator Jane Doe has made a pledge to cut taxes by 2018.');
    expect(doc.commitments.map((commitment) => [commitment.what, commitment.due?.span?.text ?? null])).toEqual([['cut taxes by 2018', '2018']]);
    expect(parts('Senator Jane Doe made a promise to cut taxes.')).toEqual(['Jane Doe -> : cut taxes']);
  });

  it('ends what a promise noun that is its clause\'s subject promises with its phrase', () => {
    expect(commitments('Senator Jane Doe spoke on Friday. Her promise to cut taxes for small firms was the centrepiece of the speech.')).toEqual(['cut taxes for small firms: promised']);
  });
});

describe('claims and objects that promise no act', () => {
  it('reads no commitment in a promise whose clause says nothing of the future, nor in one whose only object is the addressee', () => {
    expect(commitments('“And I promise you, our strength does not depend on Senator Jane Doe,” Governor Lisa Park said.')).toEqual([]);
    expect(commitments('Governor Lisa Park promised that she will fix the bridge.')).toHaveLength(1);
  });

  it('reads "committing" as a commitment only with an act after "to"', () => {
    expect(commitments('Senator Jane Doe has an aversion to committing the state to long lawsuits.')).toEqual([]);
    expect(commitments('Senator Jane Doe committed to cutting taxes.')).toEqual(['cutting taxes: promised']);
  });

  it('keeps an infinitive promise before a reporting clause', () => {
    expect(commitments('Governor Lisa Park agreed to sell the land to the city in 2010, records show.')).toHaveLength(1);
  });
});

describe('promisers before a bracketed party and state', () => {
  it('gives a promise verb whose parse takes the bracket for its subject to the name before the bracket', () => {
    expect(parts('Sen. Jane Doe (D-Mo.) pledged to block the levy.')).toEqual(['Jane Doe -> : block the levy']);
  });
});

describe('deadlines of an article with no publication date', () => {
  const dues = (text: string) => succeeded(analyze({ text })).commitments.map((commitment) => commitment.due);

  it('keeps a deadline whose words point ahead, named but undated', () => {
    expect(dues('Governor Lisa Park pledged to build two new dams by the end of next year.'))
      .toEqual([{ span: expect.objectContaining({ text: 'end of next year' }), start: null, end: null }]);
  });

  it('leaves a time that may lie behind the article undated and not a deadline', () => {
    expect(dues('Governor Lisa Park pledged in March to build two new dams.')).toEqual([null]);
  });
});

describe('where what is promised ends', () => {
  it('ends at the clause a promise in a relative clause sits in, and leaves no focus word before a cut-off condition', () => {
    expect(commitments('Governor Lisa Park must admit that the divides she promised to bridge have only grown deeper.')).toEqual(['bridge: promised']);
    expect(commitments('Governor Lisa Park vowed to veto the bill even if the council passes it.')).toEqual(['veto the bill: promised']);
  });
});

describe('promises in text broken across lines', () => {
  it('reads a promise whose sentence runs on over lines that open lowercase', () => {
    const text = 'Harbour news\nEditor’s note: Mayor Tom Ortiz regularly\nignores the council and is a builder who has\nrepeatedly pledged to close the old harbour to ships.';
    expect(parts(text)).toEqual(['Mayor Tom Ortiz -> : close the old harbour to ships']);
  });
});

describe('promises in a participle clause', () => {
  it.each([
    ['after a comma', 'On Friday Governor Lisa Park spoke to a crowd of farmers, promising to lift the water limits.', 'Lisa Park -> : lift the water limits'],
    ['after "by"', 'Governor Lisa Park has rallied thousands by promising to impose new tariffs on steel.', 'Lisa Park -> : impose new tariffs on steel'],
  ])('reads a promise %s as the main subject\'s', (_where, text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it('reads no promise in a participle with only an object', () => {
    expect(parts('Governor Lisa Park would cut taxes by a third, promising impossible growth in return.')).toEqual([]);
  });
});

describe('commitment nouns with their owner or maker', () => {
  it.each([
    ['a promise delivered', 'Mayor Tom Ortiz delivered a forceful promise to raise the minimum wage.', 'Mayor Tom Ortiz -> : raise the minimum wage'],
    ['a vow owned past coordinated modifiers and before an adverb', 'Mayor Tom Ortiz defended his hazy, newly minted vow to briefly ban scooters from the park.', 'Mayor Tom Ortiz -> : briefly ban scooters from the park'],
  ])('reads %s', (_kind, text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });
});

describe('commitment nouns whose maker follows them', () => {
  it.each([
    ['after "from"', 'Farm groups say they hold private promises from Governor Lisa Park to support the ethanol quota.', 'Lisa Park -> : support the ethanol quota'],
    ['before "made"', 'Delegates asked how Senator Tom Ortiz could turn back on a pledge he made to support the nominee.', 'Tom Ortiz -> : support the nominee'],
  ])('reads the maker %s', (_where, text, expected) => {
    expect(parts(text)).toEqual([expected]);
  });

  it('reads no maker in a noun the promise is about', () => {
    expect(parts('The mayor kept promises from the campaign to the voters.')).toEqual([]);
  });
});

describe('negated commitment nouns', () => {
  it('reads a commitment not to act, and one the sentence says was reversed as withdrawn', () => {
    expect(commitments('The campaign says Senator Tom Ortiz reversed his earlier commitment not to cut funds for schools.')).toEqual(['not to cut funds for schools: withdrawn']);
  });
});

describe('a time before the promised act', () => {
  it('reads the act after "to", not the time the parser takes for an object', () => {
    expect(parts('Taxes will fall because Mayor Tom Ortiz agreed late last year to permanently extend the harbour rebate.')).toEqual(['Mayor Tom Ortiz -> : permanently extend the harbour rebate']);
  });
});

describe('a headline\'s bare title as the promiser', () => {
  it('reads "Justice vows" as the one person the article calls the justice', () => {
    const text = 'Bridge repairs stall.\n\nJustice vows to be more careful with his rulings.\n\nTom Ortiz regrets his insults of the mayor.\n\nThe Supreme Court justice said he regretted his remarks.';
    expect(parts(text)).toEqual(['Tom Ortiz -> : be more careful with his rulings']);
  });

  it('reads no promiser in a title the article gives nobody', () => {
    expect(parts('Bridge repairs stall.\n\nJustice vows to be more careful with his rulings.\n\nTom Ortiz regrets his insults of the mayor.')).toEqual([]);
  });
});

describe('a quoted "I will" that restates a reported vow', () => {
  it('reads it as a vow of the speaker', () => {
    const text = 'Mayor Tom Ortiz vowed to be more careful with his words. "From now on, I will be more careful," Ortiz said on Monday.';
    expect(parts(text)).toEqual(['Mayor Tom Ortiz -> : be more careful with his words', 'Mayor Tom Ortiz -> : be more careful']);
  });

  it('reads none in a quoted "I will" the article calls no vow', () => {
    expect(parts('Mayor Tom Ortiz spoke on Monday. "From now on, I will be more careful," Ortiz said.')).toEqual([]);
  });
});

describe('an act after a quotation mark or an adverb, and subjects a body or a time stands in', () => {
  it.each([
    ['a quoted act after "to"', 'On his website, Governor Lisa Park promises to “scrap” the toll plan.', ['Lisa Park -> : “scrap” the toll plan']],
    ['a quoted act whose closing mark went with the full stop', 'Senator Jane Doe agrees to “lower the fares.”', ['Jane Doe -> : lower the fares']],
    ['a body named by its actor', 'Republican lawmakers have vowed to block the fare rise during the review period.', ['Republicans -> : block the fare rise during the review period']],
    ['a time the parser takes for the subject', 'Four years after Republicans pledged to win back the rural counties, the party lost more of them.', ['Republicans -> : win back the rural counties']],
  ])('reads %s', (_case, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['a quotation cut by a conjunction inside it', 'Mayor Tom Ortiz pledged that he would remain “an ally of the farmers but also of the fishermen.”', ['Mayor Tom Ortiz -> : remain “an ally of the farmers but also of the fishermen”']],
    ['a quotation closed after a comma', 'Governor Lisa Park pledged a “ferry revolution” and said the port would grow.', ['Lisa Park -> : a “ferry revolution”']],
    ['a quotation ending with a name after a comma', 'Governor Lisa Park vowed to move the fair to the “old heart of the county, Millbrook,” her aide said.', ['Lisa Park -> : move the fair to the “old heart of the county, Millbrook”']],
  ])('closes %s in what is promised', (_case, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['after a condition', 'Mayor Tom Ortiz promised that, if voters backed him, he would fight for the harbour.', ['Mayor Tom Ortiz -> : fight for the harbour']],
    ['with a negation', 'Senator Jane Doe vowed she would not raise the ferry fares.', ['Jane Doe -> : not raise the ferry fares']],
  ])('leaves the promiser and the future auxiliary out of what is promised %s', (_case, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('keeps a subject the promiser shares with others in what is promised', () => {
    expect(parts('Senator Jane Doe vowed she and her staff would never quit.')).toEqual(['Jane Doe -> : she and her staff would never quit']);
  });

  it('still reads no promise of a thing as the subject', () => {
    expect(parts('The new stadium promises to lift the fortunes of the town.')).toEqual([]);
  });
});

describe('statuses said in other words', () => {
  it.each([
    ['kept when the next sentence says the actor fulfilled it', 'Governor Lisa Park promised to fix the bridge. In March, Park fulfilled her promise.', 'fix the bridge: kept'],
    ['broken when the next sentence says the actor broke their word', 'Governor Lisa Park promised to fix the bridge. But in March, Park broke her word.', 'fix the bridge: broken'],
    ['withdrawn when the sentence says the actor backtracked on it', 'Mayor Tom Ortiz vowed to open a library, but he later backtracked on the pledge.', 'open a library: withdrawn'],
  ])('is %s', (_status, text, expected) => {
    expect(commitments(text)).toEqual([expected]);
  });
});

describe('promise words that are verbs by their place', () => {
  it.each([
    ['after a coordinator, of the subject of the verb before it', 'Mayor Tom Ortiz spoke. He rails against the toll rules and pledges to stand firm against the toll.', ['Mayor Tom Ortiz -> : stand firm against the toll']],
    ['in -ing after a comma, of the sentence subject', 'Governor Lisa Park was in Dayton, promising to build a new bridge.', ['Lisa Park -> : build a new bridge']],
  ])('reads a promise %s', (_kind, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it.each([
    ['made to a party and at a time, the party its beneficiary', 'Norway made a pledge to Iceland last year to cut tariffs.', ['Norway -> Iceland: cut tariffs']],
    ['signed with a party', 'Norway has kept quiet since signing a pledge with Iceland last May to refrain from whaling.', ['Norway -> : refrain from whaling']],
  ])('reads a promise noun %s, past them to its act', (_kind, text, expected) => {
    expect(parts(text)).toEqual(expected);
  });

  it('reads no promise in an adjective before no act', () => {
    expect(parts('Governor Lisa Park was in Dayton, a promising town.')).toEqual([]);
  });
});
