import { useId } from 'react';
import { useT } from '../../lib/i18n';

/**
 * Crisis lines, on every page that talks about care (the member's pages, the public welcome page):
 * help must never depend on the API, so nothing here is loaded.
 */
export function CrisisResources() {
  const t = useT();
  const headingId = useId();
  return (
    <aside className="crisis" aria-labelledby={headingId} data-testid="crisis-resources">
      <h2 id={headingId} className="crisis__title">
        {t('crisis.heading')}
      </h2>
      <p>{t('crisis.text')}</p>
      <p className="crisis__note">{t('crisis.availability')}</p>
      <ul className="crisis__actions">
        <li>
          <a className="crisis__link" href="tel:988">
            {t('crisis.call988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="sms:988">
            {t('crisis.text988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="tel:911">
            {t('crisis.call911')}
          </a>
        </li>
      </ul>
    </aside>
  );
}
