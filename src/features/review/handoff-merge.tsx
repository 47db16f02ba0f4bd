import { useId } from 'react';
import { actionKindName, actionStatusName } from '../../i18n/action-names';
import type { DevelopmentAction } from '../../domain/assessment/development-action';
import { choiceKey, type ActionField, type PlanChange } from '../../domain/scoring/plan-changes';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';

/** One action's fields as words: kind, description, dates, status, items served, resource, hours, link. */
export function useActionText() {
  const { language, t } = useReviewTranslation();
  return (action: DevelopmentAction, field: ActionField, itemName: (key: string) => string): string => {
    switch (field) {
      case 'kind':
        return actionKindName(t, action.kind);
      case 'status':
        return actionStatusName(t, action.status);
      case 'startOn':
        return action.startOn ? formatLongDate(action.startOn, language) : '—';
      case 'targetOn':
        return formatLongDate(action.targetOn, language);
      case 'serves':
        return action.serves.map(itemName).join(', ');
      case 'hours':
        return action.hours === undefined ? '—' : action.hours.toLocaleString(language === 'th' ? 'th-TH' : 'en-GB');
      case 'resourceId':
      case 'link':
        return action[field] ?? '—';
      default:
        return action.description;
    }
  };
}

/** An Accept / Reject pair, a radio group of its own (reject is chosen until the user accepts). */
function Choice({ name, label, accepted, onChoose }: { name: string; label: string; accepted: boolean; onChoose: (accept: boolean) => void }) {
  const { t } = useReviewTranslation();
  return (
    <div className="merge-change__choice" role="radiogroup" aria-label={label}>
      {[true, false].map((accept) => (
        <label key={String(accept)}>
          <input type="radio" name={name} checked={accepted === accept} onChange={() => onChoose(accept)} /> {t(accept ? 'reviews.accept' : 'reviews.reject')}
        </label>
      ))}
    </div>
  );
}

/**
 * The assistant's changes, one fieldset each: a new or removed action is accepted or rejected whole, a changed one
 * field by field, each field with the appointee's value now and the assistant's, and the value as sent where both
 * changed it.
 */
export function HandoffMerge(props: {
  changes: readonly PlanChange[];
  accepted: ReadonlySet<string>;
  onChoose: (key: string, accept: boolean) => void;
  itemName: (key: string) => string;
}) {
  const { t } = useReviewTranslation();
  const text = useActionText();
  const { changes, accepted, onChoose, itemName } = props;
  // Each choice's radio group is named by its place: never shared, whatever ids a file holds.
  const groupName = useId();
  return (
    <ol className="merge-list">
      {changes.map((change, index) => {
        const shown = change.kind === 'changed' ? change.ours : change.action;
        return (
          <li key={change.id} data-change={change.kind}>
            <fieldset className="merge-change">
              <legend>
                <span className={`merge-change__kind merge-change__kind--${change.kind}`}>{t(`reviews.change.${change.kind}`)}</span> {shown.description}
              </legend>
              {change.kind === 'new' && change.deletedHere && (
                <p className="review-flag">
                  <Icon name="alert" /> {t('reviews.deletedHere')}
                </p>
              )}
              {change.kind === 'removed' && change.changedHere && (
                <p className="review-flag">
                  <Icon name="alert" /> {t('reviews.changedHere')}
                </p>
              )}
              {change.kind === 'changed' ? (
                <ul className="merge-fields">
                  {change.fields.map(({ field, both }) => (
                    <FieldChange
                      key={field}
                      change={change}
                      field={field}
                      both={both}
                      name={`${groupName}-${index}-${field}`}
                      accepted={accepted.has(choiceKey(change.id, field))}
                      onChoose={(accept) => onChoose(choiceKey(change.id, field), accept)}
                      itemName={itemName}
                    />
                  ))}
                </ul>
              ) : (
                <>
                  <p className="merge-change__summary">
                    {text(shown, 'kind', itemName)} · {text(shown, 'status', itemName)} · {t('reviews.field.targetOn')} {text(shown, 'targetOn', itemName)} ·{' '}
                    {text(shown, 'serves', itemName)}
                  </p>
                  <Choice
                    name={`${groupName}-${index}`}
                    label={shown.description}
                    accepted={accepted.has(choiceKey(change.id))}
                    onChoose={(accept) => onChoose(choiceKey(change.id), accept)}
                  />
                </>
              )}
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}

/** One field an assistant changed: when sent (if both sides changed it), before and after, and the choice. */
function FieldChange(props: {
  change: Extract<PlanChange, { kind: 'changed' }>;
  field: Extract<PlanChange, { kind: 'changed' }>['fields'][number]['field'];
  both: boolean;
  name: string;
  accepted: boolean;
  onChoose: (accept: boolean) => void;
  itemName: (key: string) => string;
}) {
  const { change, field, both, name, accepted, onChoose, itemName } = props;
  const { t } = useReviewTranslation();
  const text = useActionText();
  const fieldName = t(`reviews.field.${field}`);
  return (
    <li className="merge-field" data-field={field}>
      <p className="merge-field__name">{fieldName}</p>
      {both && (
        <p className="review-flag">
          <Icon name="alert" /> {t('reviews.bothChanged')}
        </p>
      )}
      <dl className="merge-field__values">
        {both && (
          <div>
            <dt>{t('reviews.whenSent')}</dt>
            <dd>{text(change.base, field, itemName)}</dd>
          </div>
        )}
        <div>
          <dt>{t('reviews.before')}</dt>
          <dd>{text(change.ours, field, itemName)}</dd>
        </div>
        <div>
          <dt>{t('reviews.after')}</dt>
          <dd>{text(change.theirs, field, itemName)}</dd>
        </div>
      </dl>
      <Choice name={name} label={`${fieldName}: ${change.ours.description}`} accepted={accepted} onChoose={onChoose} />
    </li>
  );
}
