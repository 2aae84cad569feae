import { useT } from '../lib/i18n';

export function AppFooter() {
  const t = useT();
  return (
    <footer className="footer">
      <p>
        {t('app.footer.crisis')} <a href="tel:988">988</a> · <a href="tel:911">911</a>
      </p>
      <p className="muted">{t('app.footer.confidential')}</p>
    </footer>
  );
}
