import { useEffect } from 'preact/hooks';
import { Link } from './components/Link.js';
import { Empty } from './components/States.js';
import { useApi } from './lib/hooks.js';
import { formatDay, formatNumber, setUiLang, t, UI_LANGS, uiLang } from './lib/i18n.js';
import { loc, setPageChangeHandler } from './lib/router.js';
import type { StatsResponse } from './lib/types.js';
import { ActorPage } from './pages/Actor.js';
import { ActorsPage } from './pages/Actors.js';
import { AnalyzePage } from './pages/Analyze.js';
import { ArticlesPage } from './pages/Articles.js';
import { NotFoundPage } from './pages/NotFound.js';
import { QuotesPage } from './pages/Quotes.js';
import { ReaderPage } from './pages/Reader.js';
import { TimelinePage } from './pages/Timeline.js';

type Section = 'timeline' | 'quotes' | 'actors' | 'articles' | 'analyze' | undefined;

function decode(s: string): string {
  try {
    return decodeURIComponent(s);
  } catch {
    return s;
  }
}

/** The page for a path, and which menu item it belongs to. */
function route(path: string): { section: Section; page: preact.JSX.Element; needsData: boolean } {
  const p = path.replace(/\/+$/, '') || '/';
  if (p === '/' || p === '/timeline') return { section: 'timeline', page: <TimelinePage />, needsData: true };
  if (p === '/quotes') return { section: 'quotes', page: <QuotesPage />, needsData: true };
  if (p === '/actors') return { section: 'actors', page: <ActorsPage />, needsData: true };
  if (p === '/articles') return { section: 'articles', page: <ArticlesPage />, needsData: true };
  if (p === '/analyze') return { section: 'analyze', page: <AnalyzePage />, needsData: false };
  let m = /^\/article\/([^/]+)$/.exec(p);
  if (m) {
    const id = decode(m[1]!);
    return { section: 'articles', page: <ReaderPage key={id} id={id} />, needsData: false };
  }
  m = /^\/actor\/([^/]+)$/.exec(p);
  if (m) {
    const id = decode(m[1]!);
    return { section: 'actors', page: <ActorPage key={id} id={id} />, needsData: false };
  }
  return { section: undefined, page: <NotFoundPage />, needsData: false };
}

const NAV: { section: Exclude<Section, undefined>; href: string; key: Parameters<typeof t>[0] }[] = [
  { section: 'timeline', href: '/', key: 'nav.timeline' },
  { section: 'quotes', href: '/quotes', key: 'nav.quotes' },
  { section: 'actors', href: '/actors', key: 'nav.actors' },
  { section: 'articles', href: '/articles', key: 'nav.articles' },
  { section: 'analyze', href: '/analyze', key: 'nav.analyze' },
];

export function App() {
  const lang = uiLang.value;
  const { section, page, needsData } = route(loc.value.path);
  const stats = useApi<StatsResponse>('/api/stats');

  useEffect(() => {
    document.documentElement.lang = lang === 'nb' ? 'nb' : 'en';
  }, [lang]);
  useEffect(() => {
    setPageChangeHandler(() =>
      requestAnimationFrame(() => {
        const h = document.querySelector<HTMLElement>('main h1');
        (h ?? document.getElementById('main'))?.focus({ preventScroll: true });
      }),
    );
  }, []);

  const emptyStore = stats.data?.articles === 0 && needsData;
  return (
    <>
      <a class="skip" href="#main">
        {t('app.skip')}
      </a>
      <header class="topbar">
        <div class="topbar-inner">
          <Link href="/" class="brand">
            <span class="brand-mark" aria-hidden="true">
              P
            </span>
            <span>
              <span class="brand-name">{t('app.name')}</span>
              <span class="brand-tagline">{t('app.tagline')}</span>
            </span>
          </Link>
          <nav aria-label={t('nav.label')}>
            <ul class="nav">
              {NAV.map((n) => (
                <li key={n.section}>
                  <Link href={n.href} aria-current={section === n.section ? 'page' : undefined}>
                    {t(n.key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>
          <fieldset class="langs">
            <legend class="sr-only">{t('lang.switch')}</legend>
            {UI_LANGS.map((l) => (
              <button
                key={l}
                type="button"
                lang={l}
                aria-pressed={lang === l}
                onClick={() => setUiLang(l)}
                title={l === 'nb' ? 'Norsk (bokmål)' : 'English'}
              >
                {l === 'nb' ? 'Norsk' : 'English'}
              </button>
            ))}
          </fieldset>
        </div>
      </header>
      <main id="main" tabIndex={-1}>
        {emptyStore ? <Empty title={t('state.empty.store')} hint={t('state.empty.store.hint')} /> : page}
      </main>
      <footer class="footer">
        {stats.data && stats.data.articles > 0 ? (
          <span>
            {t('footer.stats', {
              articles: formatNumber(stats.data.articles),
              events: formatNumber(stats.data.events),
              quotes: formatNumber(stats.data.quotes),
              from: formatDay(stats.data.firstDay),
              to: formatDay(stats.data.lastDay),
            })}
          </span>
        ) : null}
        <a href="/api/openapi.json">{t('footer.api')}</a>
      </footer>
    </>
  );
}
