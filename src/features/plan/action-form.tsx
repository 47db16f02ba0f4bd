import { actionKindName, actionStatusName } from '../../i18n/action-names';
import { useId } from 'react';
import { useFormContext } from 'react-hook-form';
import { z } from 'zod/mini';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { pickText } from '../../domain/shared/localized-text';
import {
  actionDescriptionMaxLength,
  actionKinds,
  actionStatuses,
  hoursSchema,
  linkSchema,
  targetBeforeStart,
  type DevelopmentAction,
} from '../../domain/assessment/development-action';
import { dateFieldLabels } from '../../i18n/date-field-labels';
import { useAppStore } from '../../store/app-store-context';
import { FormDateField } from '../../ui/form-date-field';
import { Field, FieldError, Form, schemaMessage, useFormFields, useZodForm } from '../../ui/form';
import type { FormMessageKey } from '../../i18n/form-messages';
import type { PlanMessageKey } from './messages';
import { usePlanTranslation } from './use-plan-translation';
import { isCalendarDateInRange } from '../../domain/calendar/calendar-date';

const message = (key: PlanMessageKey | FormMessageKey) => schemaMessage(key);

const actionFormSchema = z
  .object({
    kind: z.enum(actionKinds),
    description: z.string().check(z.trim(), z.minLength(1, message('form.required')), z.maxLength(actionDescriptionMaxLength)),
    startOn: z.string().check(z.refine((value) => value === '' || isCalendarDateInRange(value), message('form.dateInvalid'))),
    targetOn: z.string().check(
      z.refine((value) => value !== '', message('form.dateRequired')),
      z.refine((value) => value === '' || isCalendarDateInRange(value), message('form.dateInvalid')),
    ),
    status: z.enum(actionStatuses),
    serves: z.array(z.string()).check(z.minLength(1, message('plan.chooseItem'))),
    // Optional: blank, or what the action's schema takes (domain/scoring/resource-catalogue.ts).
    hours: z.string().check(z.refine((value) => value.trim() === '' || hoursSchema.safeParse(Number(value)).success, message('plan.hoursInvalid'))),
    link: z.string().check(z.refine((value) => value.trim() === '' || linkSchema.safeParse(value.trim()).success, message('plan.linkInvalid'))),
  })
  .check(
    // The rule of domain/assessment/development-action.ts, said on the target date.
    z.refine((values) => !targetBeforeStart({ startOn: values.startOn || undefined, targetOn: values.targetOn }), {
      ...message('plan.targetBeforeStart'),
      path: ['targetOn'],
    }),
  );
type ActionFormValues = z.input<typeof actionFormSchema>;
type ActionFormOutput = z.output<typeof actionFormSchema>;

/** Adds or edits one development action; a new one starts from the app's suggestion, which the user edits. */
export function ActionForm(props: {
  assessmentId: string;
  actionId?: string;
  initial: Omit<DevelopmentAction, 'id'>;
  candidates: AssessmentItem[];
  suggested: boolean;
  onDone: () => void;
}) {
  const { assessmentId, actionId, initial, candidates, suggested, onDone } = props;
  const { t } = usePlanTranslation();
  const addAction = useAppStore((state) => state.addAction);
  const updateAction = useAppStore((state) => state.updateAction);
  const form = useZodForm(actionFormSchema, {
    ...initial,
    startOn: initial.startOn ?? '',
    hours: initial.hours === undefined ? '' : String(initial.hours),
    link: initial.link ?? '',
  });
  const titleId = useId();
  function save(values: ActionFormOutput) {
    const hours = values.hours.trim();
    const link = values.link.trim();
    const action = {
      ...values,
      startOn: values.startOn || undefined,
      hours: hours === '' ? undefined : Number(hours),
      link: link === '' ? undefined : link,
      ...(initial.resourceId ? { resourceId: initial.resourceId } : {}),
    };
    if (actionId) updateAction(assessmentId, actionId, action);
    else addAction(assessmentId, action);
    onDone();
  }

  return (
    <Form form={form} onSubmit={save} t={t} className="form action-form panel" aria-labelledby={titleId}>
      <h2 id={titleId}>{t('plan.formTitle')}</h2>
      {suggested && <p className="field__hint">{t('plan.suggested')}</p>}
      <ActionFields candidates={candidates} />
      <div className="form__actions">
        <button type="submit" className="button">
          {t('plan.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={onDone}>
          {t('plan.cancel')}
        </button>
      </div>
    </Form>
  );
}

/** The action's fields, inside the <Form>. */
function ActionFields({ candidates }: { candidates: AssessmentItem[] }) {
  const { language, t } = usePlanTranslation();
  const { register, control } = useFormContext<ActionFormValues>();
  const { field } = useFormFields<ActionFormValues>();
  const serves = field('serves');
  return (
    <>
      <Field wiring={field('kind')} label={t('plan.kind')}>
        {(aria) => (
          <select {...aria} {...register('kind')} className="input">
            {actionKinds.map((kind) => (
              <option key={kind} value={kind}>
                {actionKindName(t, kind)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field wiring={field('description')} label={t('plan.description')} required>
        {/* The user opened this form to write an action: the description is where they start. */}
        {/* eslint-disable-next-line jsx-a11y/no-autofocus */}
        {(aria) => <textarea {...aria} {...register('description')} className="input" rows={2} maxLength={actionDescriptionMaxLength} autoFocus />}
      </Field>
      {(['startOn', 'targetOn'] as const).map((name) => (
        <FormDateField
          key={name}
          control={control}
          name={name}
          legend={t(name === 'startOn' ? 'plan.startOn' : 'plan.targetOn')}
          language={language}
          labels={dateFieldLabels(language)}
          required={name === 'targetOn'}
        />
      ))}
      <Field wiring={field('status')} label={t('plan.status')}>
        {(aria) => (
          <select {...aria} {...register('status')} className="input">
            {actionStatuses.map((status) => (
              <option key={status} value={status}>
                {actionStatusName(t, status)}
              </option>
            ))}
          </select>
        )}
      </Field>
      <Field wiring={field('hours')} label={t('plan.hours')}>
        {(aria) => <input {...aria} {...register('hours')} className="input action-form__hours" inputMode="decimal" autoComplete="off" />}
      </Field>
      <Field wiring={field('link')} label={t('plan.link')}>
        {(aria) => <input {...aria} {...register('link')} className="input" type="url" inputMode="url" autoComplete="off" maxLength={500} />}
      </Field>
      <fieldset className="serves" aria-describedby={serves.error ? serves.errorId : undefined}>
        <legend className="field__label">{t('plan.serves')}</legend>
        {candidates.map((item) => (
          <label key={item.key} className="serves__option">
            <input type="checkbox" value={item.key} {...register('serves')} />
            <span>
              <span className="code">{item.code}</span> {pickText(item.title, language)}
            </span>
          </label>
        ))}
        <FieldError wiring={serves} />
      </fieldset>
    </>
  );
}
