import type { ReactNode } from 'react';
import { SessionProvider } from '../features/auth';
import { I18nProvider } from '../lib/i18n';
import { catalog } from './i18n/catalog';

export function AppProviders({ children }: { children: ReactNode }) {
  return (
    <I18nProvider catalog={catalog}>
      <SessionProvider>{children}</SessionProvider>
    </I18nProvider>
  );
}
