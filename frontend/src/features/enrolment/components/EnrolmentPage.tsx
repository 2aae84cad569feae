import { useEffect, useRef, useState } from 'react';
import { usePageTitle } from '../../../lib/page-title';
import { useT } from '../../../lib/i18n';
import type { Credentials, Eligibility, EligibilityRequest } from '../api/enrolment-api';
import type { EligibilityDraft } from '../api/enrolment-validation';
import { AccountStep } from './AccountStep';
import { EligibilityStep } from './EligibilityStep';

type Props = {
  /** Signs the new member in and updates the app's session; supplied by the app (features never import each other). */
  signIn: (credentials: Credentials) => Promise<unknown>;
  /** Where to go once signed in. */
  onSignedIn: () => void;
};

export type Eligible = { request: EligibilityRequest; result: Eligibility };

/** Enrolment in two steps on one page: check eligibility, then create the private account. */
export function EnrolmentPage({ signIn, onSignedIn }: Props) {
  const t = useT();
  const [draft, setDraft] = useState<EligibilityDraft>({ enrolmentCode: '', workIdentifier: '', dateOfBirth: '' });
  const [eligible, setEligible] = useState<Eligible | null>(null);
  const stepHeading = useRef<HTMLHeadingElement>(null);
  const moved = useRef(false);
  usePageTitle(t('enrolment.pageTitle'));

  // After moving between steps, start the reader at the new step's heading.
  useEffect(() => {
    if (moved.current) stepHeading.current?.focus();
  }, [eligible]);

  function goTo(next: Eligible | null) {
    moved.current = true;
    setEligible(next);
  }

  return (
    <div className="narrow">
      <h1 data-testid="enrolment-heading">{t('enrolment.heading')}</h1>
      <p className="lead">{t('enrolment.lead')}</p>
      {eligible ? (
        <AccountStep
          headingRef={stepHeading}
          eligible={eligible}
          signIn={signIn}
          onSignedIn={onSignedIn}
          onBack={() => goTo(null)}
        />
      ) : (
        <EligibilityStep headingRef={stepHeading} draft={draft} onDraftChange={setDraft} onEligible={goTo} />
      )}
    </div>
  );
}
