import { Link } from 'react-router-dom';
import { usePageTitle } from '../lib/page-title';
import { useT } from '../lib/i18n';

export function NotFoundPage() {
  const t = useT();
  usePageTitle(t('app.notFound.heading'));
  return (
    <div className="narrow">
      <h1>{t('app.notFound.heading')}</h1>
      <p>{t('app.notFound.text')}</p>
      <p>
        <Link to="/">{t('app.goHome')}</Link>
      </p>
    </div>
  );
}

export function NoAccessPage() {
  const t = useT();
  usePageTitle(t('app.noAccess.heading'));
  return (
    <div className="narrow">
      <h1>{t('app.noAccess.heading')}</h1>
      <p>{t('app.noAccess.text')}</p>
      <p>
        <Link to="/">{t('app.goHome')}</Link>
      </p>
    </div>
  );
}

export function SessionLoading() {
  const t = useT();
  return (
    <p role="status" className="muted">
      {t('ui.loading')}
    </p>
  );
}
