import { Alert } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { acceptInvitation, fetchInvitation, type InvitationPreview } from '../api/invitation-api';
import { InvitationFlow, type InvitationVariant } from './InvitationFlow';

/** An HR admin's invitation to manage their employer's benefit. */
export function InvitationPage() {
  return <InvitationFlow variant={hrAdmin} />;
}

const hrAdmin: InvitationVariant<InvitationPreview> = {
  name: 'hr',
  load: fetchInvitation,
  accept: acceptInvitation,
  welcome: (invitation) => <HrWelcome invitation={invitation} />,
};

function HrWelcome({ invitation }: { invitation: InvitationPreview }) {
  const t = useT();
  return (
    <>
      <h1 data-testid="invitation-heading">{t('invitations.heading', { employer: invitation.employerDisplayName })}</h1>
      <p className="lead">{t('invitations.intro', { name: invitation.displayName })}</p>
      <Alert tone="info">
        <p>{t('invitations.promise')}</p>
      </Alert>
    </>
  );
}
