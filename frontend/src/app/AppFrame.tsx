import { useEffect, useRef, type ReactNode } from 'react';
import { useLocation } from 'react-router-dom';
import { PageShell } from '../components/ui';
import { AppFooter } from './AppFooter';
import { AppHeader } from './AppHeader';

type Props = { role?: string; children: ReactNode };

/** Every page's frame; after client-side navigation it moves focus to the new page's content. */
export function AppFrame({ role, children }: Props) {
  const { pathname } = useLocation();
  const firstPath = useRef(pathname);

  useEffect(() => {
    if (pathname !== firstPath.current) document.getElementById('main')?.focus();
  }, [pathname]);

  return (
    <PageShell header={<AppHeader />} footer={<AppFooter />} role={role}>
      {children}
    </PageShell>
  );
}
