import { isLocale, useLocale, useT } from '../lib/i18n';

export function LanguageSwitch() {
  const t = useT();
  const { locale, setLocale } = useLocale();
  return (
    <select
      id="language"
      className="language-switch"
      aria-label={t('app.language')}
      value={locale}
      onChange={(event) => {
        if (isLocale(event.target.value)) setLocale(event.target.value);
      }}
    >
      <option value="en" lang="en">
        English
      </option>
      <option value="es" lang="es">
        Español
      </option>
    </select>
  );
}
