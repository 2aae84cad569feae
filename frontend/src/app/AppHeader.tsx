import { Link, NavLink } from 'react-router-dom';
import { SignOutButton, useSession } from '../features/auth';
import { useT } from '../lib/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { HOME_PATH } from './role-homes';

export function AppHeader() {
  const t = useT();
  const session = useSession();
  const user = session.status === 'signed-in' ? session.user : null;

  return (
    <header className="header">
      <div className="header__inner">
        <Link to="/" className="header__brand">
          {t('app.productName')}
        </Link>
        <nav aria-label={t('app.nav.label')} className="header__nav">
          <ul>
            {user ? (
              <li>
                <NavLink to={HOME_PATH[user.role]}>{t('app.nav.home')}</NavLink>
              </li>
            ) : (
              <li>
                <NavLink to="/sign-in">{t('app.nav.signIn')}</NavLink>
              </li>
            )}
            <li>
              <NavLink to="/privacy">{t('app.nav.privacy')}</NavLink>
            </li>
          </ul>
        </nav>
        <div className="header__tools">
          <LanguageSwitch />
          {user && (
            <>
              <span className="header__user">{t('app.signedInAs', { name: user.displayName })}</span>
              <SignOutButton />
            </>
          )}
        </div>
      </div>
    </header>
  );
}
