import { useT } from '../../../lib/i18n';
import type { Journey, JourneyStepStatus } from '../api/journey-api';

const MARKS: Record<JourneyStepStatus, string> = { DONE: '✓', CURRENT: '●', UPCOMING: '○' };

export function JourneySteps({ steps }: { steps: Journey['steps'] }) {
  const t = useT();
  return (
    <ol className="journey" aria-labelledby="journey-heading">
      {steps.map((step, index) => (
        <li
          key={step.key}
          className={`journey__step journey__step--${step.status.toLowerCase()}`}
          aria-current={step.status === 'CURRENT' ? 'step' : undefined}
          data-step={step.key}
          data-status={step.status}
        >
          <span className="journey__mark" aria-hidden="true">
            {MARKS[step.status] ?? '○'}
          </span>
          <div className="journey__text">
            <h3 className="journey__title">
              <span className="visually-hidden">{t('member.step.number', { number: index + 1 })} </span>
              {t(`member.step.${step.key}.title`)}
            </h3>
            <p className="journey__status">{t(`member.status.${step.status}`)}</p>
            <p className="journey__description">{t(`member.step.${step.key}.description`)}</p>
          </div>
        </li>
      ))}
    </ol>
  );
}
