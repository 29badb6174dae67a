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
      {fields.includes('type') && <Choice label="category" name="type" choices={PLOVER_CATEGORIES} selected={value('type')} any />}
      {fields.includes('status') && <Choice label="status" name="status" choices={EVENT_STATUSES} selected={value('status')} any />}
      {fields.includes('from') && <label>from <input type="date" name="from" defaultValue={value('from')} /></label>}
      {fields.includes('to') && <label>to <input type="date" name="to" defaultValue={value('to')} /></label>}
      {fields.includes('by') && <Choice label="by" name="by" choices={PERIODS} selected={value('by') || 'month'} />}
      <button type="submit">Apply</button>
    </form>
  );
}

/** A labelled select of `choices`, with "any" (the empty value) first when `any`. */
function Choice({ label, name, choices, selected, any = false }: { label: string; name: string; choices: readonly string[]; selected: string; any?: boolean }) {
  return (
    <label>{label}
      <select name={name}>
        {any && <option value="">any</option>}
        {choices.map((choice) => <option key={choice} value={choice} selected={choice === selected}>{choice}</option>)}
      </select>
    </label>
  );
}
