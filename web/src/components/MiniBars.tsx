/**
 * A small bar chart of quotes per day, each bar stacked by channel (SVG, no library).
 * @module
 */
import { channelLabel } from '../lib/format.js';
import { formatDay } from '../lib/i18n.js';

const DAY_MS = 86_400_000;
const PALETTE = ['#1f4e79', '#c0392b', '#229ed9', '#8e44ad', '#16a085', '#d35400', '#7f8c8d', '#b7950b'];

export function channelColour(channel: string, all: readonly string[]): string {
  if (channel === '') return '#c8c8c8';
  const i = all.indexOf(channel);
  return PALETTE[Math.max(0, i) % PALETTE.length]!;
}

export interface DayChannel {
  day: string;
  channel: string;
}

export function MiniBars({ items, channels, label }: { items: DayChannel[]; channels: string[]; label: string }) {
  const days = items
    .map((i) => i.day)
    .filter(Boolean)
    .sort();
  const first = days[0];
  const last = days[days.length - 1];
  if (!first || !last) return null;
  const t0 = Date.parse(`${first}T00:00:00Z`);
  const n = Math.round((Date.parse(`${last}T00:00:00Z`) - t0) / DAY_MS) + 1;
  const cols: Map<string, number>[] = Array.from({ length: n }, () => new Map());
  for (const it of items) {
    if (!it.day) continue;
    const i = Math.round((Date.parse(`${it.day}T00:00:00Z`) - t0) / DAY_MS);
    const col = cols[i];
    if (col) col.set(it.channel, (col.get(it.channel) ?? 0) + 1);
  }
  const max = Math.max(1, ...cols.map((c) => [...c.values()].reduce((a, b) => a + b, 0)));
  const W = 600;
  const H = 80;
  const bw = W / n;
  return (
    <figure class="minibars">
      <svg viewBox={`0 0 ${W} ${H + 16}`} role="img" aria-label={label} preserveAspectRatio="none">
        {cols.map((col, i) => {
          let y = H;
          return [...col.entries()].map(([ch, c]) => {
            const h = (c / max) * (H - 4);
            y -= h;
            return (
              <rect
                key={`${i}-${ch}`}
                x={i * bw + bw * 0.1}
                y={y}
                width={Math.max(1, bw * 0.8)}
                height={h}
                fill={channelColour(ch, channels)}
              >
                <title>{`${formatDay(new Date(t0 + i * DAY_MS).toISOString().slice(0, 10))}: ${c} × ${ch ? channelLabel(ch) : '—'}`}</title>
              </rect>
            );
          });
        })}
        <line x1="0" x2={W} y1={H} y2={H} stroke="#999" stroke-width="1" />
      </svg>
      <figcaption class="minibars-axis">
        <span>{formatDay(first)}</span>
        <span>{formatDay(last)}</span>
      </figcaption>
    </figure>
  );
}
