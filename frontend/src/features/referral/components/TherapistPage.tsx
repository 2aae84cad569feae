import { Link } from 'react-router-dom';
import { CrisisResources } from '../../../components/crisis';
import { QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchMyReferral, type MyReferral, type TherapistCard } from '../api/referral-api';
import { BlockedReferral } from './BlockedReferral';
import { ChangeTherapist } from './ChangeTherapist';
import { PreferenceForm } from './PreferenceForm';
import { referralStatusText } from './referral-text';
import { ReasonList, TherapistFacts } from './TherapistFacts';

/** The member's psychotherapist: who it is and why, what stands in the way, and how to change it. */
export function TherapistPage() {
  const t = useT();
  const referral = useApiQuery('my-referral', fetchMyReferral);
  usePageTitle(t('referral.member.heading'));

  return (
    <>
      <h1>{t('referral.member.heading')}</h1>
      {referral.status === 'success' ? (
        <ReferralView referral={referral.data} onChanged={referral.setData} />
      ) : (
        <QueryStatus state={referral} />
      )}
      <CrisisResources />
    </>
  );
}

function ReferralView({ referral, onChanged }: { referral: MyReferral; onChanged: (referral: MyReferral) => void }) {
  const t = useT();
  const therapist =
    referral.status === 'AWAITING_THERAPIST' || referral.status === 'ACCEPTED' ? referral.therapist : null;
  return (
    <>
      <p className="lead" role="status" data-testid="referral-status" data-status={referral.status}>
        {referralStatusText(t, referral)}
      </p>
      {referral.status === 'AWAITING_CLEARANCE' && <AwaitingClearance />}
      {referral.status === 'BLOCKED' && (
        <BlockedReferral conditions={referral.unmetConditions} onRouted={onChanged} />
      )}
      {therapist && <YourTherapist therapist={therapist} referral={referral} />}
      {referral.status !== 'AWAITING_CLEARANCE' && (
        <PreferenceForm preference={referral.preference} onSaved={onChanged} />
      )}
      {therapist && <ChangeTherapist current={therapist} onChanged={onChanged} />}
    </>
  );
}

function AwaitingClearance() {
  const t = useT();
  return (
    <div data-testid="referral-awaiting-clearance">
      <p>{t('referral.awaitingClearance.text')}</p>
      <p>{t('referral.awaitingClearance.nothingToDo')}</p>
      <p>
        <Link to="/member">{t('referral.backHome')}</Link>
      </p>
    </div>
  );
}

function YourTherapist({ therapist, referral }: { therapist: TherapistCard; referral: MyReferral }) {
  const t = useT();
  const name = therapist.displayName;
  return (
    <section className="card" aria-labelledby="therapist-name" data-testid="therapist-card" data-therapist-id={therapist.id}>
      <h2 id="therapist-name" className="card__title" data-testid="therapist-name">
        {name}
      </h2>
      <TherapistFacts therapist={therapist} />
      {referral.reasons.length > 0 && (
        <>
          <h3>{t('referral.therapist.why')}</h3>
          <ReasonList reasons={referral.reasons} testId="therapist-reasons" />
        </>
      )}
      <p>
        {referral.status === 'ACCEPTED'
          ? t('referral.therapist.acceptedNext', { name })
          : t('referral.therapist.waitingNext', { name })}
      </p>
    </section>
  );
}
