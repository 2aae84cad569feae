import { useMemo } from 'react';
import { Alert } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { acceptProviderInvitation, fetchProviderInvitation, type ProviderInvitationPreview } from '../api/invitation-api';
import { InvitationFlow, type InvitationVariant } from './InvitationFlow';

/** A psychotherapist's or prescriber's invitation to join the provider network. */
export function ProviderInvitationPage() {
  const t = useT();
  const variant = useMemo<InvitationVariant<ProviderInvitationPreview>>(
    () => ({
      name: 'provider',
      load: fetchProviderInvitation,
      accept: acceptProviderInvitation,
      welcome: (invitation) => <ProviderWelcome invitation={invitation} />,
      nextStep: t('invitations.provider.next'),
    }),
    [t],
  );
  return <InvitationFlow variant={variant} />;
}

function ProviderWelcome({ invitation }: { invitation: ProviderInvitationPreview }) {
  const t = useT();
  return (
    <>
      <h1 data-testid="invitation-heading">{t('invitations.provider.heading')}</h1>
      <p className="lead">
        {t(invitation.kind === 'PRESCRIBER' ? 'invitations.provider.intro.PRESCRIBER' : 'invitations.provider.intro.PSYCHOTHERAPIST', {
          name: invitation.displayName,
        })}
      </p>
      <Alert tone="info">
        <p>{t('invitations.provider.promise')}</p>
      </Alert>
    </>
  );
}
