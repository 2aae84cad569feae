import { createContext, useCallback, useEffect, useMemo, useState, type ReactNode } from 'react';
import { initialLocale, rememberLocale, type Locale } from './locale';
import { translate, type Messages, type TranslationParams } from './translate';

export type Translate = (key: string, params?: TranslationParams) => string;

export type I18nContextValue = {
  locale: Locale;
  setLocale: (locale: Locale) => void;
  t: Translate;
};

export const I18nContext = createContext<I18nContextValue | null>(null);

type Props = {
  catalog: Readonly<Record<Locale, Messages>>;
  children: ReactNode;
};

export function I18nProvider({ catalog, children }: Props) {
  const [locale, setLocaleState] = useState<Locale>(initialLocale);

  useEffect(() => {
    document.documentElement.lang = locale;
  }, [locale]);

  const setLocale = useCallback((next: Locale) => {
    rememberLocale(next);
    setLocaleState(next);
  }, []);

  const value = useMemo<I18nContextValue>(
    () => ({
      locale,
      setLocale,
      t: (key, params) => translate(catalog[locale], key, params),
    }),
    [catalog, locale, setLocale],
  );

  return <I18nContext.Provider value={value}>{children}</I18nContext.Provider>;
}
