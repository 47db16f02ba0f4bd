import { formatLongDate } from '../../domain/calendar/calendar-date';
import type { ReviewFile } from '../../domain/files/review';
import { translateChain } from '../../i18n/chain-messages';
import { useChainFormTranslation } from './chain-form-messages';

/** Whom the review is about, and each opinion given so far: who, when, the verdict and the words. */
export function EarlierOpinions({ file }: { file: ReviewFile }) {
  const { language, t } = useChainFormTranslation();
  const words = translateChain(language);
  const { review, appointee } = file;
  const levels = review.chain?.levels ?? [];
  const rated =
    Object.values(review.ratings).filter((entry) => entry.level !== undefined).length +
    Object.values(review.experience).filter((entry) => entry.status !== undefined).length;
  const given = [
    {
      name: review.reviewer.name,
      position: review.reviewer.position,
      signedOn: review.reviewer.reviewedOn,
      verdict: review.verdict,
      opinion: review.overall,
      extra: t('chainForm.rated', { count: rated }),
    },
    ...(review.chain?.opinions ?? []).map((opinion) => ({ ...opinion, extra: '' })),
  ];
  return (
    <section aria-labelledby="chain-earlier-title">
      {appointee && (
        <p className="notice">
          {appointee.name || '—'} · {appointee.position} · {review.profileId.toUpperCase()}
        </p>
      )}
      <h3 id="chain-earlier-title">{t('chainForm.earlier')}</h3>
      <ol className="chain-earlier">
        {given.map((entry, index) => (
          <li key={index} data-level={index + 1}>
            <p>
              <strong>{words('chain.level', { number: index + 1, title: levels[index] ?? words('chain.reviewer') })}</strong>:{' '}
              {words('chain.signedBy', { name: entry.name, position: entry.position, date: formatLongDate(entry.signedOn, language) })}
            </p>
            <p>{words(entry.verdict ? `verdict.${entry.verdict}` : 'verdict.none')}</p>
            {entry.extra && <p>{entry.extra}</p>}
            {entry.opinion && (
              <p>
                {index === 0 ? t('chainForm.overall') : t('chainForm.opinion')}: {entry.opinion}
              </p>
            )}
          </li>
        ))}
      </ol>
    </section>
  );
}
