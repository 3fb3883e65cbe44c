import type { ComponentChildren } from 'preact';
import type { ApiError } from '../lib/api.js';
import { t } from '../lib/i18n.js';

export function Loading({ label }: { label?: string }) {
  return (
    <p class="state state-loading" role="status" aria-live="polite">
      <span class="spinner" aria-hidden="true" />
      {label ?? t('state.loading')}
    </p>
  );
}

/** An error that says what went wrong and what to do, with a retry button when one helps. */
export function ErrorBox({ error, retry }: { error: ApiError; retry?: () => void }) {
  const network = error.code === 'E_UI_NETWORK';
  return (
    <div class="state state-error" role="alert">
      <p class="state-title">{t('state.error.title')}</p>
      <p>{network ? t('state.network') : error.message}</p>
      <p class="state-hint">{network ? t('state.network.hint') : error.hint}</p>
      {error.code && !network ? <p class="state-code">{error.code}</p> : null}
      {retry ? (
        <button type="button" class="button" onClick={retry}>
          {t('state.error.retry')}
        </button>
      ) : null}
    </div>
  );
}

export function Empty({ title, hint, children }: { title: string; hint?: string; children?: ComponentChildren }) {
  return (
    <div class="state state-empty" role="status">
      <p class="state-title">{title}</p>
      {hint ? <p class="state-hint">{hint}</p> : null}
      {children}
    </div>
  );
}

/** "Load more" at the end of a paged list. */
export function More({
  hasMore,
  loadingMore,
  more,
  count,
}: {
  hasMore: boolean;
  loadingMore: boolean;
  more: () => void;
  count: number;
}) {
  return (
    <div class="more">
      <span class="muted">{t('state.shown', { n: count })}</span>
      {hasMore ? (
        <button type="button" class="button" onClick={more} disabled={loadingMore} aria-busy={loadingMore}>
          {loadingMore ? t('state.loadingMore') : t('state.more')}
        </button>
      ) : count > 0 ? (
        <span class="muted">{t('state.end')}</span>
      ) : null}
    </div>
  );
}

/** What a list shows besides its items: a bad date range, an error, loading, or nothing found. */
export function ListStates({
  list,
  badRange,
  emptyTitle,
  emptyHint,
}: {
  list: { error?: ApiError | null; loading: boolean; items: readonly unknown[]; reload: () => void };
  badRange: boolean;
  emptyTitle: string;
  emptyHint?: string;
}) {
  return (
    <>
      {list.error ? <ErrorBox error={list.error} retry={list.reload} /> : null}
      {list.loading ? <Loading /> : null}
      {!list.loading && !list.error && !badRange && list.items.length === 0 ? (
        <Empty title={emptyTitle} hint={emptyHint} />
      ) : null}
    </>
  );
}

/** The alert shown when "from" is after "to". */
export function BadRange({ show }: { show: boolean }) {
  return show ? (
    <p class="state state-error" role="alert">
      {t('filter.dates.bad')}
    </p>
  ) : null;
}
