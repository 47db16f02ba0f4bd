import './chain-status.css';
import type { Assessment } from '../domain/assessment/assessment';
import type { Review, Signed } from '../domain/assessment/review-schema';
import { formatLongDate, type CalendarDate } from '../domain/calendar/calendar-date';
import { chainSteps, type ChainStep } from '../domain/files/review-chain';
import type { Language } from '../domain/shared/localized-text';
import { translateChain } from '../i18n/chain-messages';

/**
 * A review's chain of opinions, step by step, in `language`: the request sent, each level's opinion, back with the
 * appointee, acknowledged, received by HR; each with who and when, or "not yet".
 */
export function ChainStatus({
  review,
  assessment,
  language,
  className,
}: {
  review: Review;
  assessment: Pick<Assessment, 'requests'>;
  language: Language;
  className?: string;
}) {
  const t = translateChain(language);
  const date = (on: CalendarDate | null) => (on ? formatLongDate(on, language) : t('chain.waiting'));
  const who = (signed: Signed | null) =>
    signed ? t('chain.signedBy', { name: signed.name, position: signed.position, date: formatLongDate(signed.signedOn, language) }) : t('chain.waiting');
  const row = (step: ChainStep): [string, string] => {
    switch (step.kind) {
      case 'sent':
        return [t('chain.sent'), step.on ? date(step.on) : t('chain.notKnown')];
      case 'level':
        return [t('chain.level', { number: step.index + 1, title: step.title ?? t('chain.reviewer') }), who(step.signed)];
      case 'returned':
        return [t('chain.returned'), date(step.on)];
      case 'acknowledged':
        return [t('chain.acknowledged'), who(step.signed)];
      case 'received':
        // Once acknowledged, HR records receipt in their own copy: not known here is not "missing".
        return [t('chain.received'), step.signed || !review.acknowledged ? who(step.signed) : t('chain.receivedElsewhere')];
    }
  };
  return (
    <div className={className ? `chain-status ${className}` : 'chain-status'} role="group" aria-labelledby={`chain-${review.id}`}>
      <p id={`chain-${review.id}`} className="chain-status__title">
        {t('chain.title')}
      </p>
      <dl>
        {chainSteps(review, assessment).map((step, index) => {
          const [label, value] = row(step);
          const done = step.kind === 'sent' || step.kind === 'returned' ? step.on !== null : step.signed !== null;
          return (
            <div key={index} data-step={step.kind} data-done={done}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          );
        })}
      </dl>
    </div>
  );
}
