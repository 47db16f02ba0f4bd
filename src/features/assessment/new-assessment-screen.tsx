import { useFormContext } from 'react-hook-form';
import { pickText } from '../../domain/shared/localized-text';
import { profileOf } from '../../domain/profile/role-profile';
import { useAssessmentTranslation } from './use-assessment-translation';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { navigate, routes } from '../../lib/routes';
import { useAppStore, useToday } from '../../store/app-store-context';
import { Form, FieldError, useFormFields, useZodForm } from '../../ui/form';
import { AppointeeFields } from './appointee-fields';
import { blankAppointeeForm, newAssessmentFormSchema, type NewAssessmentFormOutput, type NewAssessmentFormValues } from './appointee-form-schema';

/** Choose the role, give the appointee's details, and start rating. */
export function NewAssessmentScreen({ profileId }: { profileId: string | null }) {
  const { profiles } = useProfileLibrary();
  const { t } = useAssessmentTranslation();
  const startAssessment = useAppStore((state) => state.startAssessment);
  const today = useToday();
  const initialProfile = profileOf(profiles, profileId)?.id;
  const form = useZodForm(newAssessmentFormSchema, { profileId: initialProfile, ...blankAppointeeForm(today) });

  function start(values: NewAssessmentFormOutput) {
    const { profileId: chosen, ...appointee } = values;
    const id = startAssessment({ profileId: chosen, appointee });
    navigate(routes.assessment.href({ assessmentId: id }));
  }

  return (
    <section className="panel" aria-labelledby="new-assessment-title">
      <h1 id="new-assessment-title">{t('newAssessment.title')}</h1>
      <p>{t('newAssessment.intro')}</p>
      <Form form={form} onSubmit={start} t={t}>
        <RoleChoice />
        <AppointeeFields />
        <div className="form__actions">
          <button type="submit" className="button">
            {t('newAssessment.start')}
          </button>
        </div>
      </Form>
    </section>
  );
}

/** The role profile to assess against, one radio button a profile. */
function RoleChoice() {
  const { profiles } = useProfileLibrary();
  const { language, t } = useAssessmentTranslation();
  const { register } = useFormContext<NewAssessmentFormValues>();
  const wiring = useFormFields<NewAssessmentFormValues>().field('profileId');
  return (
    <fieldset className="role-choice" aria-describedby={wiring.error ? wiring.errorId : undefined}>
      <legend className="field__label">{t('newAssessment.role')}</legend>
      {profiles.map((profile) => (
        <label key={profile.id} className="role-choice__option">
          <input type="radio" value={profile.id} {...register('profileId')} />
          <span>
            <strong>{profile.abbreviation}</strong> <span className="role-choice__title">{pickText(profile.title, language)}</span>
          </span>
        </label>
      ))}
      <FieldError wiring={wiring} />
    </fieldset>
  );
}
