import { useEffect, useMemo, useState } from 'react';
import { formatFileSize } from '../../domain/files/file-size';
import { useAppStore } from '../../store/app-store-context';
import { useBackupTranslation } from './use-backup-translation';

type Estimate = { used: number; quota: number } | 'unknown' | null;

/** What the browser says this site uses and allows (navigator.storage.estimate), or 'unknown' where it says nothing. */
async function estimateSpace(): Promise<Estimate> {
  try {
    const { usage, quota } = (await navigator.storage?.estimate?.()) ?? {};
    return usage !== undefined && quota ? { used: usage, quota } : 'unknown';
  } catch {
    return 'unknown';
  }
}

/**
 * The space the app's data takes in this browser against what the browser allows, and the evidence files the
 * assessments name (their bytes are most of it): asked of the browser once the screen shows.
 */
export function StorageSpace() {
  const { t } = useBackupTranslation();
  const [estimate, setEstimate] = useState<Estimate>(null);
  const assessments = useAppStore((state) => state.assessments);
  const { count, bytes } = useMemo(() => {
    const files = new Map(Object.values(assessments).flatMap((assessment) => (assessment.evidence ?? []).map((file) => [file.id, file.size] as const)));
    return { count: files.size, bytes: [...files.values()].reduce((sum, size) => sum + size, 0) };
  }, [assessments]);
  useEffect(() => {
    let current = true;
    void estimateSpace().then((answer) => current && setEstimate(answer));
    return () => {
      current = false;
    };
  }, [count]);
  return (
    <>
      <dt>{t('backup.space')}</dt>
      <dd data-testid="storage-space">
        {estimate === null
          ? '…'
          : estimate === 'unknown'
            ? t('backup.spaceUnknown')
            : t('backup.spaceUsed', {
                used: formatFileSize(estimate.used),
                quota: formatFileSize(estimate.quota),
                percent: Math.min(100, Math.ceil((estimate.used / estimate.quota) * 100)),
              })}
      </dd>
      <dt>{t('backup.evidenceFiles')}</dt>
      <dd data-testid="evidence-files">{t('backup.evidenceCount', { count, size: formatFileSize(bytes) })}</dd>
    </>
  );
}
