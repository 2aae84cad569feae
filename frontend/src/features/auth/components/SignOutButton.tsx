import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { Button } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useSession } from './SessionProvider';

export function SignOutButton() {
  const t = useT();
  const { signOut } = useSession();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);

  async function handleClick() {
    setBusy(true);
    try {
      await signOut();
    } catch {
      // Signed out locally regardless; the sign-in page is still the right place to go.
    }
    navigate('/sign-in', { replace: true });
  }

  return (
    <Button variant="secondary" data-testid="sign-out" busy={busy} onClick={handleClick}>
      {t('auth.signOut')}
    </Button>
  );
}
