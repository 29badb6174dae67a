import { api, type EventFilters } from '../api';
import { Await } from '../components/Await';
import { EventFiltersForm } from '../components/EventFiltersForm';
import { EventRanges } from '../components/EventRanges';
import { Pager } from '../components/Pager';
import { PeriodBars } from '../components/PeriodBars';
import { navigate } from '../router';
import { useApi } from '../use-api';
import { PERIODS, type Period } from '../vocabulary';

const EVENTS_PAGE = 50;

/** Reports and events per period, then the events themselves on a time axis, for the same filters. */
export function TimelineView({ params }: { params: URLSearchParams }) {
  const filters: EventFilters = Object.fromEntries(
    (['actor', 'type', 'status', 'from', 'to'] as const).flatMap((field) => (params.get(field) ? [[field, params.get(field)!]] : [])),
  );
  const requested = params.get('by');
  const by: Period = PERIODS.find((period) => period === requested) ?? 'month';
  const offset = Number(params.get('offset') ?? 0) || 0;
  const filterKey = JSON.stringify(filters);
  const buckets = useApi(`timeline:${filterKey}:${by}`, (signal) => api.timeline({ ...filters, by }, signal));
  const events = useApi(`events:${filterKey}:${offset}`, (signal) => api.events({ ...filters, limit: EVENTS_PAGE, offset }, signal));
  return (
    <div class="timeline-view">
      <h1>Timeline</h1>
      <EventFiltersForm key={params.toString()} path="/timeline" fields={['actor', 'type', 'status', 'from', 'to', 'by']} values={params} />
      <Await loaded={buckets}>
        {(data) => (data.results.length === 0 ? <p class="muted">No events for these filters.</p> : <PeriodBars buckets={data.results} />)}
      </Await>
      <h2>Events</h2>
      <Await loaded={events}>
        {(data) => (
          <>
            <EventRanges events={data.results} />
            <Pager offset={offset} limit={EVENTS_PAGE} shown={data.results.length} onPage={(next) => navigate('/timeline', { ...filters, by: params.get('by') ?? undefined, offset: next })} />
          </>
        )}
      </Await>
    </div>
  );
}
