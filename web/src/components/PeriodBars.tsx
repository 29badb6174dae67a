import { scaleBand, scaleLinear } from 'd3-scale';
import type { TimelineBucket } from '../api';

const WIDTH = 960;
const HEIGHT = 260;
const MARGIN = { top: 12, right: 12, bottom: 40, left: 44 };
/** At most this many period labels under the bars; the others are in each bar's tooltip. */
const MAX_LABELS = 14;
const SERIES = [
  { field: 'reports', label: 'reports' },
  { field: 'events', label: 'events (deduplicated)' },
] as const;

/** Report and event counts per period, two bars side by side. */
export function PeriodBars({ buckets }: { buckets: readonly TimelineBucket[] }) {
  const x = scaleBand<string>().domain(buckets.map((bucket) => bucket.period)).range([MARGIN.left, WIDTH - MARGIN.right]).paddingInner(0.2);
  const side = scaleBand<string>().domain(SERIES.map((series) => series.field)).range([0, x.bandwidth()]).padding(0.05);
  const y = scaleLinear().domain([0, Math.max(1, ...buckets.map((bucket) => Math.max(bucket.reports, bucket.events)))]).nice().range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  const labelEvery = Math.ceil(buckets.length / MAX_LABELS);
  return (
    <figure class="period-bars">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label="reports and events per period">
        <g class="grid">
          {y.ticks(5).map((tick) => (
            <g key={tick}>
              <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
              <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">{tick}</text>
            </g>
          ))}
        </g>
        {buckets.map((bucket, index) => (
          <g key={bucket.period} class="period" transform={`translate(${x(bucket.period)},0)`}>
            {SERIES.map((series) => (
              <rect key={series.field} class={`bar bar-${series.field}`} x={side(series.field)} width={side.bandwidth()} y={y(bucket[series.field])} height={y(0) - y(bucket[series.field])}>
                <title>{`${bucket.period}: ${bucket[series.field]} ${series.label}`}</title>
              </rect>
            ))}
            {index % labelEvery === 0 && <text class="period-label" x={x.bandwidth() / 2} y={HEIGHT - MARGIN.bottom + 16} text-anchor="middle">{bucket.period}</text>}
          </g>
        ))}
      </svg>
      <figcaption class="legend">
        {SERIES.map((series) => <span key={series.field}><span class={`swatch bar-${series.field}`} /> {series.label}</span>)}
      </figcaption>
    </figure>
  );
}
