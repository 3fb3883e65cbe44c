import { EventItem } from '../components/EventItem.js';
import { CommonFilters, EntityPicker, FilterBar, SelectField } from '../components/Fields.js';
import { BadRange, Empty, ErrorBox, Loading, More } from '../components/States.js';
import { TimelineChart } from '../components/TimelineChart.js';
import { typeOptions, useFacets } from '../lib/facets.js';
import { useApi, usePaged } from '../lib/hooks.js';
import { formatDay, t } from '../lib/i18n.js';
import { queryOf, setQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { RefPage, StoredEvent, TimelineResponse } from '../lib/types.js';

const FILTERS = ['actor', 'type', 'lang', 'source', 'from', 'to'] as const;

export function TimelinePage() {
  useTitle(t('timeline.title'));
  const f = queryOf([...FILTERS, 'day']);
  const filter = { actor: f.actor, type: f.type, lang: f.lang, source: f.source, from: f.from, to: f.to };
  const badRange = Boolean(f.from && f.to && f.from > f.to);
  const timeline = useApi<TimelineResponse>(badRange ? null : '/api/timeline', filter);
  const listFilter = f.day ? { ...filter, from: f.day, to: f.day } : filter;
  const events = usePaged<StoredEvent, RefPage<StoredEvent>>(badRange ? null : '/api/events', {
    ...listFilter,
    limit: 25,
  });
  const facets = useFacets();
  const refs = Object.assign({}, ...events.pages.map((p) => p.entities));
  const anyFilter = FILTERS.some((k) => f[k]);
  const set = (patch: Record<string, string | undefined>) => setQuery(patch);

  return (
    <>
      <header class="page-head">
        <h1 tabIndex={-1}>{t('timeline.title')}</h1>
        <p class="lede">{t('timeline.intro')}</p>
      </header>
      <FilterBar
        active={anyFilter || Boolean(f.day)}
        onClear={() => setQuery(Object.fromEntries([...FILTERS, 'day'].map((k) => [k, undefined])))}
      >
        <EntityPicker
          name="actor"
          label={t('filter.actor')}
          value={f.actor}
          onChange={(actor) => set({ actor, day: undefined })}
        />
        <SelectField
          name="type"
          label={t('filter.type')}
          value={f.type}
          options={typeOptions()}
          onChange={(type) => set({ type })}
        />
        <CommonFilters
          values={f}
          langs={facets.langs}
          sources={facets.sources}
          onChange={(patch) => set(patch)}
          onDates={{ day: undefined }}
        />
      </FilterBar>
      <BadRange show={badRange} />

      <section aria-labelledby="chart-h" class="panel">
        <h2 id="chart-h" class="sr-only">
          {t('timeline.chart')}
        </h2>
        {timeline.error ? <ErrorBox error={timeline.error} retry={timeline.reload} /> : null}
        {timeline.loading ? (
          <div class="chart-placeholder">
            <Loading />
          </div>
        ) : null}
        {timeline.data && timeline.data.days.length === 0 ? (
          <Empty title={t('timeline.empty')} hint={t('timeline.empty.hint')} />
        ) : null}
        {timeline.data && timeline.data.days.length > 0 ? (
          <TimelineChart
            days={timeline.data.days}
            types={timeline.data.types}
            selected={f.day}
            activeType={f.type}
            onDay={(day) => set({ day })}
            onRange={(from, to) => set({ from, to, day: undefined })}
            onType={(type) => set({ type })}
          />
        ) : null}
      </section>

      <section aria-labelledby="list-h" class="panel">
        <div class="section-head">
          <h2 id="list-h">{f.day ? t('timeline.day', { day: formatDay(f.day, true) }) : t('timeline.list')}</h2>
          {f.day ? (
            <button type="button" class="button button-quiet" onClick={() => set({ day: undefined })}>
              {t('timeline.day.clear')}
            </button>
          ) : null}
        </div>
        {events.error ? <ErrorBox error={events.error} retry={events.reload} /> : null}
        {events.loading ? <Loading /> : null}
        {!events.loading && !events.error && events.items.length === 0 && !badRange ? (
          <Empty title={t('timeline.empty')} hint={t('timeline.empty.hint')} />
        ) : null}
        <ol class="cards">
          {events.items.map((e) => (
            <EventItem key={`${e.article.id}/${e.id}`} event={e} refs={refs} />
          ))}
        </ol>
        {events.items.length ? <More {...events} count={events.items.length} /> : null}
      </section>
    </>
  );
}
