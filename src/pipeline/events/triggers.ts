/**
 * Event triggers: the pack's trigger forms compiled once into a matcher over word tokens.
 * "*" at either end of a form matches any letters there.
 * @module
 */
import type { EventLexicon, EventTrigger } from '../../lang/types.js';
import type { Range, Token } from '../doc.js';

export interface TriggerHit {
  trigger: EventTrigger;
  /** Index of the first word. */
  index: number;
  length: number;
  range: Range;
}

interface Compiled {
  parts: string[];
  test: (word: string, k: number) => boolean;
  trigger: EventTrigger;
}

function compileForm(form: string, trigger: EventTrigger): Compiled {
  const parts = form.split(' ');
  const tests = parts.map((p) => {
    const pre = p.startsWith('*');
    const post = p.endsWith('*');
    const core = p.replace(/^\*|\*$/g, '');
    if (pre && post) return (w: string) => w.includes(core);
    if (pre) return (w: string) => w.endsWith(core);
    if (post) return (w: string) => w.startsWith(core);
    return (w: string) => w === core;
  });
  return { parts, test: (w, k) => (tests[k] as (w: string) => boolean)(w), trigger };
}

interface CompiledLexicon {
  events: Compiled[];
  /** `notEvent` forms, tried apart: few, and they only block. */
  blockers: Compiled[];
}

const cache = new WeakMap<EventLexicon, CompiledLexicon>();

function compiled(lex: EventLexicon): CompiledLexicon {
  let c = cache.get(lex);
  if (!c) {
    const all = lex.triggers.flatMap((t) => t.forms.map((f) => compileForm(f, t)));
    c = { events: all.filter((f) => !f.trigger.notEvent), blockers: all.filter((f) => f.trigger.notEvent) };
    cache.set(lex, c);
  }
  return c;
}

/**
 * Every trigger among `words`, longest first at each position, non-overlapping. A `notEvent`
 * form blocks only forms of its own type ("sanksjonspakken" is no aid package, but still a
 * sanction).
 */
export function findTriggers(words: readonly Token[], lex: EventLexicon): TriggerHit[] {
  const forms = compiled(lex);
  const out: TriggerHit[] = [];
  const lower = words.map((w) => w.text.toLowerCase());
  const at = (f: Compiled, i: number) =>
    f.parts.every((_, k) => i + k < lower.length && f.test(lower[i + k] as string, k));
  for (let i = 0; i < words.length; i++) {
    let best: Compiled | undefined;
    let blocker: Compiled | undefined;
    for (const f of forms.events) {
      if (best && f.parts.length <= best.parts.length) continue;
      if (at(f, i)) best = f;
    }
    for (const f of forms.blockers) if ((!blocker || f.parts.length > blocker.parts.length) && at(f, i)) blocker = f;
    if (blocker && (!best || (best.trigger.type === blocker.trigger.type && best.parts.length <= blocker.parts.length)))
      best = blocker;
    if (!best) continue;
    const n = best.parts.length;
    out.push({
      trigger: best.trigger,
      index: i,
      length: n,
      range: { start: (words[i] as Token).start, end: (words[i + n - 1] as Token).end },
    });
    i += n - 1;
  }
  return out;
}

const phraseCache = new Map<string, Compiled>();

/** Does any of `phrases` occur among `words` (lower case, "*" allowed at the ends)? */
export function hasPhrase(words: readonly Token[], phrases: readonly string[]): boolean {
  return phrases.some((p) => {
    let c = phraseCache.get(p);
    if (!c) {
      c = compileForm(p, { forms: [], type: 'AGREE' });
      phraseCache.set(p, c);
    }
    const form = c;
    return words.some((_, i) =>
      form.parts.every(
        (__, k) => words[i + k] !== undefined && form.test((words[i + k] as Token).text.toLowerCase(), k),
      ),
    );
  });
}
