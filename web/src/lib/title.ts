import { useEffect } from 'preact/hooks';
import { t } from './i18n.js';

/** Sets the document title ("Quotes · Parley"). */
export function useTitle(title: string | undefined): void {
  useEffect(() => {
    document.title = title ? `${title} · ${t('app.name')}` : t('app.name');
  }, [title]);
}
