import { useEffect, useId, useRef } from 'react';
import { useT } from '../../lib/i18n';

/**
 * Shown the moment an answer says the person has thought of being better off dead or of hurting
 * themself (PHQ-9 item 9 above 0): announced, focused, with the lines one tap away. Never blocks
 * going on; nothing here is loaded.
 */
export function CrisisNow() {
  const t = useT();
  const headingId = useId();
  const panel = useRef<HTMLElement>(null);

  useEffect(() => {
    panel.current?.focus();
  }, []);

  return (
    <section
      ref={panel}
      className="crisis crisis--now"
      role="alert"
      aria-labelledby={headingId}
      tabIndex={-1}
      data-testid="crisis-now"
    >
      <h2 id={headingId} className="crisis__title">
        {t('crisis.now.heading')}
      </h2>
      <p className="crisis__message">{t('crisis.now.text')}</p>
      <ul className="crisis__actions">
        <li>
          <a className="crisis__link crisis__link--primary" href="tel:988" data-testid="crisis-now-call-988">
            {t('crisis.call988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="sms:988" data-testid="crisis-now-text-988">
            {t('crisis.text988')}
          </a>
        </li>
        <li>
          <a className="crisis__link" href="tel:911" data-testid="crisis-now-call-911">
            {t('crisis.call911')}
          </a>
        </li>
      </ul>
      <p className="crisis__note">{t('crisis.now.continue')}</p>
    </section>
  );
}
