import { CommonFilters, FilterBar, SearchField } from '../components/Fields.js';
import { Link } from '../components/Link.js';
import { BadRange, ListStates, More } from '../components/States.js';
import { useFacets } from '../lib/facets.js';
import { usePaged } from '../lib/hooks.js';
import { formatPublished, langName, t } from '../lib/i18n.js';
import { listFilters, setQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { ArticleSummary } from '../lib/types.js';

const FILTERS = ['q', 'lang', 'source', 'from', 'to'] as const;

export function ArticlesPage() {
  useTitle(t('articles.title'));
  const { f, badRange, active, clear } = listFilters(FILTERS);
  const list = usePaged<ArticleSummary>(badRange ? null : '/api/articles', { ...f, limit: 30 });
  const facets = useFacets();
  return (
    <>
      <header class="page-head">
        <h1 tabIndex={-1}>{t('articles.title')}</h1>
        <p class="lede">{t('articles.intro')}</p>
      </header>
      <FilterBar active={active} onClear={clear}>
        <SearchField
          name="q"
          label={t('articles.search')}
          value={f.q}
          onChange={(q) => setQuery({ q }, { replace: true })}
        />
        <CommonFilters values={f} langs={facets.langs} sources={facets.sources} onChange={(patch) => setQuery(patch)} />
      </FilterBar>
      <BadRange show={badRange} />
      <section class="panel" aria-label={t('articles.title')}>
        <ListStates
          list={list}
          badRange={badRange}
          emptyTitle={t('articles.empty')}
          emptyHint={t('articles.empty.hint')}
        />
        <ol class="cards">
          {list.items.map((a) => (
            <li key={a.id} class="card">
              <p class="card-title" lang={a.lang}>
                <Link href={`/article/${encodeURIComponent(a.id)}`}>{a.title || t('articles.untitled')}</Link>
              </p>
              <p class="card-foot">
                {a.source ? <span class="source">{a.source}</span> : null}
                {a.published ? <time dateTime={a.published}>{formatPublished(a.published)}</time> : null}
                <span>{langName(a.lang)}</span>
                <span class="muted">
                  {t('articles.counts', {
                    entities: a.counts.entities,
                    quotes: a.counts.quotes,
                    events: a.counts.events,
                  })}
                </span>
              </p>
            </li>
          ))}
        </ol>
        {list.items.length ? <More {...list} count={list.items.length} /> : null}
      </section>
    </>
  );
}
