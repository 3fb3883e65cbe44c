import { Link } from '../components/Link.js';
import { t } from '../lib/i18n.js';
import { useTitle } from '../lib/title.js';

export function NotFoundPage() {
  useTitle(t('notFound.title'));
  return (
    <>
      <h1 tabIndex={-1}>{t('notFound.title')}</h1>
      <p>{t('notFound.text')}</p>
      <p>
        <Link href="/">{t('notFound.home')}</Link>
      </p>
    </>
  );
}
