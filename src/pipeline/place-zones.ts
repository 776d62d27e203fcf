/**
 * Where a place's clocks read: a city or town named in a dateline or a sentence, to its IANA zone.
 * The gazetteer is city-timezones (7,300 cities with population and zone, from Natural Earth and
 * GeoNames data), indexed once by folded name; the small hand table in time-zone-names.ts keeps the
 * spellings copy uses that the data set lacks ("Bengaluru", "The Hague").
 */
import cityTimezones from 'city-timezones';
import { CITY_TIME_ZONES } from './time-zone-names.ts';

/** Lower case without accents: "São Paulo", "Sao Paulo" and "SAO PAULO" are one key. */
export function foldPlaceName(name: string): string {
  return name
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[‘’'`]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}

let zonesByName: Map<string, { zone: string; population: number }> | null = null;

/** Each folded city name to the zone of its most populous holder (index built on first use). */
function cityIndex(): Map<string, { zone: string; population: number }> {
  if (zonesByName) return zonesByName;
  zonesByName = new Map();
  for (const city of cityTimezones.cityMapping) {
    if (!city.timezone) continue;
    for (const name of [city.city, city.city_ascii, city.province]) {
      if (!name) continue;
      const key = foldPlaceName(name);
      const population = name === city.province ? 0 : Number(city.pop) || 0;
      const known = zonesByName.get(key);
      if (!known || population > known.population) zonesByName.set(key, { zone: city.timezone, population });
    }
  }
  // A country whose every listed city reads one zone ("Turkey", "Kenya") names that zone too; one with several
  // ("United States") names none, even where a town shares its name.
  const zonesOfCountry = new Map<string, Set<string>>();
  for (const city of cityTimezones.cityMapping) {
    if (!city.country || !city.timezone) continue;
    const key = foldPlaceName(city.country);
    zonesOfCountry.set(key, (zonesOfCountry.get(key) ?? new Set()).add(city.timezone));
  }
  // A country's name wins over a town or province of that name ("Armenia", "Georgia", "Liberia" are also towns in the Americas).
  for (const [country, zones] of zonesOfCountry) {
    if (zones.size === 1) zonesByName.set(country, { zone: [...zones][0]!, population: Number.POSITIVE_INFINITY });
    else zonesByName.delete(country);
  }
  return zonesByName;
}

/** The IANA zone of a city, town or province ("Ahmedabad", "Kahramanmaras"), or null when the gazetteer does not know it. */
export function zoneOfPlace(place: string | null): string | null {
  if (!place) return null;
  const key = foldPlaceName(place);
  if (key === '') return null;
  return CITY_TIME_ZONES[key] ?? cityIndex().get(key)?.zone ?? null;
}

/** The zone of the first place the sentence puts something in, at or near ("near the town of Pazarcik"), if the gazetteer knows it. */
export function findPlaceZone(sentence: string): string | null {
  for (const match of sentence.matchAll(
    /\b(?:in|at|to|near|of|from)\s+((?:\p{Lu}[\p{L}'’-]+)(?:\s+\p{Lu}[\p{L}'’-]+){0,2})/gu,
  )) {
    const words = match[1]!.split(/\s+/);
    // "in Kahramanmaras Province": the longest known prefix.
    for (let count = words.length; count > 0; count--) {
      const zone = zoneOfPlace(words.slice(0, count).join(' '));
      if (zone) return zone;
    }
  }
  return null;
}
