import type { ReactNode } from 'react';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { percent } from '../../lib/number-format';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { deadlineText, groupLabel, groupTitle, personStatusName, roleLabel } from './organisation-labels';
import type { OptionalPeopleColumn } from './people-columns';
import type { RollupView } from './rollup-protocol';
import { useOrganisationTranslation } from './use-organisation-translation';

type Person = RollupView['people'][number];

/** One value of a person's, by column ("groups": one a readiness group), labelled: a table cell or a line of the row's details. */
export interface PersonValue {
  key: string;
  column: OptionalPeopleColumn;
  label: string;
  title?: string;
  value: ReactNode;
  number?: boolean;
}

/** How each column shows a person: what the table's cells and a row's details both read, so that they say the same. */
export function usePersonValues(groups: readonly ReadinessGroup[]) {
  const { catalogue, profiles } = useProfileLibrary();
  const { language, t } = useOrganisationTranslation();
  return (person: Person, column: OptionalPeopleColumn): PersonValue[] => {
    const one = (value: ReactNode, number = false): PersonValue[] => [
      { key: column, column, label: t(`org.col.${column === 'groups' ? 'overall' : column}`), value, number },
    ];
    switch (column) {
      case 'position':
        return one(person.position);
      case 'agency':
        return one(person.agency);
      case 'profileId':
        return one(roleLabel(person.profileId, profiles));
      case 'appointedOn':
        return one(formatLongDate(person.appointedOn, language));
      case 'assessedOn':
        return one(formatLongDate(person.assessedOn, language));
      case 'overall':
        return one(person.overall === null ? t('org.notRated') : percent(person.overall), true);
      case 'rated':
        return one(t('org.ratedOf', { rated: person.rated, total: person.total }), true);
      case 'groups':
        return groups.map((group) => ({
          key: `group:${group}`,
          column,
          label: groupLabel(group, t),
          title: groupTitle(group, catalogue, language, t),
          value: group in person.groups ? percent(person.groups[group] ?? null) : '',
          number: true,
        }));
      case 'starredOutstanding':
        return one(`${person.starredOutstanding} / ${person.starredTotal}`, true);
      case 'deadline':
        return one(deadlineText(person.nearestDeadline, language, t));
      case 'evidence':
        return one(String(person.evidence), true);
      case 'status':
        return one(<span className={`org-status org-status--${person.status}`}>{personStatusName(person.status, t)}</span>);
    }
  };
}
