import { forwardRef } from 'react';
import type { ImportProblem } from '../../domain/files/backup';
import { pickText, type LocalizedText } from '../../domain/shared/localized-text';
import { Icon } from '../../ui/icon';
import { useBackupTranslation } from './use-backup-translation';

/** What became of the file the user chose: refused, with why and where; or imported, with what to check. */
export type ImportOutcome =
  | ({ kind: 'refused'; file: string; /** What the problem says, in both languages. */ words: LocalizedText } & ImportProblem)
  | {
      kind: 'imported';
      count: number;
      migratedFrom: number | null;
      /** titles of those dated before the appointment */ assessedEarly: string[];
      /** the evidence files a zip brought, in words; null for a JSON backup */ withFiles: LocalizedText | null;
    }
  | null;

/** How far the check of a file has got. */
export function ImportProgress({ done, total, label }: { done: number; total: number; label: LocalizedText | null }) {
  const { language, t } = useBackupTranslation();
  return (
    <p className="backup__progress" role="status">
      <label htmlFor="import-progress">{label ? pickText(label, language) : t('backup.reading', { done, total })}</label>{' '}
      <progress id="import-progress" max={total} value={done} />
    </p>
  );
}

/** The outcome's notice; a refusal is focusable so that the screen can move focus to it. */
export const ImportOutcomeNotice = forwardRef<HTMLDivElement, { outcome: ImportOutcome }>(function ImportOutcomeNotice({ outcome }, ref) {
  const { language, t } = useBackupTranslation();
  if (outcome?.kind === 'refused') {
    return (
      <div className="data-problems" role="alert" ref={ref} tabIndex={-1}>
        <p>
          <strong>{t('backup.refused', { file: outcome.file })}</strong>
        </p>
        <p>
          {/* Where in the file, for a field deep inside it; not for the file as a whole. */}
          {outcome.path.includes('.') || outcome.path.includes('[') ? `${t('backup.where', { path: outcome.path })}: ` : ''}
          {pickText(outcome.words, language)}
        </p>
        {outcome.code === 'not-json' && <p>{t('backup.damaged')}</p>}
        <p>{t('backup.nothingChanged')}</p>
      </div>
    );
  }
  if (outcome?.kind !== 'imported' || outcome.count === 0) return null;
  return (
    <div className="notice" role="status">
      <p>
        <Icon name="check" /> {t('backup.imported', { count: outcome.count })} {outcome.withFiles && `${pickText(outcome.withFiles, language)} `}
        {outcome.migratedFrom !== null && t('backup.migrated', { version: outcome.migratedFrom })}
      </p>
      {/* A warning, not a refusal: an appointment may be dated ahead and assessed before (the details form says so too). */}
      {outcome.assessedEarly.length > 0 && (
        <p>
          <Icon name="alert" /> {t('backup.assessedEarly', { count: outcome.assessedEarly.length, titles: outcome.assessedEarly.join(', ') })}
        </p>
      )}
    </div>
  );
});
