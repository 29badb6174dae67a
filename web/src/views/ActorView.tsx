import { api, type ActorProfile } from '../api';
import { Await } from '../components/Await';
import { EventTable } from '../components/EventTable';
import { ForceGraph } from '../components/ForceGraph';
import { count, day, dayRange } from '../format';
import { articleHref, href } from '../router';
import { useApi } from '../use-api';

export function ActorView({ actorKey }: { actorKey: string }) {
  const loaded = useApi(`actor:${actorKey}`, (signal) => api.actor(actorKey, signal));
  return <Await loaded={loaded}>{(profile) => <Actor profile={profile} />}</Await>;
}

function Actor({ profile }: { profile: ActorProfile }) {
  const { actor } = profile;
  return (
    <div class="actor-view">
      <header>
        <h1>{actor.name}</h1>
        <p class="meta">
          {[actor.type, actor.country, actor.sector, count(actor.documents, 'article'), actor.firstSeen === null && actor.lastSeen === null ? '' : `seen ${dayRange(actor.firstSeen, actor.lastSeen)}`].filter(Boolean).join(' · ')}
          {' · '}<a href={href('/timeline', { actor: actor.key })}>timeline</a>
        </p>
        {profile.names.length > 1 && <p class="names">Also named: {profile.names.filter((name) => name !== actor.name).join(', ')}</p>}
      </header>
      <div class="actor-grid">
        <section>
          <h2>Roles over time</h2>
          {profile.roles.length === 0 ? <p class="muted">none</p> : (
            <table>
              <thead><tr><th>title</th><th>country</th><th>first seen</th><th>articles</th></tr></thead>
              <tbody>
                {profile.roles.map((role) => (
                  <tr key={`${role.title}/${role.country}`}><td>{role.title}</td><td>{role.country ?? ''}</td><td>{day(role.firstSeen)}</td><td>{role.documents}</td></tr>
                ))}
              </tbody>
            </table>
          )}
        </section>
        <section class="co-occurring">
          <h2>Named in the same articles</h2>
          {profile.coOccurring.length === 0 ? <p class="muted">none</p> : <ForceGraph centre={actor} neighbours={profile.coOccurring} />}
        </section>
      </div>
      <section>
        <h2>Quotes</h2>
        {profile.quotes.length === 0 ? <p class="muted">none</p> : (
          <ul class="quotes">
            {profile.quotes.map((quote) => (
              <li key={`${quote.documentId}#${quote.quoteId}`}>
                <q>{quote.text}</q> <span class="muted">{quote.kind} · {day(quote.publishedAt)}</span> <a href={articleHref(quote.documentId)}>article</a>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section>
        <h2>Events as source</h2>
        <EventTable events={profile.events.asSource} />
      </section>
      <section>
        <h2>Events as target</h2>
        <EventTable events={profile.events.asTarget} />
      </section>
    </div>
  );
}
