import { describe, expect, it } from 'vitest';
import { span } from '../../core/span.js';
import type { TimeExpr } from '../../schema/analysis.js';
import { eventDateIn, eventDateOf } from './event-date.js';

const TEXT = 'Natt til onsdag angrep Russland. Neste uke møtes de. Mandag kveld kom svaret.';
const at = (s: string, value: string, granularity: TimeExpr['granularity']): TimeExpr => {
  const start = TEXT.indexOf(s);
  return { span: span(TEXT, start, start + s.length), value, granularity };
};

describe('eventDateOf', () => {
  it.each([
    ['day', '2026-02-17', '2026-02-17'],
    ['part-of-day', '2026-02-18TNI', '2026-02-18'],
    ['instant', '2026-02-17T14:30', '2026-02-17'],
    ['week', '2026-W08', '2026-02-16/2026-02-22'],
    ['interval', '2026-02-17/2026-02-18', '2026-02-17/2026-02-18'],
    ['month', '2026-02', undefined],
    ['year', '2022', undefined],
    ['day', 'garbage', undefined],
  ] as const)('%s %s → %s', (granularity, value, expected) => {
    expect(eventDateOf(at('Natt', value, granularity))).toBe(expected);
  });
});

describe('eventDateIn', () => {
  const times = [
    at('Natt til onsdag', '2026-02-18TNI', 'part-of-day'),
    at('Neste uke', '2026-W09', 'week'),
    at('Mandag kveld', '2026-02-16TEV', 'part-of-day'),
  ];

  it('gives the date of the expression inside the evidence sentence', () => {
    expect(eventDateIn(times, { start: 0, end: 32 })).toBe('2026-02-18');
    expect(eventDateIn(times, { start: 33, end: 52 })).toBe('2026-02-23/2026-03-01');
  });

  it('prefers the expression nearest the trigger', () => {
    expect(eventDateIn(times, { start: 0, end: TEXT.length }, TEXT.indexOf('svaret'))).toBe('2026-02-16');
  });

  it('gives nothing for a sentence without a dated expression', () => {
    expect(eventDateIn([], { start: 0, end: 10 })).toBeUndefined();
  });
});
