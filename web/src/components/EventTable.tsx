import type { EventRow } from '../api';
import { day, names, timeWindow } from '../format';
import { articleHref } from '../router';

/** Event reports, one row each, linking to the article that reported them. */
export function EventTable({ events }: { events: readonly EventRow[] }) {
  if (events.length === 0) return <p class="muted">none</p>;
  return (
    <table class="events-table">
      <thead>
        <tr><th>when</th><th>event</th><th>source → target</th><th>status</th><th>place</th><th>article</th></tr>
      </thead>
      <tbody>
        {events.map((event) => (
          <tr key={`${event.documentId}#${event.eventId}`}>
            <td>{event.timeStart === null ? `reported ${day(event.publishedAt)}` : timeWindow(event.timeStart, event.timeEnd)}</td>
            <td>{event.label} <span class="muted">{event.plover}</span></td>
            <td>{names(event.source)} → {names(event.target)}</td>
            <td><span class={`status status-${event.status}`}>{event.status}</span></td>
            <td>{event.place ?? ''}</td>
            <td><a href={articleHref(event.documentId)}>read</a></td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
