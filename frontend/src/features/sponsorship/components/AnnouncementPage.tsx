import { Link, useParams } from 'react-router-dom';
import { Alert, Button, QueryStatus } from '../../../components/ui';
import { formatCalendarDate, formatList, translate, useT, type Locale, type TranslationParams } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { fetchProgramme } from '../api/programme-api';
import type { ProgrammeView } from '../api/types';
import { en } from '../i18n/en';
import { es } from '../i18n/es';

const MESSAGES: Record<Locale, Readonly<Record<string, string>>> = { en, es };
/** Always both, in this order, whatever language the HR admin reads the portal in. */
const VERSIONS: Locale[] = ['en', 'es'];

type Props = { employerName: string };

export function AnnouncementPage({ employerName }: Props) {
  const t = useT();
  const { id = '' } = useParams();
  const programme = useApiQuery(`programme-${id}`, (signal) => fetchProgramme(id, signal));
  usePageTitle(t('sponsorship.announcement.pageHeading'));

  return (
    <>
      <div className="no-print">
        <p className="breadcrumb">
          <Link to={`/hr/programmes/${encodeURIComponent(id)}`}>{t('sponsorship.backToProgramme')}</Link>
        </p>
        <h1>{t('sponsorship.announcement.pageHeading')}</h1>
        <p className="lead">{t('sponsorship.announcement.pageIntro')}</p>
      </div>
      {programme.status !== 'success' ? (
        <QueryStatus state={programme} />
      ) : programme.data.status !== 'ACTIVE' || !programme.data.enrolmentCode ? (
        <Alert tone="info" title={t('sponsorship.announcement.notActive')} testId="announcement-unavailable" />
      ) : (
        <>
          <div className="actions no-print">
            <Button onClick={() => window.print()} data-testid="print">
              {t('ui.print')}
            </Button>
          </div>
          <div className="printable" data-testid="announcement">
            {VERSIONS.map((lang) => (
              <AnnouncementVersion
                key={lang}
                lang={lang}
                programme={programme.data}
                code={programme.data.enrolmentCode ?? ''}
                employer={employerName}
              />
            ))}
          </div>
        </>
      )}
    </>
  );
}

type VersionProps = { lang: Locale; programme: ProgrammeView; code: string; employer: string };

function AnnouncementVersion({ lang, programme, code, employer }: VersionProps) {
  // This version's own language, not the reader's: the same key looked up in `lang`'s messages.
  const t = (key: string, params?: TranslationParams) => translate(MESSAGES[lang], key, params);
  const url = `${window.location.origin}/welcome`;
  const states = formatList(programme.states.map((state) => t(`sponsorship.state.${state}`)), lang);

  return (
    <article lang={lang} className="announcement" data-testid={`announcement-${lang}`}>
      <p className="announcement__language">{t('sponsorship.announcement.language')}</p>
      <h2 className="announcement__title">{t('sponsorship.announcement.title', { employer })}</h2>
      <p className="promise__lead">{t('sponsorship.announcement.what', { employer })}</p>

      <h3>{t('sponsorship.announcement.how.heading')}</h3>
      <ol className="announcement__steps">
        <li>{t('sponsorship.announcement.how.assessment')}</li>
        <li>{t('sponsorship.announcement.how.preparation')}</li>
        <li>{t('sponsorship.announcement.how.medicine')}</li>
        <li>{t('sponsorship.announcement.how.integration')}</li>
      </ol>
      <p>{t('sponsorship.announcement.how.choice')}</p>

      <h3>{t('sponsorship.announcement.private.heading')}</h3>
      <p>{t('sponsorship.announcement.private.text', { employer })}</p>

      <h3>{t('sponsorship.announcement.enrol.heading')}</h3>
      <ol className="announcement__steps">
        <li>
          {t('sponsorship.announcement.enrol.go')} <strong className="announcement__url">{url}</strong>
        </li>
        <li>
          {t('sponsorship.announcement.enrol.code')}{' '}
          <strong className="code code--inline" translate="no">
            {code}
          </strong>
        </li>
        <li>{t('sponsorship.announcement.enrol.identifier')}</li>
      </ol>

      <h3>{t('sponsorship.announcement.who.heading')}</h3>
      <p>{t('sponsorship.announcement.who.states', { states })}</p>
      <p>
        {t('sponsorship.announcement.who.dates', {
          start: formatCalendarDate(programme.startsOn, lang),
          end: formatCalendarDate(programme.endsOn, lang),
        })}
      </p>

      <div className="crisis announcement__crisis">
        <p className="crisis__title">{t('sponsorship.announcement.crisis.heading')}</p>
        <p>{t('sponsorship.announcement.crisis.text')}</p>
      </div>
    </article>
  );
}
