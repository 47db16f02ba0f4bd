import { FormProvider } from 'react-hook-form';
import { pickText } from '../../domain/localized-text';
import type { RoleProfileId } from '../../domain/role-profile';
import type { AssessmentMessageKey } from './messages';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { navigate, routes } from '../../lib/routes';
import { useAppStore } from '../../store/app-store';
import { ErrorSummary, useZodForm } from '../../ui/form';
import { AppointeeFields } from './appointee-fields';
import { newAssessmentFormSchema } from './appointee-form-schema';
import { todayCalendarDate } from '../../domain/calendar-date';

/** Choose the role, give the appointee's details, and start rating. */
export function NewAssessmentScreen({ profileId }: { profileId: string | null }) {
  const { profiles } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  const startAssessment = useAppStore((state) => state.startAssessment);
  const initialProfile = profiles.find((profile) => profile.id === profileId)?.id;
  const form = useZodForm(newAssessmentFormSchema, {
    profileId: initialProfile,
    name: '',
    position: '',
    agency: '',
    appointedOn: '',
    assessedOn: todayCalendarDate(),
  });
  const { register, handleSubmit, formState } = form;
  const roleError = formState.errors.profileId?.message;

  const submit = handleSubmit((values) => {
    const { profileId: chosen, ...appointee } = values;
    const id = startAssessment({ profileId: chosen as RoleProfileId, appointee });
    navigate(routes.assessment.href({ assessmentId: id }));
  });

  return (
    <section className="panel" aria-labelledby="new-assessment-title">
      <h1 id="new-assessment-title">{t('newAssessment.title')}</h1>
      <p>{t('newAssessment.intro')}</p>
      <FormProvider {...form}>
      <form onSubmit={(event) => void submit(event)} noValidate className="form">
        {form.formState.isSubmitted && (
          <ErrorSummary count={Object.keys(form.formState.errors).length} message={t('form.errorSummary', { count: Object.keys(form.formState.errors).length })} />
        )}
        <fieldset className="role-choice" aria-describedby={roleError ? 'role-error' : undefined}>
          <legend className="field__label">{t('newAssessment.role')}</legend>
          {profiles.map((profile) => (
            <label key={profile.id} className="role-choice__option">
              <input type="radio" value={profile.id} {...register('profileId')} />
              <span>
                <strong>{profile.abbreviation}</strong> <span className="role-choice__title">{pickText(profile.title, language)}</span>
              </span>
            </label>
          ))}
          {roleError && (
            <p id="role-error" className="field__error">
              {t(roleError as AssessmentMessageKey)}
            </p>
          )}
        </fieldset>
        <AppointeeFields />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('newAssessment.start')}
          </button>
        </div>
      </form>
      </FormProvider>
    </section>
  );
}
