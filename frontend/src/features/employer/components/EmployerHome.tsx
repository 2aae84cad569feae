import type { ReactNode } from 'react';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchCurrentEmployer } from '../api/employer-api';
import { EmployerProfileCard } from './EmployerProfileCard';
import { PrivacyPromise } from './PrivacyPromise';

type Props = {
  /** Known from the session, so the heading shows before the profile has loaded. */
  employerName?: string;
  /** More cards from other features, composed by the app (features never import each other). */
  children?: ReactNode;
};

export function EmployerHome({ employerName, children }: Props) {
  const t = useT();
  const profile = useApiQuery('employer-current', fetchCurrentEmployer);
  const heading = profile.status === 'success' ? profile.data.displayName : employerName;
  usePageTitle(heading ?? t('employer.fallbackHeading'));

  return (
    <>
      <h1 data-testid="home-heading">{heading ?? t('employer.fallbackHeading')}</h1>
      <p className="lead">{t('employer.intro')}</p>
      <PrivacyPromise />
      {children}
      <EmployerProfileCard profile={profile} />
    </>
  );
}
