/**
 * Places on a map: an event's place name resolved to coordinates from data/corpus/places.json
 * (cities, first-level regions and countries at their population centroid; built by
 * scripts/build-places.ts), after the aliases of data/corpus/place-aliases.json. A country's
 * name wins over a region's and a region's over a city's ("Georgia" the country, "Iowa" the
 * state); among cities of one name, one in the country the analyzer gave the place comes first,
 * else the most populous.
 */
import Type from 'typebox';
import type { DataFolder } from '../resources.js';

export interface Location {
  readonly lat: number;
  readonly lon: number;
  readonly kind: 'city' | 'region' | 'country';
  /** ISO 3166-1 alpha-3. */
  readonly country: string;
}

const Entry = Type.Tuple([Type.String(), Type.Number(), Type.Number()]);
const PlacesFile = Type.Object({
  countries: Type.Record(Type.String(), Entry),
  regions: Type.Record(Type.String(), Entry),
  cities: Type.Record(Type.String(), Type.Array(Entry)),
});
const AliasesFile = Type.Object({ aliases: Type.Record(Type.String(), Type.String()) });

type Entry = readonly [string, number, number];

export class Places {
  private constructor(
    private readonly places: { countries: Record<string, Entry>; regions: Record<string, Entry>; cities: Record<string, Entry[]> },
    private readonly aliases: Record<string, string>,
  ) {}

  static load(data: DataFolder): Places {
    return new Places(data.json('corpus/places.json', PlacesFile), data.json('corpus/place-aliases.json', AliasesFile).aliases);
  }

  /** Where `name` is, if it is a known place; `country` (alpha-3), when known, picks among cities of one name. */
  locate(name: string, country: string | null): Location | null {
    const lower = name.trim().toLowerCase().replace(/\s+/g, ' ');
    const key = this.aliases[lower] ?? lower;
    const at = (entry: Entry, kind: Location['kind']): Location => ({ country: entry[0], lat: entry[1], lon: entry[2], kind });
    const countryEntry = Object.hasOwn(this.places.countries, key) ? this.places.countries[key] : undefined;
    if (countryEntry !== undefined) return at(countryEntry, 'country');
    const region = Object.hasOwn(this.places.regions, key) ? this.places.regions[key] : undefined;
    if (region !== undefined) return at(region, 'region');
    const cities = Object.hasOwn(this.places.cities, key) ? this.places.cities[key] : undefined;
    if (cities === undefined || cities.length === 0) return null;
    return at(cities.find((city) => city[0] === country) ?? cities[0]!, 'city');
  }
}
