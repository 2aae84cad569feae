import { Link } from 'react-router-dom';
import { Card, QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyReferral } from '../api/referral-api';
import { referralStatusText } from './referral-text';

/**
 * The therapist's status in one line, for the member home. Left out until medical clearance is
 * done: the clearance card already speaks for that time, and after "not cleared" a line about
 * therapists would be unkind.
 */
export function MemberReferralCard() {
  const t = useT();
  const referral = useApiQuery('my-referral', fetchMyReferral);
  if (referral.status === 'loading') return null;
  if (referral.status === 'error') {
    if (referral.problem.status === 404) return null;
    return (
      <Card title={t('referral.card.heading')} testId="referral-card">
        <QueryStatus state={referral} />
      </Card>
    );
  }
  if (referral.data.status === 'AWAITING_CLEARANCE') return null;
  return (
    <Card title={t('referral.card.heading')} testId="referral-card">
      <p data-testid="referral-card-status" data-status={referral.data.status}>
        {referralStatusText(t, referral.data)}
      </p>
      <p>
        <Link to="/member/therapist" data-testid="referral-card-link">
          {referral.data.status === 'BLOCKED' ? t('referral.card.blockedLink') : t('referral.card.link')}
        </Link>
      </p>
    </Card>
  );
}
