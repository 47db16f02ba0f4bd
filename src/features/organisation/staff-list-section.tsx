import { useRef, useState } from 'react';
import type { StaffComparison } from '../../domain/organisation/staff-matching';
import type { StaffListAnswer } from './staff-list.worker';
import { FileField } from '../../ui/file-field';
import type { CsvDates } from './organisation-csv';
import type { PersonView } from './rollup-protocol';
import { StaffLists, StaffOutcome } from './staff-list-parts';
import type { StaffList, StaffOutcomeState } from './staff-list-state';
import { useStaffTranslation } from './staff-messages';

/** Reads the file in a worker, which alone carries the reading's code; null when the worker fails. */
function readOffPage(file: File): Promise<StaffListAnswer | null> {
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./staff-list.worker.ts', import.meta.url), { type: 'module' });
    worker.onmessage = (event: MessageEvent<StaffListAnswer>) => {
      worker.terminate();
      resolve(event.data);
    };
    worker.onerror = (event) => {
      event.preventDefault();
      worker.terminate();
      resolve(null);
    };
    worker.postMessage({ file });
  });
}

/** Who has not sent a file (issue 25): choose a staff list, see who on it sent nothing and who sent a file but is not on it. */
export default function StaffListSection(props: {
  list: StaffList | null;
  comparison: StaffComparison<PersonView> | null;
  onList: (list: StaffList | null) => void;
  roleOf: (profileId: string) => string;
  fileStem: string;
  when: CsvDates;
}) {
  const { list, comparison, onList, roleOf, fileStem, when } = props;
  const { t } = useStaffTranslation();
  const [outcome, setOutcome] = useState<StaffOutcomeState>(null);
  const outcomeRef = useRef<HTMLDivElement>(null);
  const choose = async (file: File) => {
    setOutcome({ kind: 'reading' });
    const reading = await readOffPage(file);
    if (reading === null) setOutcome({ kind: 'refused', file: file.name, reason: { th: t('staff.failed'), en: t('staff.failed') } });
    else if (reading.ok) {
      onList({ file: file.name, staff: reading.staff, refused: reading.refused, ignoredColumns: reading.ignoredColumns });
      setOutcome(null);
    } else setOutcome({ kind: 'refused', file: file.name, reason: reading.reason });
    requestAnimationFrame(() => outcomeRef.current?.focus());
  };
  return (
    <section className="panel org-staff" aria-labelledby="org-staff-title">
      <h2 id="org-staff-title">{t('staff.title')}</h2>
      <p>{t('staff.intro')}</p>
      <p className="field__hint">{t('staff.rule')}</p>
      <p className="field__hint">{t('staff.notKept')}</p>
      <p className="org-figure__actions">
        <FileField
          label={list ? t('staff.chooseOther') : t('staff.choose')}
          accept=".csv,.json,text/csv,application/json"
          secondary={list !== null}
          onFiles={([file]) => file && void choose(file)}
        />
        {list && (
          <button type="button" className="button button--secondary" onClick={() => onList(null)}>
            {t('staff.remove')}
          </button>
        )}
      </p>
      <StaffOutcome outcome={outcome} list={list} comparison={comparison} ref={outcomeRef} />
      {list && comparison && <StaffLists list={list} comparison={comparison} roleOf={roleOf} fileStem={fileStem} when={when} />}
    </section>
  );
}
