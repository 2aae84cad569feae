import { Link, useNavigate, useParams } from 'react-router-dom';
import { Alert, QueryStatus } from '../../../components/ui';
import { useT } from '../../../lib/i18n';
import { usePageTitle } from '../../../lib/page-title';
import { useApiQuery } from '../../../lib/use-api-query';
import { createProgramme, fetchProgramme, updateProgramme } from '../api/programme-api';
import { draftOf, emptyDraft } from '../api/programme-validation';
import { ProgrammeForm } from './ProgrammeForm';

const detailPath = (id: string) => `/hr/programmes/${encodeURIComponent(id)}`;

export function NewProgrammePage() {
  const t = useT();
  const navigate = useNavigate();
  usePageTitle(t('sponsorship.new.heading'));
  return (
    <div className="narrow">
      <p className="breadcrumb no-print">
        <Link to="/hr/programmes">{t('sponsorship.backToList')}</Link>
      </p>
      <h1>{t('sponsorship.new.heading')}</h1>
      <p className="lead">{t('sponsorship.new.intro')}</p>
      <ProgrammeForm
        initial={emptyDraft()}
        submitLabel={t('sponsorship.new.submit')}
        save={createProgramme}
        onSaved={(programme) => navigate(detailPath(programme.id))}
      />
    </div>
  );
}

export function EditProgrammePage() {
  const t = useT();
  const navigate = useNavigate();
  const { id = '' } = useParams();
  const programme = useApiQuery(`programme-${id}`, (signal) => fetchProgramme(id, signal));
  usePageTitle(t('sponsorship.edit.heading'));

  return (
    <div className="narrow">
      <p className="breadcrumb no-print">
        <Link to={detailPath(id)}>{t('sponsorship.backToProgramme')}</Link>
      </p>
      <h1>{t('sponsorship.edit.heading')}</h1>
      {programme.status !== 'success' ? (
        <QueryStatus state={programme} />
      ) : programme.data.status === 'CLOSED' ? (
        <Alert tone="info" title={t('sponsorship.edit.closed')} />
      ) : (
        <ProgrammeForm
          // A reload after a conflict brings a new version: start again from what is saved now.
          key={programme.data.version}
          initial={draftOf(programme.data)}
          original={programme.data}
          submitLabel={t('sponsorship.edit.submit')}
          save={(request) => updateProgramme(id, request, programme.data.version)}
          onSaved={(saved) => navigate(detailPath(saved.id))}
          onReload={programme.retry}
        />
      )}
    </div>
  );
}
