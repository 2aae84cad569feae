import { useT } from '../../../lib/i18n';

/** Always on the member's page, whatever else loads or fails: help must never depend on the API. */
export function CrisisResources() {
  const t = useT();
  return (
    <aside className="crisis" aria-labelledby="crisis-heading" data-testid="crisis-resources">
      <h2 id="crisis-heading" className="crisis__title">
        {t('member.crisis.heading')}
      </h2>
      <p>{t('member.crisis.text')}</p>
      <p className="crisis__note">{t('member.crisis.availability')}</p>
      <ul className="crisis__actions">
        <li>
          <a className="crisis__link" href="tel:988">
            {t('member.crisis.call988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="sms:988">
            {t('member.crisis.text988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="tel:911">
            {t('member.crisis.call911')}
          </a>
        </li>
      </ul>
    </aside>
  );
}
