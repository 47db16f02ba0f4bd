import type { Review } from '../../domain/assessment/review-schema';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { translateChain, verdictKey } from '../../i18n/chain-messages';
import { useChainFormTranslation } from './chain-form-messages';

/** Each opinion given on `review` so far, in order: level 1's (with its items rated and its word on the plan), then each later level's. */
function opinionsOf(review: Review) {
  const rated =
    Object.values(review.ratings).filter((entry) => entry.level !== undefined).length +
    Object.values(review.experience).filter((entry) => entry.status !== undefined).length;
  return [
    {
      name: review.reviewer.name,
      position: review.reviewer.position,
      signedOn: review.reviewer.reviewedOn,
      verdict: review.verdict,
      opinion: review.overall,
      rated,
      plan: review.plan,
      planComment: undefined,
    },
    ...(review.chain?.opinions ?? []).map((opinion) => ({ ...opinion, rated: null, plan: null })),
  ];
}

/**
 * Every opinion on a review so far, read-only: who (level, name, position), when, the verdict, the words, and level
 * 1's word on the development plan. A later level reads it before adding theirs; the appointee before acknowledging.
 */
export function EarlierOpinions({ review, title, headingId, level = 3 }: { review: Review; title: string; headingId: string; level?: 3 | 4 }) {
  const Heading = level === 3 ? 'h3' : 'h4';
  const { language, t } = useChainFormTranslation();
  const words = translateChain(language);
  const levels = review.chain?.levels ?? [];
  return (
    <section aria-labelledby={headingId} className="chain-earlier-section">
      <Heading id={headingId}>{title}</Heading>
      <ol className="chain-earlier">
        {opinionsOf(review).map((entry, index) => (
          <li key={index} data-level={index + 1}>
            <p>
              <strong>{words('chain.level', { number: index + 1, title: levels[index] ?? words('chain.reviewer') })}</strong>:{' '}
              {words('chain.signedBy', { name: entry.name, position: entry.position, date: formatLongDate(entry.signedOn, language) })}
            </p>
            <p>{words(verdictKey(entry.verdict, index + 1))}</p>
            {entry.rated !== null && <p>{t('chainForm.rated', { count: entry.rated })}</p>}
            {entry.opinion && (
              <p>
                {index === 0 ? t('chainForm.overall') : t('chainForm.opinion')}: {entry.opinion}
              </p>
            )}
            {entry.plan && (
              <p data-plan>
                {t(entry.plan.agreed ? 'chainForm.planAgreed' : 'chainForm.planNotAgreed')}
                {entry.plan.comment ? ` · ${t('chainForm.planComment')}: ${entry.plan.comment}` : ''}
              </p>
            )}
            {entry.planComment && (
              <p data-plan>
                {t('chainForm.planComment')}: {entry.planComment}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
