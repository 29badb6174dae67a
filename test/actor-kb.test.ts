import { readFileSync, statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// The committed build output (scripts/build-actor-kb.ts writes it; the test does not rebuild it).
const KB = new URL('../data/actors/kb.json', import.meta.url);

interface Role {
  readonly country: string | null;
  readonly sector: string | null;
  readonly from: string | null;
  readonly to: string | null;
}

interface Actor {
  readonly id: string;
  readonly name: string;
  readonly type: 'PERSON' | 'ORG';
  readonly aliases: string[];
  readonly titles?: string[];
  readonly roles: Role[];
  readonly country: string | null;
  readonly sector: string | null;
}

interface KbFile {
  readonly version: number;
  readonly sources: Record<string, string[]>;
  readonly countries: { code: string; name: string; names: string[]; demonyms: string[]; capitals: string[]; region: string | null }[];
  readonly regions: { key: string; name: string; names: string[]; demonyms: string[]; countries: string[] }[];
  readonly places: Record<string, string>;
  readonly actors: Actor[];
  readonly agents: Record<string, string>;
}

const kb = JSON.parse(readFileSync(KB, 'utf8')) as KbFile;
const countryCodes = new Set(kb.countries.map((country) => country.code));
const country = (code: string) => kb.countries.find((entry) => entry.code === code);
const actorsNamed = (name: string) => kb.actors.filter((actor) => actor.name === name || actor.aliases.includes(name));

/** Code-unit order, the order the build sorts in (locale-free, so the file is the same everywhere). */
function isSorted(values: readonly string[]): boolean {
  return values.every((value, index) => index === 0 || values[index - 1]! < value);
}

const isoDate = /^\d{4}-\d{2}-\d{2}$/;

describe('data/actors/kb.json', () => {
  it('is version 1, at most 4 MB, and names its sources for every part', () => {
    expect(kb.version).toBe(1);
    expect(statSync(KB).size).toBeLessThanOrEqual(4 * 1024 * 1024);
    for (const part of ['countries', 'regions', 'places', 'actors', 'agents']) expect(kb.sources[part]?.length, part).toBeGreaterThan(0);
  });

  it('has one entry per ISO 3166 country, Kosovo and Palestine included', () => {
    expect(kb.countries.length).toBeGreaterThanOrEqual(245);
    expect(isSorted(kb.countries.map((entry) => entry.code))).toBe(true);
    for (const code of ['UKR', 'USA', 'GBR', 'DEU', 'RUS', 'CHN', 'XKX', 'PSE']) expect(countryCodes.has(code), code).toBe(true);
    const regionKeys = new Set(kb.regions.map((region) => region.key));
    for (const entry of kb.countries) {
      expect(entry.code).toMatch(/^[A-Z]{3}$/);
      expect(entry.name.length).toBeGreaterThan(0);
      expect(entry.names).toContain(entry.name);
      for (const list of [entry.names, entry.demonyms, entry.capitals]) expect(isSorted(list), entry.code).toBe(true);
      if (entry.region !== null) expect(regionKeys.has(entry.region), entry.code).toBe(true);
    }
  });

  it('knows the obvious names, demonyms and capitals', () => {
    expect(country('UKR')).toMatchObject({ name: 'Ukraine', region: 'europe' });
    expect(country('UKR')!.demonyms).toEqual(expect.arrayContaining(['Ukrainian', 'Ukrainians']));
    expect(country('UKR')!.capitals).toContain('Kyiv');
    expect(country('USA')!.name).toBe('United States');
    expect(country('USA')!.names).toEqual(expect.arrayContaining(['US', 'U.S.', 'USA', 'America', 'United States']));
    expect(country('USA')!.demonyms).toEqual(expect.arrayContaining(['American', 'Americans']));
    expect(country('GBR')!.names).toEqual(expect.arrayContaining(['Britain', 'UK', 'Great Britain']));
    expect(country('GBR')!.demonyms).toEqual(expect.arrayContaining(['British', 'Briton', 'Britons']));
    expect(country('DEU')!.demonyms).toContain('German');
    expect(country('RUS')!.capitals).toContain('Moscow');
  });

  it('has about fifteen regions whose members are countries', () => {
    expect(kb.regions.length).toBeGreaterThanOrEqual(10);
    expect(kb.regions.length).toBeLessThanOrEqual(20);
    for (const region of kb.regions) {
      expect(region.countries.length, region.key).toBeGreaterThan(0);
      for (const code of region.countries) expect(countryCodes.has(code), `${region.key} ${code}`).toBe(true);
    }
    const europe = kb.regions.find((region) => region.key === 'europe');
    expect(europe?.demonyms).toEqual(expect.arrayContaining(['European', 'Europeans']));
    expect(kb.regions.find((region) => region.key === 'middle-east')?.countries).toContain('SYR');
  });

  it('maps unambiguous lower-case place names to countries', () => {
    const entries = Object.entries(kb.places);
    expect(entries.length).toBeGreaterThan(1000);
    expect(isSorted(entries.map(([name]) => name))).toBe(true);
    for (const [name, code] of entries) {
      expect(name, name).toBe(name.toLowerCase());
      expect(countryCodes.has(code), `${name} ${code}`).toBe(true);
    }
    expect(kb.places.kyiv).toBe('UKR');
    expect(kb.places.london).toBe('GBR');
    for (const name of ['georgia', 'san jose', 'ukraine', 'france']) expect(kb.places[name], name).toBeUndefined();
  });

  it('lists actors with stable ids, a type, aliases and dated roles', () => {
    expect(kb.actors.length).toBeGreaterThan(5000);
    expect(isSorted(kb.actors.map((actor) => actor.id))).toBe(true); // also unique
    const problems: string[] = [];
    const check = (ok: boolean, actor: Actor, what: string): void => {
      if (!ok) problems.push(`${actor.id}: ${what}`);
    };
    for (const actor of kb.actors) {
      check(/^cameo:\S+$/.test(actor.id), actor, 'id');
      check(actor.name !== '' && actor.name.trim() === actor.name, actor, 'name');
      check(actor.type === 'PERSON' || actor.type === 'ORG', actor, 'type');
      check(Array.isArray(actor.aliases) && isSorted(actor.aliases) && !actor.aliases.includes(actor.name), actor, 'aliases');
      check(actor.roles.length > 0, actor, 'no roles');
      check(actor.country === null || /^[A-Z]{3}$/.test(actor.country), actor, 'country');
      check(actor.sector === null || /^[A-Z]{3}$/.test(actor.sector), actor, 'sector');
      for (const role of actor.roles) {
        check(Object.keys(role).sort().join() === 'country,from,sector,to', actor, 'role fields');
        check(role.from === null || isoDate.test(role.from), actor, `from ${role.from}`);
        check(role.to === null || isoDate.test(role.to), actor, `to ${role.to}`);
        check(role.from === null || role.to === null || role.from <= role.to, actor, 'period');
        check(role.country === null || /^[A-Z]{3}$/.test(role.country), actor, 'role country');
      }
    }
    expect(problems.slice(0, 20)).toEqual([]);
  });

  it('knows Putin, NATO and the Kremlin', () => {
    const putin = kb.actors.find((actor) => actor.id === 'cameo:VLADIMIR_PUTIN');
    expect(putin).toMatchObject({ name: 'Vladimir Putin', type: 'PERSON', country: 'RUS', sector: 'GOV' });
    expect(putin!.aliases).toContain('Putin');
    expect(putin!.roles).toContainEqual(expect.objectContaining({ country: 'RUS', sector: 'GOV' }));
    expect(actorsNamed('Putin').map((actor) => actor.id)).toContain('cameo:VLADIMIR_PUTIN');

    const nato = actorsNamed('NATO');
    expect(nato.length).toBe(1);
    expect(nato[0]).toMatchObject({ type: 'ORG', sector: 'IGO', country: null });
    expect(nato[0]!.aliases).toContain('North Atlantic Treaty Organization');

    expect(actorsNamed('Kremlin')[0]).toMatchObject({ type: 'ORG', country: 'RUS', sector: 'GOV' });
    expect(actorsNamed('FSB')[0]).toMatchObject({ name: 'Federal Security Service', type: 'ORG', country: 'RUS' });
    expect(actorsNamed('United Nations')[0]).toMatchObject({ type: 'ORG', sector: 'IGO' });
  });

  it('maps agent nouns to sectors', () => {
    const agents = Object.entries(kb.agents);
    expect(agents.length).toBeGreaterThan(1000);
    expect(isSorted(agents.map(([noun]) => noun))).toBe(true);
    for (const [noun, sector] of agents) {
      expect(noun, noun).toBe(noun.toLowerCase());
      expect(sector, noun).toMatch(/^[A-Z]{3}$/);
    }
    expect(kb.agents).toMatchObject({
      minister: 'GOV',
      president: 'GOV',
      'foreign minister': 'GOV',
      rebel: 'REB',
      rebels: 'REB',
      police: 'COP',
      soldier: 'MIL',
      troops: 'MIL',
      opposition: 'OPP',
      businessman: 'BUS',
      journalist: 'MED',
      aide: 'GOV',
    });
  });
});
