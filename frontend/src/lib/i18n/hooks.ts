import { useContext } from 'react';
import { I18nContext, type I18nContextValue, type Translate } from './I18nProvider';

function useI18n(): I18nContextValue {
  const value = useContext(I18nContext);
  if (!value) throw new Error('useT and useLocale need an <I18nProvider> above them');
  return value;
}

export function useT(): Translate {
  return useI18n().t;
}

export function useLocale(): Pick<I18nContextValue, 'locale' | 'setLocale'> {
  const { locale, setLocale } = useI18n();
  return { locale, setLocale };
}
