import { organisationTotals } from '../../domain/organisation/organisation-aggregate';
import { planTotals } from '../../domain/organisation/organisation-shortfalls';
import { percent } from '../../lib/number-format';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The headline figures of the organisation. */
export function OrganisationFigures({ people }: { people: RollupView['people'] }) {
  const { t } = useOrganisationTranslation();
  const totals = organisationTotals(people);
  const plans = planTotals(people);
  const figures = [
    { label: t('org.people'), value: String(totals.people) },
    { label: t('org.meanReadiness'), value: percent(totals.meanReadiness) },
    { label: t('org.partlyRated'), value: String(totals.partlyRated) },
    { label: t('org.belowTarget'), value: String(totals.belowTarget) },
    { label: t('org.starredOutstanding'), value: String(totals.starredOutstanding) },
    { label: t('org.overdueCount'), value: String(totals.byStatus.overdue) },
    { label: t('org.overdueUnplanned'), value: String(plans.overdueUnplanned) },
    { label: t('org.unplannedPeople'), value: String(plans.withUnplanned) },
  ];
  return (
    <section className="panel" aria-labelledby="org-figures-title">
      <h2 id="org-figures-title">{t('org.figures')}</h2>
      <p className="field__hint">{t('org.figuresHint')}</p>
      <p className="field__hint">{t('org.readinessNote')}</p>
      <dl className="org-figures">
        {figures.map((figure) => (
          <div key={figure.label}>
            <dt>{figure.label}</dt>
            <dd>{figure.value}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
