import { geoGraticule10, geoNaturalEarth1, geoPath } from 'd3-geo';
import { scaleSqrt } from 'd3-scale';
import { feature, mesh } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
// Natural Earth 1:110m countries, emitted as a file of the build and fetched from the app's own origin.
import atlasUrl from 'world-atlas/countries-110m.json?url';
import type { PlaceRow } from '../api';
import { useApi } from '../use-api';
import { Await } from './Await';

const WIDTH = 960;
const HEIGHT = 500;

type Atlas = Topology<{ countries: GeometryCollection }>;

async function loadAtlas(signal: AbortSignal): Promise<Atlas> {
  const response = await fetch(atlasUrl, { signal });
  if (!response.ok) throw new Error(`the world map did not load (${response.status})`);
  return response.json() as Promise<Atlas>;
}

/** Places on an offline world map, each a circle sized by its events. */
export function WorldMap({ places }: { places: readonly PlaceRow[] }) {
  const atlas = useApi('atlas', loadAtlas);
  return <Await loaded={atlas}>{(data) => <MapDrawing atlas={data} places={places} />}</Await>;
}

function MapDrawing({ atlas, places }: { atlas: Atlas; places: readonly PlaceRow[] }) {
  const countries = feature(atlas, atlas.objects.countries);
  const borders = mesh(atlas, atlas.objects.countries, (a, b) => a !== b);
  const projection = geoNaturalEarth1().fitSize([WIDTH, HEIGHT], countries);
  const path = geoPath(projection);
  // Area for the count; a floor keeps a place of one event visible.
  const area = scaleSqrt().domain([0, Math.max(1, ...places.map((place) => place.events))]).range([0, 16]);
  const radius = (events: number) => Math.max(3, area(events));
  // Largest first, so small circles stay on top and can be pointed at.
  const drawn = [...places].sort((a, b) => b.events - a.events);
  return (
    <svg class="world-map" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="events by place">
      <path class="sphere" d={path({ type: 'Sphere' }) ?? ''} />
      <path class="graticule" d={path(geoGraticule10()) ?? ''} />
      <g class="countries">
        {countries.features.map((country, index) => <path key={index} d={path(country) ?? ''} />)}
      </g>
      <path class="borders" d={path(borders) ?? ''} />
      <g class="places">
        {drawn.map((place) => {
          const point = projection([place.lon, place.lat]);
          if (point === null) return null;
          return (
            <circle key={`${place.place}@${place.lat},${place.lon}`} class="place" cx={point[0]} cy={point[1]} r={radius(place.events)}>
              <title>{`${place.place}: ${place.events} events, ${place.reports} reports`}</title>
            </circle>
          );
        })}
      </g>
    </svg>
  );
}
