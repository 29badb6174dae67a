interface PagerProps {
  offset: number;
  limit: number;
  /** Results on this page. */
  shown: number;
  /** All results, when the server counts them; else a full page means there may be more. */
  total?: number;
  onPage: (offset: number) => void;
}

export function Pager({ offset, limit, shown, total, onPage }: PagerProps) {
  const hasMore = total === undefined ? shown === limit : offset + shown < total;
  if (offset === 0 && !hasMore) return null;
  return (
    <nav class="pager" aria-label="pages">
      <button type="button" disabled={offset === 0} onClick={() => onPage(Math.max(0, offset - limit))}>← Previous</button>
      <span>
        {shown === 0 ? 'none' : `${offset + 1}–${offset + shown}`}
        {total === undefined ? '' : ` of ${total.toLocaleString('en')}`}
      </span>
      <button type="button" disabled={!hasMore} onClick={() => onPage(offset + limit)}>Next →</button>
    </nav>
  );
}
