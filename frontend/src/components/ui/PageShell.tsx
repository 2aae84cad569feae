import type { ReactNode } from 'react';
import { useT } from '../../lib/i18n';

type Props = {
  header: ReactNode;
  footer?: ReactNode;
  /** Marks a role's home on <main> so browser tests can tell which home rendered. */
  role?: string;
  children: ReactNode;
};

export function PageShell({ header, footer, role, children }: Props) {
  const t = useT();
  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('ui.skipToContent')}
      </a>
      {header}
      <main id="main" className="shell__main" tabIndex={-1} data-role={role}>
        {children}
      </main>
      {footer}
    </div>
  );
}
