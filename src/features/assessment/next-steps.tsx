import { routes } from '../../lib/routes';
import { useAssessmentTranslation } from './use-assessment-translation';

/** Where the user finishes rating: what to do next, so the end of a long page is not a dead end. */
export function NextSteps({ assessmentId }: { assessmentId: string }) {
  const { t } = useAssessmentTranslation();
  return (
    <section className="next-steps" id="next-steps" tabIndex={-1} aria-labelledby="next-steps-title">
      <h2 id="next-steps-title">{t('assessment.allRated')}</h2>
      <p>{t('finish.body')}</p>
      <p className="next-steps__links">
        <NextStepLinks assessmentId={assessmentId} />
      </p>
    </section>
  );
}

/** The two next steps after rating, wherever they are offered: the gaps (the main button), then the plan. */
export function NextStepLinks({ assessmentId }: { assessmentId: string }) {
  const { t } = useAssessmentTranslation();
  return (
    <>
      <a className="button" href={routes.gaps.href({ assessmentId })}>
        {t('assessment.gapsLink')}
      </a>
      <a className="button button--secondary" href={routes.plan.href({ assessmentId })}>
        {t('assessment.planLink')}
      </a>
    </>
  );
}
