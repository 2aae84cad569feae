import { Card, QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import type { QueryState } from '../../../lib/use-api-query';
import type { EmployerProfile } from '../api/employer-api';

type Props = { profile: QueryState<EmployerProfile> & { retry: () => void } };

export function EmployerProfileCard({ profile }: Props) {
  const t = useT();
  return (
    <Card title={t('employer.profile.heading')}>
      {profile.status === 'success' ? (
        <dl className="facts">
          <dt>{t('employer.profile.displayName')}</dt>
          <dd>{profile.data.displayName}</dd>
          <dt>{t('employer.profile.legalName')}</dt>
          <dd>{profile.data.legalName}</dd>
          <dt>{t('employer.profile.status')}</dt>
          <dd>{t(`employer.status.${profile.data.status}`)}</dd>
        </dl>
      ) : (
        <QueryStatus state={profile} />
      )}
    </Card>
  );
}
