import { StatusBadge } from '../../../components/ui';
import { useLocale, useT } from '../../../lib/i18n';
import type { Session } from '../api/care-api';
import { formatRangeIn, formatTimeRangeIn } from '../api/care-time';
import { hoursText, kindWithLength, settingName, statusName, statusTone } from './care-text';

type Props = {
  session: Session;
  /** Whose view: the member sees the therapist's name, the therapist the member's pseudonym. */
  audience: 'member' | 'provider';
  timeZone: string;
  /** When the list is already grouped by day, only the times are needed. */
  timesOnly?: boolean;
};

/** What a session is, when, with whom, where, and how it stands. */
export function SessionFacts({ session, audience, timeZone, timesOnly = false }: Props) {
  const t = useT();
  const { locale } = useLocale();
  const when = timesOnly
    ? formatTimeRangeIn(session.startsAt, session.endsAt, locale, timeZone)
    : formatRangeIn(session.startsAt, session.endsAt, locale, timeZone);
  return (
    <>
      <h3 className="session__title">
        {kindWithLength(t, session)}{' '}
        <StatusBadge tone={statusTone(session.status)}>{statusName(t, session.status)}</StatusBadge>
      </h3>
      <p className="session__when" data-testid={`session-when-${session.id}`}>
        {when}
      </p>
      <p className="session__who">
        {audience === 'member'
          ? t('care.session.with', { name: session.therapistName })
          : t('care.session.member', { pseudonym: session.memberPseudonym })}
      </p>
      {session.kind === 'MEDICINE' && session.setting && (
        <p className="session__setting" data-testid={`session-setting-${session.id}`}>
          {session.setting === 'HOME_WITH_SITTER' && session.sitterName
            ? t('care.session.homeWithSitter', { name: session.sitterName })
            : settingName(t, session.setting)}
        </p>
      )}
      {session.status === 'CANCELLED' && <CancelledFacts session={session} audience={audience} />}
      {session.status === 'BOOKED' && audience === 'member' && (
        <p className="muted">{t('care.session.uses', { hours: hoursText(t, locale, session.hours) })}</p>
      )}
    </>
  );
}

function CancelledFacts({ session, audience }: { session: Session; audience: 'member' | 'provider' }) {
  const t = useT();
  const { locale } = useLocale();
  let by: string;
  if (session.cancelledBy === 'MEMBER') by = audience === 'member' ? t('care.cancelled.byYou') : t('care.cancelled.byMember');
  else if (session.cancelledBy === 'PROVIDER')
    by = audience === 'member' ? t('care.cancelled.byTherapist', { name: session.therapistName }) : t('care.cancelled.byYou');
  else if (session.cancelledBy === 'PORTAL') by = t('care.cancelled.careEnded');
  else by = t('care.cancelled.unknown');
  return (
    <div className="session__cancelled">
      <p>{by}</p>
      {session.cancelReason && session.cancelledBy !== 'PORTAL' && (
        <p className="quoted-message" data-testid={`cancel-reason-${session.id}`}>
          {session.cancelReason}
        </p>
      )}
      {session.lateCancellation && (
        <p data-testid={`late-cancellation-${session.id}`}>
          {t(audience === 'member' ? 'care.cancelled.lateMember' : 'care.cancelled.lateProvider', {
            hours: hoursText(t, locale, session.hours),
          })}
        </p>
      )}
    </div>
  );
}
