/**
 * Events per day, stacked by type (uPlot bars on a canvas), with an HTML legend and a details
 * line. Click a day (or move with ← → and press Enter) to open it; drag across days to set the
 * date range. Days without events are shown as gaps, so the time axis is true.
 * @module
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import uPlot from 'uplot';
import 'uplot/dist/uPlot.min.css';
import { typeColour, typeLabel, typeRank } from '../lib/format.js';
import { formatDay, formatNumber, locale, t, uiLang } from '../lib/i18n.js';
import type { TimelineDay } from '../lib/types.js';

const DAY_S = 86_400;

interface Props {
  days: TimelineDay[];
  types: string[];
  selected: string | undefined;
  activeType: string | undefined;
  onDay: (day: string | undefined) => void;
  onRange: (from: string, to: string) => void;
  onType: (type: string | undefined) => void;
}

interface Series {
  /** Every day from the first to the last, YYYY-MM-DD. */
  days: string[];
  xs: number[];
  /** Bottom type first. */
  order: string[];
  counts: Map<string, number[]>;
  totals: number[];
}

const dayToSec = (d: string) => Date.parse(`${d}T00:00:00Z`) / 1000;
const secToDay = (s: number) => new Date(s * 1000).toISOString().slice(0, 10);

function build(days: TimelineDay[], types: string[]): Series {
  const order = [...types].sort((a, b) => typeRank(a) - typeRank(b));
  const first = days[0];
  const last = days[days.length - 1];
  const out: Series = { days: [], xs: [], order, counts: new Map(order.map((ty) => [ty, []])), totals: [] };
  if (!first || !last) return out;
  const byDay = new Map(days.map((d) => [d.day, d]));
  for (let s = dayToSec(first.day); s <= dayToSec(last.day); s += DAY_S) {
    const day = secToDay(s);
    const d = byDay.get(day);
    out.days.push(day);
    out.xs.push(s);
    out.totals.push(d?.total ?? 0);
    for (const ty of order) out.counts.get(ty)!.push(d?.counts[ty] ?? 0);
  }
  return out;
}

/** Stacked values, top type first (uPlot draws in order, so lower types paint over the upper ones). */
function stacked(s: Series): (number | null)[][] {
  const acc = s.days.map(() => 0);
  const rows: (number | null)[][] = [];
  for (const ty of s.order) {
    const c = s.counts.get(ty)!;
    rows.push(
      c.map((n, i) => {
        acc[i] = acc[i]! + n;
        return acc[i] || null;
      }),
    );
  }
  return rows.reverse();
}

function describe(s: Series, i: number): string {
  const parts = s.order
    .map((ty) => [ty, s.counts.get(ty)![i] ?? 0] as const)
    .filter(([, n]) => n > 0)
    .map(([ty, n]) => `${typeLabel(ty)} ${n}`);
  const head = t('timeline.chart.day', { day: formatDay(s.days[i], true), n: s.totals[i] ?? 0 });
  return parts.length ? `${head} — ${parts.join(', ')}` : head;
}

export function TimelineChart({ days, types, selected, activeType, onDay, onRange, onType }: Props) {
  const box = useRef<HTMLDivElement>(null);
  const plot = useRef<uPlot | null>(null);
  const series = useMemo(() => build(days, types), [days, types]);
  const [idx, setIdx] = useState<number | null>(null);
  const selectedIdx = selected ? series.days.indexOf(selected) : -1;
  const handlers = useRef({ onDay, onRange, selected, selectedIdx });
  handlers.current = { onDay, onRange, selected, selectedIdx };
  const lang = uiLang.value;

  useEffect(() => {
    const el = box.current;
    if (!el || series.days.length === 0) return;
    let dragged = false;
    const fmt = new Intl.DateTimeFormat(locale.value, { timeZone: 'UTC', day: 'numeric', month: 'short' });
    const bars = uPlot.paths.bars!({ size: [0.75, 48], align: 0 });
    const opts: uPlot.Options = {
      width: Math.max(280, el.clientWidth),
      height: el.clientWidth < 500 ? 180 : 240,
      legend: { show: false },
      padding: [8, 8, 0, 0],
      tzDate: (ts) => uPlot.tzDate(new Date(ts * 1000), 'Etc/UTC'),
      scales: {
        x: { time: true, range: (_u, min, max) => [min - DAY_S / 2, max + DAY_S / 2] },
        y: { range: (_u, _min, max) => [0, Math.max(4, Math.ceil(max * 1.1))] },
      },
      axes: [
        {
          stroke: '#444',
          grid: { show: false },
          ticks: { size: 4 },
          values: (_u, splits) => splits.map((s) => fmt.format(new Date(s * 1000))),
          space: 60,
        },
        {
          stroke: '#444',
          grid: { stroke: '#e6e6e6', width: 1 },
          incrs: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000],
          values: (_u, splits) => splits.map((s) => formatNumber(s)),
          size: 36,
        },
      ],
      cursor: {
        drag: { x: true, y: false, setScale: false },
        points: { show: false },
        y: false,
      },
      series: [
        {},
        ...[...series.order].reverse().map((ty) => ({
          label: typeLabel(ty),
          fill: typeColour(ty),
          stroke: typeColour(ty),
          width: 0,
          paths: bars,
          points: { show: false },
        })),
      ],
      hooks: {
        setCursor: [(u) => setIdx(u.cursor.idx ?? null)],
        setSelect: [
          (u) => {
            if (u.select.width < 6) return;
            dragged = true;
            const a = Math.round(u.posToVal(u.select.left, 'x') / DAY_S) * DAY_S;
            const b = Math.round(u.posToVal(u.select.left + u.select.width, 'x') / DAY_S) * DAY_S;
            u.setSelect({ left: 0, top: 0, width: 0, height: 0 }, false);
            const first = series.xs[0]!;
            const last = series.xs[series.xs.length - 1]!;
            const from = Math.min(Math.max(a, first), last);
            const to = Math.min(Math.max(b - DAY_S, from), last);
            handlers.current.onRange(secToDay(from), secToDay(to));
          },
        ],
        draw: [
          (u) => {
            const i = handlers.current.selectedIdx;
            if (i < 0) return;
            const x = series.xs[i]!;
            const l = u.valToPos(x - DAY_S / 2, 'x', true);
            const r = u.valToPos(x + DAY_S / 2, 'x', true);
            u.ctx.save();
            u.ctx.fillStyle = 'rgba(31, 78, 121, 0.14)';
            u.ctx.fillRect(l, u.bbox.top, r - l, u.bbox.height);
            u.ctx.restore();
          },
        ],
      },
    };
    const u = new uPlot(opts, [series.xs, ...stacked(series)] as uPlot.AlignedData, el);
    plot.current = u;
    const click = () => {
      if (dragged) {
        dragged = false;
        return;
      }
      const i = u.cursor.idx;
      if (i === null || i === undefined) return;
      const day = series.days[i];
      handlers.current.onDay(day === handlers.current.selected ? undefined : day);
    };
    u.over.addEventListener('click', click);
    const ro = new ResizeObserver(() => {
      const w = Math.max(280, el.clientWidth);
      if (Math.abs(w - u.width) > 2) u.setSize({ width: w, height: w < 500 ? 180 : 240 });
    });
    ro.observe(el);
    return () => {
      ro.disconnect();
      u.over.removeEventListener('click', click);
      u.destroy();
      plot.current = null;
    };
  }, [series, lang]);

  useEffect(() => {
    plot.current?.redraw(false, false);
  }, [selectedIdx]);

  if (series.days.length === 0) return null;

  const shown = idx ?? (selectedIdx >= 0 ? selectedIdx : null);
  const move = (i: number) => {
    const u = plot.current;
    const j = Math.max(0, Math.min(series.days.length - 1, i));
    setIdx(j);
    if (u) u.setCursor({ left: u.valToPos(series.xs[j]!, 'x'), top: u.bbox.height / devicePixelRatio / 2 });
  };
  const totals = new Map(series.order.map((ty) => [ty, series.counts.get(ty)!.reduce((a, b) => a + b, 0)]));

  return (
    <figure class="chart">
      <figcaption class="sr-only">{t('timeline.chart')}</figcaption>
      <div
        ref={box}
        class="chart-canvas"
        role="slider"
        aria-label={t('timeline.chart')}
        aria-describedby="chart-keys"
        aria-valuemin={0}
        aria-valuemax={series.days.length - 1}
        aria-valuenow={shown ?? undefined}
        aria-valuetext={shown !== null ? describe(series, shown) : t('timeline.chart.drag')}
        tabIndex={0}
        onKeyDown={(e) => {
          const cur = shown ?? (e.key === 'ArrowLeft' ? series.days.length : -1);
          if (e.key === 'ArrowRight') move(cur + 1);
          else if (e.key === 'ArrowLeft') move(cur - 1);
          else if (e.key === 'Home') move(0);
          else if (e.key === 'End') move(series.days.length - 1);
          else if (e.key === 'Enter' && shown !== null) onDay(series.days[shown]);
          else if (e.key === 'Escape') onDay(undefined);
          else return;
          e.preventDefault();
        }}
      />
      <p class="chart-details" aria-hidden="true">
        {shown !== null ? describe(series, shown) : t('timeline.chart.drag')}
      </p>
      <p id="chart-keys" class="sr-only">
        {t('timeline.chart.keys')}
      </p>
      <ul class="chart-legend" aria-label={t('filter.type')}>
        {series.order.map((ty) => (
          <li key={ty}>
            <button
              type="button"
              class="legend-item"
              aria-pressed={activeType === ty}
              onClick={() => onType(activeType === ty ? undefined : ty)}
            >
              <span class="swatch" style={{ background: typeColour(ty) }} aria-hidden="true" />
              {typeLabel(ty)} <span class="count">{totals.get(ty)}</span>
            </button>
          </li>
        ))}
      </ul>
    </figure>
  );
}
