import { useId } from 'react';
import { actionKindName, actionStatusName } from '../../i18n/action-names';
import type { DevelopmentAction } from '../../domain/development-action';
import type { ActionField, PlanChange } from '../../domain/plan-changes';
import { formatLongDate } from '../../domain/calendar-date';
import { useReviewTranslation } from './use-review-translation';
import { Icon } from '../../ui/icon';

/** One action's fields as words: kind, description, dates, status, items served. */
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
      default:
        return action.description;
    }
  };
}

/** The assistant's changes, one fieldset each, with Accept / Reject (reject is chosen until the user accepts). */
export function HandoffMerge(props: {
  changes: readonly PlanChange[];
  accepted: ReadonlySet<string>;
  onChoose: (id: string, accept: boolean) => void;
  itemName: (key: string) => string;
}) {
  const { t } = useReviewTranslation();
  const text = useActionText();
  const { changes, accepted, onChoose, itemName } = props;
  // Each change's Accept / Reject pair is a radio group of its own, named by its place: never shared, whatever ids a file holds.
  const groupName = useId();
  return (
    <ol className="merge-list">
      {changes.map((change, index) => {
        const shown = change.kind === 'changed' ? change.after : change.action;
        return (
          <li key={change.id} data-change={change.kind}>
            <fieldset className="merge-change">
              <legend>
                <span className={`merge-change__kind merge-change__kind--${change.kind}`}>{t(`reviews.change.${change.kind}`)}</span> {shown.description}
              </legend>
              {change.kind === 'new' && change.deletedHere && <p className="review-flag"><Icon name="alert" /> {t('reviews.deletedHere')}</p>}
              {change.kind !== 'new' && change.changedHere && <p className="review-flag"><Icon name="alert" /> {t('reviews.changedHere')}</p>}
              {change.kind === 'changed' ? (
                <table className="merge-change__table">
                  <thead>
                    <tr>
                      <th scope="col">{t('reviews.field')}</th>
                      <th scope="col">{t('reviews.before')}</th>
                      <th scope="col">{t('reviews.after')}</th>
                    </tr>
                  </thead>
                  <tbody>
                    {change.fields.map((field) => (
                      <tr key={field}>
                        <th scope="row">{t(`reviews.field.${field}`)}</th>
                        <td>{text(change.before, field, itemName)}</td>
                        <td>{text(change.after, field, itemName)}</td>
                      </tr>
                    ))}
                  </tbody>
                </table>
              ) : (
                <p className="merge-change__summary">
                  {text(shown, 'kind', itemName)} · {text(shown, 'status', itemName)} · {t('reviews.field.targetOn')} {text(shown, 'targetOn', itemName)} ·{' '}
                  {text(shown, 'serves', itemName)}
                </p>
              )}
              <div className="merge-change__choice">
                {[true, false].map((accept) => (
                  <label key={String(accept)}>
                    <input type="radio" name={`${groupName}-${index}`} checked={accepted.has(change.id) === accept} onChange={() => onChoose(change.id, accept)} />{' '}
                    {t(accept ? 'reviews.accept' : 'reviews.reject')}
                  </label>
                ))}
              </div>
            </fieldset>
          </li>
        );
      })}
    </ol>
  );
}
