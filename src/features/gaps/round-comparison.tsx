import { useState } from 'react';
import type { Assessment } from '../../domain/assessment/assessment';
import type { AssessmentItem } from '../../domain/assessment/assessment-items';
import { analyseGaps, type ReadinessGroup } from '../../domain/scoring/gaps';
import { pickText } from '../../domain/shared/localized-text';
import { experienceStatuses, type Level } from '../../domain/profile/rating-scale';
import { currentRoundNumber } from '../../domain/assessment/rounds';
import { assessmentAtRound, movedItems } from '../../domain/assessment/round-moves';
import { percent } from '../../lib/number-format';
import { TableScroll } from '../../ui/table-scroll';
import { useGapsTranslation } from './use-gaps-translation';
import { formatLongDate } from '../../domain/calendar/calendar-date';

/** Readiness per group in an earlier round and now, side by side, and the items whose rating moved. */
export function RoundComparison(props: {
  assessment: Assessment;
  items: AssessmentItem[];
  defaultTarget: Level;
  today: string;
  groupName: (group: ReadinessGroup) => string;
}) {
  const { assessment, items, defaultTarget, today, groupName } = props;
  const { language, t } = useGapsTranslation();
  const rounds = assessment.rounds ?? [];
  const [chosen, setChosen] = useState(rounds.length);
  const round = rounds.find((candidate) => candidate.number === chosen) ?? rounds[rounds.length - 1];
  if (!round) return null;
  const before = assessmentAtRound(assessment, round);
  const earlier = analyseGaps(items, before, { defaultTarget, today });
  const now = analyseGaps(items, assessment, { defaultTarget, today });
  const moves = movedItems(items, before, assessment);
  const current = currentRoundNumber(assessment);
  // A level as its digit; an experience status in the words the gap bars use (never the stored none / some / yes).
  const shown = (value: string | null) => {
    const status = experienceStatuses.find((candidate) => candidate === value);
    return value === null ? t('gaps.notRated') : status ? t(`gaps.experience.${status}`) : value;
  };

  return (
    <section className="panel" aria-labelledby="rounds-title">
      <h2 id="rounds-title">{t('gaps.roundsTitle')}</h2>
      <label htmlFor="compare-round" className="field__label">
        {t('gaps.compareRound')}
      </label>{' '}
      <select id="compare-round" className="input input--compact" value={round.number} onChange={(event) => setChosen(Number(event.target.value))}>
        {rounds.map((candidate) => (
          <option key={candidate.number} value={candidate.number}>
            {t('gaps.roundOn', { round: candidate.number, date: formatLongDate(candidate.assessedOn, language) })}
          </option>
        ))}
      </select>
      <TableScroll label={t('gaps.roundsTitle')}>
        <table className="numbers" data-table="rounds">
          <thead>
            <tr>
              <th scope="col">{t('gaps.group')}</th>
              <th scope="col">{t('gaps.roundOn', { round: round.number, date: formatLongDate(round.assessedOn, language) })}</th>
              <th scope="col">{t('gaps.roundOn', { round: current, date: formatLongDate(assessment.appointee.assessedOn, language) })}</th>
            </tr>
          </thead>
          <tbody>
            <tr>
              <th scope="row">{t('gaps.overall')}</th>
              <td>{percent(earlier.overall.readiness)}</td>
              <td>{percent(now.overall.readiness)}</td>
            </tr>
            {now.groups.map((entry) => (
              <tr key={entry.group}>
                <th scope="row">{groupName(entry.group)}</th>
                <td>{percent(earlier.groups.find((candidate) => candidate.group === entry.group)?.readiness.readiness ?? null)}</td>
                <td>{percent(entry.readiness.readiness)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </TableScroll>
      <h3>{t('gaps.moved', { count: moves.length })}</h3>
      {moves.length > 0 && (
        <ul className="moves">
          {moves.map((move) => (
            <li key={move.item.key} data-key={move.item.key}>
              <span className="code">{move.item.code}</span> {pickText(move.item.title, language)}: {shown(move.before)} → {shown(move.after)}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
