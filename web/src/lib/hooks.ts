/**
 * Data hooks: one GET that follows its parameters, and a paged list with "Load more".
 * @module
 */
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError, apiGet } from './api.js';
import type { Page } from './types.js';

type Params = Record<string, string | number | undefined | null>;

export interface Loaded<T> {
  data: T | undefined;
  error: ApiError | undefined;
  loading: boolean;
  reload: () => void;
}

function asApiError(e: unknown): ApiError {
  return e instanceof ApiError ? e : new ApiError(0, 'E_UI', (e as Error).message ?? String(e), null);
}

/** GET `path` (nothing when null); refetches when the path or a parameter changes. */
export function useApi<T>(path: string | null, params: Params = {}): Loaded<T> {
  const key = path === null ? '' : `${path}?${JSON.stringify(params)}`;
  const [state, setState] = useState<{ key: string; data?: T; error?: ApiError }>({ key: '' });
  const [tick, setTick] = useState(0);
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    apiGet<T>(path, params, ctl.signal).then(
      (data) => setState({ key, data }),
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setState({ key, error: asApiError(e) });
      },
    );
    return () => ctl.abort();
  }, [key, tick]);
  const current = state.key === key;
  return {
    data: current ? state.data : undefined,
    error: current ? state.error : undefined,
    loading: path !== null && !current,
    reload: () => setTick((n) => n + 1),
  };
}

export interface Paged<T, P extends Page<T>> {
  items: T[];
  /** Every page loaded so far (for what a page carries besides items, e.g. entity names). */
  pages: P[];
  error: ApiError | undefined;
  loading: boolean;
  loadingMore: boolean;
  hasMore: boolean;
  more: () => void;
  reload: () => void;
}

interface PagedState<P> {
  key: string;
  pages: P[];
  error?: ApiError;
  busy: boolean;
}

/** A paged list: the first page follows the parameters; `more()` appends the next one. */
export function usePaged<T, P extends Page<T> = Page<T>>(path: string | null, params: Params): Paged<T, P> {
  const key = path === null ? '' : `${path}?${JSON.stringify(params)}`;
  const [state, setState] = useState<PagedState<P>>({ key: '', pages: [], busy: false });
  const [tick, setTick] = useState(0);
  const live = useRef(state);
  live.current = state;
  useEffect(() => {
    if (path === null) return;
    const ctl = new AbortController();
    setState({ key, pages: [], busy: true });
    apiGet<P>(path, params, ctl.signal).then(
      (page) => setState({ key, pages: [page], busy: false }),
      (e: unknown) => {
        if ((e as Error).name !== 'AbortError') setState({ key, pages: [], busy: false, error: asApiError(e) });
      },
    );
    return () => ctl.abort();
  }, [key, tick]);
  const current = state.key === key;
  const pages = current ? state.pages : [];
  const last = pages[pages.length - 1];
  const more = useCallback(() => {
    const s = live.current;
    const cursor = s.pages[s.pages.length - 1]?.nextCursor;
    if (path === null || s.key !== key || s.busy || !cursor) return;
    setState({ ...s, busy: true, error: undefined });
    apiGet<P>(path, { ...params, cursor }).then(
      (page) => {
        if (live.current.key === key) setState({ key, pages: [...live.current.pages, page], busy: false });
      },
      (e: unknown) => {
        if (live.current.key === key) setState({ ...live.current, busy: false, error: asApiError(e) });
      },
    );
  }, [path, key, params]);
  return {
    items: pages.flatMap((p) => p.items),
    pages,
    error: current ? state.error : undefined,
    loading: path !== null && (!current || (state.busy && pages.length === 0)),
    loadingMore: current && state.busy && pages.length > 0,
    hasMore: Boolean(last?.nextCursor),
    more,
    reload: () => setTick((n) => n + 1),
  };
}

/** A value that follows `value` after it has been still for `ms`. */
export function useDebounced<T>(value: T, ms: number): T {
  const [v, setV] = useState(value);
  useEffect(() => {
    const id = setTimeout(() => setV(value), ms);
    return () => clearTimeout(id);
  }, [value, ms]);
  return v;
}
