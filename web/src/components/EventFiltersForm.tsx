import { navigate } from '../router';
import { EVENT_STATUSES, PERIODS, PLOVER_CATEGORIES } from '../vocabulary';

export type FilterField = 'actor' | 'type' | 'status' | 'from' | 'to' | 'by';

interface EventFiltersFormProps {
  /** The view the form's values go to, as parameters of its address. */
  path: string;
  fields: readonly FilterField[];
  values: URLSearchParams;
}

/** Event filters whose values live in the view's address, so a filtered view can be shared. */
export function EventFiltersForm({ path, fields, values }: EventFiltersFormProps) {
  const submit = (event: SubmitEvent) => {
    event.preventDefault();
    const data = new FormData(event.currentTarget as HTMLFormElement);
    navigate(path, Object.fromEntries(fields.map((field) => [field, String(data.get(field) ?? '').trim()])));
  };
  const value = (field: FilterField) => values.get(field) ?? '';
  // Initial values only (defaultValue, selected): the user's edits stay until submitted. Views key
  // the form by their address, so a new address resets it.
  return (
    <form class="filters" onSubmit={submit}>
      {fields.includes('actor') && <label>actor key <input name="actor" defaultValue={value('actor')} placeholder="an actor's key" /></label>}
      {fields.includes('type') && (
        <label>category
          <select name="type">
            <option value="">any</option>
            {PLOVER_CATEGORIES.map((category) => <option key={category} value={category} selected={category === value('type')}>{category}</option>)}
          </select>
        </label>
      )}
      {fields.includes('status') && (
        <label>status
          <select name="status">
            <option value="">any</option>
            {EVENT_STATUSES.map((status) => <option key={status} value={status} selected={status === value('status')}>{status}</option>)}
          </select>
        </label>
      )}
      {fields.includes('from') && <label>from <input type="date" name="from" defaultValue={value('from')} /></label>}
      {fields.includes('to') && <label>to <input type="date" name="to" defaultValue={value('to')} /></label>}
      {fields.includes('by') && (
        <label>by
          <select name="by">
            {PERIODS.map((period) => <option key={period} value={period} selected={period === (value('by') || 'month')}>{period}</option>)}
          </select>
        </label>
      )}
      <button type="submit">Apply</button>
    </form>
  );
}
