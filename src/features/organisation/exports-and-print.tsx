import { memo, useState } from 'react';
import { usePrintedProps } from '../../lib/printed-props';
import type { PersonShortfall } from '../../domain/organisation/organisation-shortfalls';
import type { ReadinessGroup } from '../../domain/scoring/gaps';
import type { Language } from '../../domain/shared/localized-text';
import type { NotSent } from './agency-summary';
import { OrganisationExports } from './organisation-exports';
import { OrganisationPrint, useSummaryPage } from './organisation-print';
import { PrintOptionsFields, usePrintOptions } from './print-options';
import type { PersonView } from './rollup-protocol';
import type { RollupSelection } from './rollup-selection';
import { useOrganisationTranslation } from './use-organisation-translation';

/** The summary as last printed: made again only when the page is printed with something else to show. */
const PrintedSummary = memo(OrganisationPrint);

/** Another part of the view printed alone (print-alone.tsx): the summary is not wanted. */
const printedAlone = () => /\bpage-org-print-/.test(document.documentElement.className);

/**
 * The CSVs, the printed summary's choices (its language, memo fields, scope, digits) and the summary to print, built
 * when the page is printed (`usePrintedProps`).
 */
export default function ExportsAndPrint(props: {
  shown: RollupSelection;
  allShortfalls: () => PersonShortfall<PersonView>[];
  groups: readonly ReadinessGroup[];
  fileStem: string;
  organisation: string;
  onOrganisation: (name: string) => void;
  notSent: NotSent;
}) {
  const { shown, allShortfalls, groups, fileStem, organisation, onOrganisation, notSent } = props;
  const { language: screenLanguage } = useOrganisationTranslation();
  const [printLanguage, setPrintLanguage] = useState<Language>(screenLanguage);
  const [printOptions, setPrintOptions] = usePrintOptions();
  useSummaryPage(shown, organisation, printLanguage, printOptions);
  const printed = usePrintedProps({ rollup: shown, notSent, organisation, language: printLanguage, options: printOptions }, printedAlone);
  return (
    <>
      <OrganisationExports
        rollup={shown}
        allShortfalls={allShortfalls}
        groups={groups}
        fileStem={fileStem}
        organisation={organisation}
        onOrganisation={onOrganisation}
        language={printLanguage}
        onLanguage={setPrintLanguage}
      >
        <PrintOptionsFields options={printOptions} onChange={setPrintOptions} />
      </OrganisationExports>
      {printed && <PrintedSummary {...printed} />}
    </>
  );
}
