import { useEffect, useId, useRef, useState } from 'preact/hooks';
import { AnalysisView, type RecKey } from '../components/AnalysisView.js';
import { ErrorBox } from '../components/States.js';
import { ApiError, apiPost } from '../lib/api.js';
import { langName, t } from '../lib/i18n.js';
import { loc, navigate, withQuery } from '../lib/router.js';
import { useTitle } from '../lib/title.js';
import type { Analysis } from '../lib/types.js';

const LANGS = ['nb', 'nn', 'sv', 'da', 'de', 'en'];
/** Longest link the page writes (the text travels in the URL fragment, never to a server log). */
const MAX_LINK = 8000;

const EXAMPLE = {
  published: '2026-02-17',
  text: `Utenriksminister Marco Rubio sa tirsdag at USA vil holde en ny runde samtaler med Ukraina og Russland i Genève neste uke.

– Vi er nærmere en avtale enn noen gang, sa Rubio til journalister i Washington.

Natt til onsdag angrep Russland Kyiv med 120 droner og 15 raketter, ifølge det ukrainske luftforsvaret. Minst fire personer ble drept.

President Volodymyr Zelenskyj krevde i en videotale at Europa øker presset på Moskva.`,
};

interface Result {
  analysis: Analysis;
  ms: number;
}

function readHash(hash: string): string | undefined {
  const m = /^text=(.*)$/s.exec(hash);
  if (!m) return undefined;
  try {
    return decodeURIComponent(m[1]!);
  } catch {
    return undefined;
  }
}

export function AnalyzePage() {
  useTitle(t('analyze.title'));
  const ids = { text: useId(), date: useId(), lang: useId(), title: useId(), err: useId() };
  const query = loc.value.query;
  const [text, setText] = useState(() => readHash(loc.value.hash) ?? '');
  const [published, setPublished] = useState(query.get('published') ?? '');
  const [lang, setLang] = useState(query.get('lang') ?? '');
  const [title, setTitle] = useState(query.get('title') ?? '');
  const [result, setResult] = useState<Result>();
  const [error, setError] = useState<ApiError>();
  const [empty, setEmpty] = useState(false);
  const [busy, setBusy] = useState(false);
  const [tooLong, setTooLong] = useState(false);
  const [active, setActive] = useState<RecKey>();
  const area = useRef<HTMLTextAreaElement>(null);
  const resultHead = useRef<HTMLHeadingElement>(null);
  const ctl = useRef<AbortController | undefined>(undefined);
  const trace = query.get('trace') === '1';

  const run = async (input = { text, published, lang, title }) => {
    if (!input.text.trim()) {
      setEmpty(true);
      area.current?.focus();
      return;
    }
    setEmpty(false);
    setBusy(true);
    setError(undefined);
    ctl.current?.abort();
    const c = new AbortController();
    ctl.current = c;
    const t0 = performance.now();
    try {
      const body = {
        text: input.text,
        ...(input.published ? { published: input.published } : {}),
        ...(input.lang ? { lang: input.lang } : {}),
        ...(input.title.trim() ? { title: input.title.trim() } : {}),
      };
      const r = await apiPost<{ analysis: Analysis }>('/api/analyze', body, c.signal);
      setResult({ analysis: r.analysis, ms: Math.round(performance.now() - t0) });
      setActive(undefined);
      const hash = `text=${encodeURIComponent(input.text)}`;
      const long = hash.length > MAX_LINK;
      setTooLong(long);
      const params = {
        published: input.published || undefined,
        lang: input.lang || undefined,
        title: input.title.trim() || undefined,
        trace: trace ? '1' : undefined,
      };
      navigate(withQuery('/analyze', params, long ? undefined : hash), { replace: true });
      requestAnimationFrame(() => resultHead.current?.focus());
    } catch (e) {
      if ((e as Error).name === 'AbortError') return;
      setResult(undefined);
      setError(e instanceof ApiError ? e : new ApiError(0, 'E_UI', String(e), null));
    } finally {
      if (ctl.current === c) setBusy(false);
    }
  };

  // A shared link carries the text: analyse it on arrival.
  useEffect(() => {
    if (text.trim()) void run();
    return () => ctl.current?.abort();
  }, []);

  const a = result?.analysis;
  return (
    <>
      <header class="page-head">
        <h1 tabIndex={-1}>{t('analyze.title')}</h1>
        <p class="lede">{t('analyze.intro')}</p>
      </header>
      <form
        class="analyze-form panel"
        onSubmit={(e) => {
          e.preventDefault();
          void run();
        }}
      >
        <div class="field field-wide">
          <label for={ids.text}>{t('analyze.text')}</label>
          <textarea
            id={ids.text}
            ref={area}
            name="text"
            rows={10}
            value={text}
            placeholder={t('analyze.text.placeholder')}
            aria-invalid={empty}
            aria-describedby={empty ? ids.err : undefined}
            onInput={(e) => {
              setText((e.target as HTMLTextAreaElement).value);
              if (empty) setEmpty(false);
            }}
            onKeyDown={(e) => {
              if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
                e.preventDefault();
                void run();
              }
            }}
          />
          {empty ? (
            <p id={ids.err} class="field-error" role="alert">
              {t('analyze.empty')}
            </p>
          ) : null}
        </div>
        <div class="analyze-options">
          <div class="field">
            <label for={ids.date}>{t('analyze.published')}</label>
            <input
              id={ids.date}
              name="published"
              type="date"
              value={published}
              aria-describedby={`${ids.date}-hint`}
              onInput={(e) => setPublished((e.target as HTMLInputElement).value)}
            />
            <span id={`${ids.date}-hint`} class="field-hint">
              {t('analyze.published.hint')}
            </span>
          </div>
          <div class="field">
            <label for={ids.lang}>{t('analyze.lang')}</label>
            <select
              id={ids.lang}
              name="lang"
              value={lang}
              onChange={(e) => setLang((e.target as HTMLSelectElement).value)}
            >
              <option value="">{t('analyze.lang.auto')}</option>
              {LANGS.map((l) => (
                <option key={l} value={l}>
                  {langName(l)}
                </option>
              ))}
            </select>
          </div>
          <div class="field">
            <label for={ids.title}>{t('analyze.title.field')}</label>
            <input
              id={ids.title}
              name="title"
              type="text"
              value={title}
              onInput={(e) => setTitle((e.target as HTMLInputElement).value)}
            />
          </div>
        </div>
        <div class="actions">
          <button type="submit" class="button button-primary" disabled={busy} aria-busy={busy}>
            {busy ? t('analyze.running') : t('analyze.submit')}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              setText(EXAMPLE.text);
              setPublished(EXAMPLE.published);
              setLang('');
              void run({ text: EXAMPLE.text, published: EXAMPLE.published, lang: '', title: '' });
            }}
          >
            {t('analyze.example')}
          </button>
          <button
            type="button"
            class="button button-quiet"
            onClick={() => {
              setText('');
              setResult(undefined);
              setError(undefined);
              navigate('/analyze', { replace: true });
              area.current?.focus();
            }}
          >
            {t('analyze.clear')}
          </button>
          <span class="muted">{t('analyze.shortcut')}</span>
        </div>
      </form>
      {error ? <ErrorBox error={error} retry={() => void run()} /> : null}
      {a && result ? (
        <section class="panel analyze-result" aria-labelledby="result-h">
          <h2 id="result-h" ref={resultHead} tabIndex={-1}>
            {t('analyze.result')}
          </h2>
          <p class="muted" role="status">
            {t('analyze.summary', {
              lang: langName(a.article.lang),
              entities: a.entities.length,
              quotes: a.quotes.length,
              events: a.events.length,
              ms: result.ms,
            })}
            {' · '}
            {tooLong ? t('analyze.tooLong') : t('analyze.notStored')}
          </p>
          <AnalysisView
            analysis={a}
            active={active}
            onSelect={setActive}
            trace={trace}
            onTrace={(on) =>
              navigate(
                withQuery(
                  '/analyze',
                  { ...Object.fromEntries(loc.value.query), trace: on ? '1' : undefined },
                  loc.value.hash,
                ),
                { replace: true },
              )
            }
            linkActors={false}
          />
        </section>
      ) : null}
    </>
  );
}
