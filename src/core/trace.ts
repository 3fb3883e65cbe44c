/**
 * Lazy provenance tracing. Stages call `trace.add(stage, rule, () => detail)`; the closure runs
 * only when tracing is on, so the hot path pays nothing.
 * @module
 */
export interface TraceEntry {
  stage: string;
  rule: string;
  detail: string;
}

export interface Trace {
  readonly enabled: boolean;
  add(stage: string, rule: string, detail: () => string): void;
  entries(): readonly TraceEntry[];
}

export function createTrace(enabled: boolean): Trace {
  const list: TraceEntry[] = [];
  return {
    enabled,
    add(stage, rule, detail) {
      if (enabled) list.push({ stage, rule, detail: detail() });
    },
    entries: () => list,
  };
}
