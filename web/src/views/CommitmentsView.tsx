import { api, type CommitmentRow, type CommitmentState, type CommitmentStatus } from '../api';
import { Await } from '../components/Await';
import { Pager } from '../components/Pager';
import { day, names, timeWindow } from '../format';
import { articleHref, href, navigate } from '../router';
import { useApi } from '../use-api';
import { COMMITMENT_STATUSES } from '../vocabulary';

const PAGE_SIZE = 30;
const STATES: { state: CommitmentState; label: string }[] = [
  { state: 'open', label: 'Open' },
  { state: 'overdue', label: 'Overdue' },
  { state: 'kept', label: 'Kept' },
  { state: 'broken', label: 'Broken' },
  { state: 'all', label: 'All' },
];

/**
 * Promises by what became of them: open, overdue, or kept or broken by a later article's event
 * (the tabs, `outcome`); each card also says what its own article states (`status`), which the
 * select narrows to.
 */
export function CommitmentsView({ params }: { params: URLSearchParams }) {
  const requested = params.get('state');
  const state = STATES.find((item) => item.state === requested)?.state ?? 'open';
  const status = COMMITMENT_STATUSES.find((item) => item === params.get('status'));
  const offset = Number(params.get('offset') ?? 0) || 0;
  const loaded = useApi(`commitments:${state}:${status ?? ''}:${offset}`, (signal) => api.commitments({ state, status, limit: PAGE_SIZE, offset }, signal));
  return (
    <div class="commitments-view">
      <h1>Commitments</h1>
      <nav class="tabs" aria-label="commitment states">
        {STATES.map((item) => (
          <a key={item.state} href={href('/commitments', { state: item.state, status })} class={item.state === state ? 'tab active' : 'tab'} aria-current={item.state === state ? 'page' : undefined}>{item.label}</a>
        ))}
      </nav>
      <form class="filters" onSubmit={(event) => event.preventDefault()}>
        <label>as its article states it
          <select name="status" value={status ?? ''} onChange={(event) => navigate('/commitments', { state, status: (event.currentTarget as HTMLSelectElement).value })}>
            <option value="">any status</option>
            {COMMITMENT_STATUSES.map((item) => <option key={item} value={item}>{item}</option>)}
          </select>
        </label>
      </form>
      <Await loaded={loaded}>
        {(data) => (
          <>
            {data.results.length === 0 ? <p class="muted">No {state === 'all' ? '' : `${state} `}commitments{status === undefined ? '' : ` stated as ${status}`}.</p> : (
              <ul class="cards" data-status={status ?? 'any'}>{data.results.map((row) => <CommitmentCard key={`${row.documentId}#${row.commitmentId}`} row={row} />)}</ul>
            )}
            <Pager offset={offset} limit={PAGE_SIZE} shown={data.results.length} onPage={(next) => navigate('/commitments', { state, status, offset: next })} />
          </>
        )}
      </Await>
    </div>
  );
}

function outcomeOf(row: CommitmentRow): string {
  if (row.outcome !== null) return row.outcome;
  return row.overdue ? 'overdue' : 'open';
}

/** The status its own article states; none for rows stored before the store kept it. */
function StatedStatus({ status }: { status: CommitmentStatus | null }) {
  if (status === null) return null;
  return <span class={`badge status status-${status}`} title="what the article that reports the promise says became of it">article: {status}</span>;
}

function CommitmentCard({ row }: { row: CommitmentRow }) {
  const outcome = outcomeOf(row);
  const outcomeDocument = row.outcomeEvent?.split('#')[0];
  return (
    <li class={`card commitment outcome-${outcome}`}>
      <p class="promise">
        <strong>{names(row.actors)}</strong> promised “<span class="what">{row.what}</span>”
        {row.beneficiaries.length > 0 && <> to <strong>{names(row.beneficiaries)}</strong></>}
      </p>
      <p class="meta">
        {row.dueStart === null && row.dueEnd === null ? 'no due date' : `due ${timeWindow(row.dueStart, row.dueEnd)}`}
        {' · '}<StatedStatus status={row.status} />{' '}
        <span class={`badge outcome-${outcome}`} title="what later articles' events made of it">{outcome === 'kept' || outcome === 'broken' ? `later ${outcome}` : outcome}</span>
        {outcomeDocument && <> · <a href={articleHref(outcomeDocument)}>the report that {outcome === 'kept' ? 'kept' : 'broke'} it</a></>}
      </p>
      <p class="meta"><a href={articleHref(row.documentId)}>article</a> {day(row.publishedAt)}</p>
    </li>
  );
}
