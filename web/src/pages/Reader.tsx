import { AnalysisView, type RecKey } from '../components/AnalysisView.js';
import { Link } from '../components/Link.js';
import { Empty, ErrorBox, Loading } from '../components/States.js';
import { safeHref } from '../lib/format.js';
import { useApi } from '../lib/hooks.js';
import { formatPublished, langName, t } from '../lib/i18n.js';
import { loc, navigate, setQuery, withQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { StoredArticle } from '../lib/types.js';

const PARAM: Record<string, string> = { q: 'quote', e: 'event', n: 'entity' };

/** The record named in the URL: ?quote=q1, ?event=e3 or ?entity=russia. */
function activeOf(query: URLSearchParams): RecKey | undefined {
  for (const [prefix, param] of Object.entries(PARAM)) {
    const v = query.get(param);
    if (v) return `${prefix}:${v}`;
  }
  return undefined;
}

export function ReaderPage({ id }: { id: string }) {
  const path = `/article/${encodeURIComponent(id)}`;
  const article = useApi<StoredArticle>(`/api/articles/${encodeURIComponent(id)}`);
  const query = loc.value.query;
  const trace = query.get('trace') === '1';
  const active = activeOf(query);
  useTitle(article.data?.title ?? article.data?.id ?? id);
  const hrefFor = (key: RecKey) => withQuery(path, { [PARAM[key[0]!]!]: key.slice(2), trace: trace ? '1' : undefined });

  if (article.error?.code === 'E_API_NOT_FOUND')
    return (
      <>
        <h1 tabIndex={-1}>{t('reader.text')}</h1>
        <Empty title={t('reader.notFound', { id })} hint={t('reader.notFound.hint')}>
          <p>
            <Link href="/articles">{t('nav.articles')}</Link> · <Link href="/quotes">{t('nav.quotes')}</Link>
          </p>
        </Empty>
      </>
    );
  if (article.error) return <ErrorBox error={article.error} retry={article.reload} />;
  if (!article.data) return <Loading />;
  const a = article.data;
  const href = safeHref(a.url);
  return (
    <article class="article">
      <header class="page-head">
        <h1 tabIndex={-1} lang={a.lang}>
          {a.title || a.id}
        </h1>
        <p class="article-meta">
          {a.source ? <span>{a.source}</span> : null}
          {a.published ? <time dateTime={a.published}>{formatPublished(a.published)}</time> : null}
          <span>{langName(a.lang)}</span>
          {href ? (
            <a href={href} rel="noopener noreferrer nofollow" target="_blank">
              {t('reader.original')} ↗
            </a>
          ) : null}
        </p>
      </header>
      <AnalysisView
        analysis={a.analysis}
        active={active}
        trace={trace}
        hrefFor={hrefFor}
        linkActors
        onSelect={(key) =>
          navigate(key ? hrefFor(key) : withQuery(path, { trace: trace ? '1' : undefined }), { replace: true })
        }
        onTrace={(on) => setQuery({ trace: on ? '1' : undefined }, { replace: true })}
      />
    </article>
  );
}
