import { CommonFilters, EntityPicker, FilterBar, SearchField, SelectField } from '../components/Fields.js';
import { QuoteItem } from '../components/QuoteItem.js';
import { BadRange, ListStates, More } from '../components/States.js';
import { useFacets } from '../lib/facets.js';
import { usePaged } from '../lib/hooks.js';
import { t } from '../lib/i18n.js';
import { listFilters, setQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { RefPage, StoredQuote } from '../lib/types.js';

const FILTERS = ['q', 'speaker', 'channel', 'lang', 'source', 'kind', 'from', 'to'] as const;

export function QuotesPage() {
  useTitle(t('quotes.title'));
  const { f, badRange, active, clear } = listFilters(FILTERS);
  const quotes = usePaged<StoredQuote, RefPage<StoredQuote>>(badRange ? null : '/api/quotes', { ...f, limit: 30 });
  const facets = useFacets();
  const refs = Object.assign({}, ...quotes.pages.map((p) => p.entities));
  const set = (patch: Record<string, string | undefined>) => setQuery(patch, { replace: 'q' in patch });

  return (
    <>
      <header class="page-head">
        <h1 tabIndex={-1}>{t('quotes.title')}</h1>
        <p class="lede">{t('quotes.intro')}</p>
      </header>
      <FilterBar active={active} onClear={clear}>
        <SearchField
          name="q"
          label={t('filter.search')}
          value={f.q}
          placeholder={t('filter.search.placeholder')}
          onChange={(q) => set({ q })}
        />
        <EntityPicker
          name="speaker"
          label={t('filter.speaker')}
          value={f.speaker}
          onChange={(speaker) => set({ speaker })}
        />
        <SelectField
          name="channel"
          label={t('filter.channel')}
          value={f.channel}
          options={facets.channels}
          onChange={(channel) => set({ channel })}
        />
        <CommonFilters values={f} langs={facets.langs} sources={facets.sources} onChange={(patch) => set(patch)} />
      </FilterBar>
      <BadRange show={badRange} />
      <section class="panel" aria-label={t('quotes.title')}>
        <ListStates
          list={quotes}
          badRange={badRange}
          emptyTitle={t('quotes.empty')}
          emptyHint={t('quotes.empty.hint')}
        />
        <ol class="cards quotes">
          {quotes.items.map((q) => (
            <QuoteItem key={`${q.article.id}/${q.id}`} quote={q} refs={refs} search={f.q} />
          ))}
        </ol>
        {quotes.items.length ? <More {...quotes} count={quotes.items.length} /> : null}
      </section>
    </>
  );
}
