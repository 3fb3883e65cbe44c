/**
 * The readable terminal summary of one analysis: entities by type, quotes with speakers,
 * events, grouped.
 * @module
 */
import type { TraceEntry } from '../core/trace.js';
import type { Analysis, Entity } from '../schema/analysis.js';
import type { Colors } from './color.js';

const ENTITY_HEADINGS = { PER: 'People', ORG: 'Organisations', LOC: 'Places' } as const;

function clip(s: string, n: number): string {
  const flat = s.replace(/\s+/g, ' ');
  return flat.length > n ? `${flat.slice(0, n - 1)}…` : flat;
}

function entityLines(a: Analysis, c: Colors): string[] {
  const out: string[] = [];
  for (const type of ['PER', 'ORG', 'LOC'] as const) {
    const list = a.entities.filter((e) => e.type === type);
    if (list.length === 0) continue;
    out.push(`  ${c.bold(ENTITY_HEADINGS[type])}`);
    for (const e of list) {
      const forms = [...new Set(e.mentions.map((m) => m.text))].filter((f) => f !== e.name);
      const extra = forms.length ? c.dim(` (${forms.join(', ')})`) : '';
      out.push(`    ${e.name}${extra} ${c.dim(`×${e.mentions.length} ${e.id}${e.wikidata ? ` ${e.wikidata}` : ''}`)}`);
    }
  }
  return out;
}

function quoteLines(a: Analysis, c: Colors, byId: Map<string, Entity>): string[] {
  return a.quotes.map((q) => {
    const who = q.speaker ? (byId.get(q.speaker)?.name ?? q.speaker) : c.dim('(unattributed)');
    const how = [q.kind, q.channel, q.date].filter(Boolean).join(', ');
    return `  ${c.cyan(who)} ${c.dim(`[${how}]`)}: ${q.kind === 'direct' ? '«' : ''}${clip(q.text, 110)}${q.kind === 'direct' ? '»' : ''}`;
  });
}

function eventLines(a: Analysis, c: Colors, byId: Map<string, Entity>): string[] {
  const name = (id: string) => byId.get(id)?.name ?? id;
  return a.events.map((e) => {
    const who = e.actors.map(name).join(' + ') || '?';
    const whom = e.targets.length ? ` → ${e.targets.map(name).join(' + ')}` : '';
    const where = e.location ? ` in ${name(e.location)}` : '';
    const q = Object.entries(e.quantities ?? {})
      .map(([k, v]) => `${k} ${v}`)
      .join(', ');
    const modes = e.modes.length ? `/${e.modes.join(',')}` : '';
    return `  ${c.magenta(`${e.type}${modes}`)} ${who}${whom}${where} ${c.dim(`${e.date ?? 'no date'} · ${e.status}${q ? ` · ${q}` : ''}`)}`;
  });
}

/** Renders the summary; with `trace`, adds every trace entry. */
export function formatSummary(a: Analysis, c: Colors, trace?: readonly TraceEntry[]): string {
  const art = a.article;
  const byId = new Map(a.entities.map((e) => [e.id, e]));
  const head = [art.title ?? art.id, art.source, art.published, art.lang].filter(Boolean).join(' · ');
  const section = (title: string, n: number, lines: string[]) => [
    `${c.bold(title)} (${n})`,
    ...(lines.length ? lines : [c.dim('  none found')]),
  ];
  const lines = [
    c.bold(c.blue(head)),
    c.dim(`${art.text.length} characters, id ${art.id}`),
    ...section('Entities', a.entities.length, entityLines(a, c)),
    ...section('Quotes', a.quotes.length, quoteLines(a, c, byId)),
    ...section('Events', a.events.length, eventLines(a, c, byId)),
  ];
  if (trace) lines.push(c.bold('Trace'), ...trace.map((t) => `  ${c.dim(t.stage)} ${c.yellow(t.rule)} ${t.detail}`));
  return `${lines.join('\n')}\n`;
}
