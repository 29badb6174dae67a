import { scaleUtc } from 'd3-scale';
import type { EventRow } from '../api';
import { day, names, timeWindow } from '../format';
import { articleHref } from '../router';

const WIDTH = 960;
const LABEL_WIDTH = 340;
const ROW = 22;
const AXIS = 24;
const DAY_MS = 86_400_000;

const utcDay = (iso: string) => new Date(`${day(iso)}T00:00:00Z`);

/**
 * Events on a time axis: one over several days as a bar across its range, one on a single day as
 * a point; an event with no time of its own sits, hollow, on the day it was reported. Times are
 * half-open windows: a single day ends at the next midnight.
 */
export function EventRanges({ events }: { events: readonly EventRow[] }) {
  const rows = events.map((event) => {
    const start = event.timeStart ?? event.publishedAt;
    const end = event.timeStart === null ? null : event.timeEnd;
    return { event, start: start ? utcDay(start) : null, end: end ? utcDay(end) : null, reportedOnly: event.timeStart === null };
  });
  const days = rows.flatMap((row) => [row.start?.getTime(), row.end?.getTime()].filter((time) => time !== undefined));
  if (days.length === 0) return <p class="muted">No dated events.</p>;
  const x = scaleUtc()
    .domain([new Date(Math.min(...days) - DAY_MS), new Date(Math.max(...days) + DAY_MS)])
    .range([LABEL_WIDTH + 8, WIDTH - 12]);
  const height = AXIS + rows.length * ROW;
  return (
    <svg class="event-ranges" viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label="events over time">
      <g class="axis">
        {x.ticks(6).map((tick) => (
          <g key={tick.getTime()}>
            <line x1={x(tick)} x2={x(tick)} y1={AXIS - 4} y2={height} />
            <text x={x(tick)} y={AXIS - 8} text-anchor="middle">{x.tickFormat(6)(tick)}</text>
          </g>
        ))}
      </g>
      {rows.map(({ event, start, end, reportedOnly }, index) => {
        const y = AXIS + index * ROW + ROW / 2;
        const isRange = start !== null && end !== null && end.getTime() - start.getTime() > DAY_MS;
        const when = reportedOnly ? `reported ${day(event.publishedAt)}` : timeWindow(event.timeStart, event.timeEnd);
        return (
          <a key={`${event.documentId}#${event.eventId}`} href={articleHref(event.documentId)} class={`event-row status-${event.status}`}>
            <title>{`${event.label}: ${names(event.source)} → ${names(event.target)} (${event.status}) ${when}`}</title>
            <text x={0} y={y} dy="0.32em" class="event-label">{clip(`${event.label}: ${names(event.source)} → ${names(event.target)}`)}</text>
            {start !== null && (isRange
              ? <rect class="range" x={x(start)} y={y - 5} width={Math.max(3, x(end!) - x(start))} height={10} rx={3} />
              : <circle class={reportedOnly ? 'point reported' : 'point'} cx={x(start)} cy={y} r={5} />)}
          </a>
        );
      })}
    </svg>
  );
}

/** Labels cut to the label column (SVG text does not wrap). */
function clip(label: string, length = 52): string {
  return label.length <= length ? label : `${label.slice(0, length - 1)}…`;
}
