import { useRef, useState } from 'react';
import { Alert, Button } from '../ui';
import { formatDateTime, useLocale, useT } from '../../lib/i18n';

type Props = { url: string; email: string; expiresAt: string };

/** The invitation link, shown once: the inviter copies it and sends it themselves. */
export function OneTimeLink({ url, email, expiresAt }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const input = useRef<HTMLInputElement>(null);
  const [copied, setCopied] = useState(false);

  async function copy() {
    input.current?.select();
    try {
      await navigator.clipboard.writeText(url);
    } catch {
      // No clipboard API (or no permission): the selected text can still be copied by hand.
      document.execCommand?.('copy');
    }
    setCopied(true);
  }

  return (
    <Alert tone="info" title={t('access.link.title', { email })} testId="invitation-created">
      <div className="field">
        <label htmlFor="invitation-link" className="field__label">
          {t('access.link.label')}
        </label>
        <div className="copy-row">
          <input
            ref={input}
            id="invitation-link"
            data-testid="invitation-link"
            className="field__input"
            readOnly
            value={url}
            aria-describedby="invitation-link-hint"
            onFocus={(event) => event.target.select()}
          />
          <Button variant="secondary" onClick={copy} data-testid="copy-invitation-link">
            {t('ui.copy')}
          </Button>
        </div>
        <p id="invitation-link-hint" className="field__hint">
          {t('access.link.once', { expiresAt: formatDateTime(expiresAt, locale) })}
        </p>
        <p role="status" className="muted">
          {copied ? t('ui.copied') : ''}
        </p>
      </div>
    </Alert>
  );
}
