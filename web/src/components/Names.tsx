import type { EntityRef } from '../lib/types.js';
import { Link } from './Link.js';

/** An entity as a link to its actor page (the id itself when its name is unknown). */
export function EntityLink({ id, refs }: { id: string; refs: Record<string, EntityRef | { name: string }> }) {
  const name = refs[id]?.name ?? id;
  return (
    <Link class="entity-link" href={`/actor/${encodeURIComponent(id)}`}>
      {name}
    </Link>
  );
}

/** Several entities, comma separated. */
export function EntityList({
  ids,
  refs,
}: {
  ids: readonly string[];
  refs: Record<string, EntityRef | { name: string }>;
}) {
  return (
    <>
      {ids.map((id, i) => (
        <span key={id}>
          {i > 0 ? ', ' : ''}
          <EntityLink id={id} refs={refs} />
        </span>
      ))}
    </>
  );
}
