export const LOCALES = ['en', 'es'] as const;
export type Locale = (typeof LOCALES)[number];

export const LOCALE_STORAGE_KEY = 'kap.locale';

export function isLocale(value: unknown): value is Locale {
  return typeof value === 'string' && (LOCALES as readonly string[]).includes(value);
}

function storedLocale(): Locale | undefined {
  try {
    const value = window.localStorage.getItem(LOCALE_STORAGE_KEY);
    return isLocale(value) ? value : undefined;
  } catch {
    return undefined; // storage can be disabled (private mode, policy); fall back to the browser
  }
}

export function rememberLocale(locale: Locale): void {
  try {
    window.localStorage.setItem(LOCALE_STORAGE_KEY, locale);
  } catch {
    // The choice still holds for this visit.
  }
}

export function initialLocale(): Locale {
  return storedLocale() ?? (navigator.language?.toLowerCase().startsWith('es') ? 'es' : 'en');
}
