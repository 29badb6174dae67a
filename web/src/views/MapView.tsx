import { api, type EventFilters } from '../api';
import { Await } from '../components/Await';
import { EventFiltersForm } from '../components/EventFiltersForm';
import { WorldMap } from '../components/WorldMap';
import { useApi } from '../use-api';

/** Where events happened, on a world map and as a table. */
export function MapView({ params }: { params: URLSearchParams }) {
  const filters: Omit<EventFilters, 'actor'> = Object.fromEntries(
    (['type', 'status', 'from', 'to'] as const).flatMap((field) => (params.get(field) ? [[field, params.get(field)!]] : [])),
  );
  const places = useApi(`places:${JSON.stringify(filters)}`, (signal) => api.places(filters, signal));
  return (
    <div class="map-view">
      <h1>Map</h1>
      <EventFiltersForm key={params.toString()} path="/map" fields={['type', 'status', 'from', 'to']} values={params} />
      <Await loaded={places}>
        {(data) => (
          <>
            <WorldMap places={data.results} />
            <table class="places-table">
              <thead><tr><th>place</th><th>kind</th><th>country</th><th>events</th><th>reports</th></tr></thead>
              <tbody>
                {data.results.map((place) => (
                  <tr key={`${place.place}@${place.lat},${place.lon}`}>
                    <td>{place.place}</td><td>{place.kind ?? ''}</td><td>{place.country ?? ''}</td><td>{place.events}</td><td>{place.reports}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
      </Await>
    </div>
  );
}
