import type { QueryState } from '../../lib/use-api-query';
import { useT } from '../../lib/i18n';
import { Alert } from './Alert';
import { Button } from './Button';

type Props = { state: QueryState<unknown> & { retry: () => void } };

/** What a reader sees while data loads or after it failed to load; nothing once it arrived. */
export function QueryStatus({ state }: Props) {
  const t = useT();
  if (state.status === 'loading') {
    return (
      <p role="status" className="muted">
        {t('ui.loading')}
      </p>
    );
  }
  if (state.status === 'error') {
    return (
      <Alert title={t('ui.loadFailed.title')} problemType={state.problem.type}>
        <p>{t('ui.loadFailed.detail')}</p>
        <Button variant="secondary" onClick={state.retry}>
          {t('ui.tryAgain')}
        </Button>
      </Alert>
    );
  }
  return null;
}
