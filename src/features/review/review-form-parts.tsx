import { itemLabelOf, type AssessmentItem } from '../../domain/assessment/assessment-items';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { pickText } from '../../domain/shared/localized-text';
import type { ReviewRequest } from '../../domain/files/review';
import type { RoleProfile } from '../../domain/profile/role-profile';
import { actionKindName, actionStatusName } from '../../i18n/action-names';
import { Icon } from '../../ui/icon';
import { PlanFields } from './review-form-fields';
import { useReviewTranslation } from './use-review-translation';

/** Whom the request is about: the appointee, the role and its appointment date, and whether the self-ratings came with it. */
export function RequestSummary({ request, profile }: { request: ReviewRequest; profile: RoleProfile }) {
  const { language, t } = useReviewTranslation();
  return (
    <section className="panel" aria-labelledby="request-title">
      <h2 id="request-title">
        {request.appointee.name || '—'} · {request.appointee.position}
      </h2>
      <dl className="review-facts">
        <div>
          <dt>{t('reviewMode.role')}</dt>
          <dd>
            {profile.abbreviation} · {pickText(profile.title, language)}
          </dd>
        </div>
        <div>
          <dt>{t('reviewMode.appointedOn')}</dt>
          <dd>{formatLongDate(request.appointee.appointedOn, language)}</dd>
        </div>
      </dl>
      <p className="notice">{t(request.selfRatingsShown ? 'reviewMode.selfShown' : 'reviewMode.selfHidden')}</p>
      {/* A chain follows: level 1 knows, before rating, that the file goes on to the next levels by position. */}
      {request.levels && request.levels.length > 1 && (
        <p className="notice" data-chain-follows>
          {t('reviewMode.chainFollows', {
            title: request.levels[0] ?? '',
            next: request.levels
              .slice(1)
              .map((title, index) => t('reviewMode.chainLevel', { title, number: index + 2 }))
              .join(t('reviewMode.chainThen')),
          })}
        </p>
      )}
    </section>
  );
}

/** The appointee's plan as the request carries it, each action with the items it serves, and the reviewer's comments on it. */
export function RequestPlan({ request, items }: { request: ReviewRequest; items: readonly AssessmentItem[] }) {
  const { language, t } = useReviewTranslation();
  const nameOf = (key: string) => itemLabelOf(items, key, language);
  return (
    <section className="panel" aria-labelledby="review-plan-title">
      <h2 id="review-plan-title">{t('reviewMode.plan')}</h2>
      {request.actions.length === 0 ? (
        <p className="empty">{t('reviewMode.noPlan')}</p>
      ) : (
        <ul>
          {request.actions.map((action) => (
            <li key={action.id}>
              {action.description} ({actionKindName(t, action.kind)} · {actionStatusName(t, action.status)} ·{' '}
              {t('reviewMode.due', { date: formatLongDate(action.targetOn, language) })}) — {action.serves.map(nameOf).join(', ')}
            </li>
          ))}
        </ul>
      )}
      <PlanFields />
    </section>
  );
}

/** Export the review (the file's name once it is made), or close it. */
export function ReviewExportPanel({ exported, next, onClose }: { exported: string | null; next?: string; onClose: () => void }) {
  const { t } = useReviewTranslation();
  return (
    <section className="panel" aria-label={t('reviewMode.export')}>
      {exported && (
        <p className="notice" role="status">
          <Icon name="check" /> {next ? t('reviewMode.passOn', { file: exported, title: next }) : t('reviewMode.exported', { file: exported })}
        </p>
      )}
      <p className="form__actions">
        <button type="submit" className="button">
          {t('reviewMode.export')}
        </button>
        <button type="button" className="button button--secondary" onClick={onClose}>
          {t('reviewMode.close')}
        </button>
      </p>
    </section>
  );
}
