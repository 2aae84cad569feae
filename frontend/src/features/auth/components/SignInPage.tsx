import { Link, Navigate, useNavigate } from 'react-router-dom';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { useSession } from './SessionProvider';
import { SignInForm } from './SignInForm';

export function SignInPage() {
  const t = useT();
  const session = useSession();
  const navigate = useNavigate();
  usePageTitle(t('auth.signIn.heading'));

  if (session.status === 'signed-in') return <Navigate to="/" replace />;

  return (
    <div className="narrow">
      <h1 data-testid="sign-in-heading">{t('auth.signIn.heading')}</h1>
      <p className="lead">{t('auth.signIn.intro')}</p>
      <SignInForm
        onSignedIn={(user) => {
          session.signedIn(user);
          navigate('/', { replace: true });
        }}
      />
      <p className="after-form" data-testid="sign-in-welcome">
        {t('auth.signIn.newHere')} <Link to="/welcome">{t('auth.signIn.welcomeLink')}</Link>
      </p>
      <p>
        <Link to="/privacy">{t('auth.signIn.privacyLink')}</Link>
      </p>
    </div>
  );
}
