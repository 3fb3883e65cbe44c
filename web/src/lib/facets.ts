/**
 * Options for the filter selects: the languages, sources and channels that occur in the store
 * (GET /api/facets), and the event types.
 * @module
 */

import type { Option } from '../components/Fields.js';
import { channelLabel, TYPE_ORDER, typeLabel } from './format.js';
import { useApi } from './hooks.js';
import { langName } from './i18n.js';
import type { Facets } from './types.js';

export function useFacets() {
  const f = useApi<Facets>('/api/facets');
  const langs: Option[] = (f.data?.languages ?? []).map((l) => ({
    value: l.value,
    label: `${langName(l.value)} (${l.count})`,
  }));
  const sources: Option[] = (f.data?.sources ?? []).map((s) => ({ value: s.value, label: `${s.value} (${s.count})` }));
  const channels: Option[] = (f.data?.channels ?? []).map((c) => ({
    value: c.value,
    label: `${channelLabel(c.value)} (${c.count})`,
  }));
  return { langs, sources, channels };
}

export function typeOptions(): Option[] {
  return TYPE_ORDER.map((ty) => ({ value: ty, label: `${typeLabel(ty)} (${ty})` }));
}
