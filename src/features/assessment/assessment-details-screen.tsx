import type { Appointee } from '../../domain/assessment/assessment';
import { useAssessmentTranslation } from './use-assessment-translation';
import { navigate, routes } from '../../lib/routes';
import { useAppStore } from '../../store/app-store-context';
import { useAssessmentHeading } from '../../store/use-assessment-screen';
import { Form, useZodForm } from '../../ui/form';
import { AppointeeFields } from './appointee-fields';
import { appointeeFormSchema } from './appointee-form-schema';
import { ownEntry } from '../../domain/shared/own-entry';

/** Edit the appointee's details of an assessment; the ratings stay as they are. */
export function AssessmentDetailsScreen({ assessmentId }: { assessmentId: string }) {
  const title = useAssessmentHeading(assessmentId)?.title;
  const appointee = useAppStore((state) => ownEntry(state.assessments, assessmentId)?.appointee);
  return appointee && title !== undefined ? <DetailsForm assessmentId={assessmentId} title={title} appointee={appointee} /> : null;
}

function DetailsForm({ assessmentId, title, appointee }: { assessmentId: string; title: string; appointee: Appointee }) {
  const { t } = useAssessmentTranslation();
  const updateAppointee = useAppStore((state) => state.updateAppointee);
  const form = useZodForm(appointeeFormSchema, appointee);
  function save(values: Appointee) {
    updateAppointee(assessmentId, values);
    navigate(routes.assessment.href({ assessmentId }));
  }

  return (
    <section className="panel" aria-labelledby="details-title">
      <h1 id="details-title">{t('details.title')}</h1>
      <p>{title}</p>
      <Form form={form} onSubmit={save} t={t}>
        <AppointeeFields />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('details.save')}
          </button>
          <a href={routes.assessment.href({ assessmentId })} className="button button--secondary">
            {t('details.cancel')}
          </a>
        </div>
      </Form>
    </section>
  );
}
