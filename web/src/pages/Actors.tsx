import { EntityTypeBadge } from '../components/Badges.js';
import { FilterBar, SearchField, SelectField } from '../components/Fields.js';
import { Link } from '../components/Link.js';
import { Empty, ErrorBox, Loading, More } from '../components/States.js';
import { usePaged } from '../lib/hooks.js';
import { t } from '../lib/i18n.js';
import { queryOf, setQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { EntitySummary } from '../lib/types.js';

export function ActorsPage() {
  useTitle(t('actors.title'));
  const f = queryOf(['q', 'type'] as const);
  const list = usePaged<EntitySummary>('/api/entities', { ...f, limit: 60 });
  return (
    <>
      <header class="page-head">
        <h1 tabIndex={-1}>{t('actors.title')}</h1>
        <p class="lede">{t('actors.intro')}</p>
      </header>
      <FilterBar active={Boolean(f.q || f.type)} onClear={() => setQuery({ q: undefined, type: undefined })}>
        <SearchField
          name="q"
          label={t('actors.search')}
          value={f.q}
          onChange={(q) => setQuery({ q }, { replace: true })}
        />
        <SelectField
          name="type"
          label={t('actors.type')}
          value={f.type}
          options={(['PER', 'ORG', 'LOC'] as const).map((v) => ({ value: v, label: t(`types.${v}`) }))}
          onChange={(type) => setQuery({ type })}
        />
      </FilterBar>
      <section class="panel" aria-label={t('actors.title')}>
        {list.error ? <ErrorBox error={list.error} retry={list.reload} /> : null}
        {list.loading ? <Loading /> : null}
        {!list.loading && !list.error && list.items.length === 0 ? (
          <Empty title={t('actors.empty')} hint={t('actors.empty.hint')} />
        ) : null}
        <ul class="actor-list">
          {list.items.map((e) => (
            <li key={e.id}>
              <Link href={`/actor/${encodeURIComponent(e.id)}`} class="actor-name">
                {e.name}
              </Link>
              <EntityTypeBadge type={e.type} />
              <span class="muted">{t('actors.count', { articles: e.articles, mentions: e.mentions })}</span>
            </li>
          ))}
        </ul>
        {list.items.length ? <More {...list} count={list.items.length} /> : null}
      </section>
    </>
  );
}
