import { Link, NavLink } from 'react-router-dom';
import { SignOutButton, useSession, type Role } from '../features/auth';
import { useT } from '../lib/i18n';
import { LanguageSwitch } from './LanguageSwitch';
import { HOME_PATH } from './role-homes';

/** Pages a role reaches from every page, after its home. */
const ROLE_NAV: Partial<Record<Role, { to: string; label: string }[]>> = {
  PLATFORM_ADMIN: [
    { to: '/admin/licences', label: 'app.nav.licences' },
    { to: '/admin/providers', label: 'app.nav.providerInvitations' },
    { to: '/admin/reports', label: 'app.nav.reports' },
  ],
  HR_ADMIN: [
    { to: '/hr/programmes', label: 'app.nav.programmes' },
    { to: '/hr/reports', label: 'app.nav.reports' },
    { to: '/hr/team', label: 'app.nav.team' },
  ],
  MEMBER: [
    { to: '/member/consents', label: 'app.nav.consents' },
    { to: '/member/screening', label: 'app.nav.screening' },
    { to: '/member/scores', label: 'app.nav.scores' },
    { to: '/member/therapist', label: 'app.nav.therapist' },
    { to: '/member/care', label: 'app.nav.care' },
    { to: '/member/details', label: 'app.nav.myDetails' },
    { to: '/member/employer-view', label: 'app.nav.employerView' },
  ],
  // Shown to every provider: each page tells the other kind of provider whose work it is.
  PROVIDER: [
    { to: '/provider/clearance', label: 'app.nav.clearance' },
    { to: '/provider/referrals', label: 'app.nav.referrals' },
    { to: '/provider/availability', label: 'app.nav.availability' },
    { to: '/provider/sessions', label: 'app.nav.sessions' },
  ],
};

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
              <>
                <li>
                  <NavLink to={HOME_PATH[user.role]} end>
                    {t('app.nav.home')}
                  </NavLink>
                </li>
                {ROLE_NAV[user.role]?.map((item) => (
                  <li key={item.to}>
                    <NavLink to={item.to}>{t(item.label)}</NavLink>
                  </li>
                ))}
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/welcome">{t('app.nav.about')}</NavLink>
                </li>
                <li>
                  <NavLink to="/sign-in">{t('app.nav.signIn')}</NavLink>
                </li>
              </>
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
