export { I18nProvider, type Translate } from './I18nProvider';
export { useT, useLocale } from './hooks';
export { LOCALES, LOCALE_STORAGE_KEY, isLocale, type Locale } from './locale';
export { translate, placeholdersOf, type Messages, type TranslationParams } from './translate';
export { formatCalendarDate, formatDateTime, formatList, formatMonth, formatNumber, formatUsd, languageName } from './format';
