import { useEffect, useState } from 'react';
import { daysBetween, localCalendarDateOf } from '../domain/calendar/calendar-date';
import { useTranslator } from '../i18n/use-translation';
import { routes } from '../lib/routes';
import { useAppStore, useAppStoreApi, useStoragePersists, useToday } from '../store/app-store-context';
import { downloadMyData } from './recovery-screen';
import { translateStorage } from './storage-messages';

/** A gentle reminder comes after this many changes, or this many days, without a backup. */
export const remindAfterChanges = 25;
export const remindAfterDays = 14;

/** Whether to remind the user to export: some assessment exists and enough changed, or time passed, since the last export. */
export function needsBackupReminder(input: {
  assessments: number;
  changes: number;
  lastExportedAt: string | null;
  today: string;
}): 'never' | 'changes' | 'days' | null {
  if (input.assessments === 0 || input.changes === 0) return null;
  if (input.lastExportedAt === null) return input.changes >= 3 ? 'never' : null;
  if (input.changes >= remindAfterChanges) return 'changes';
  return daysBetween(localCalendarDateOf(input.lastExportedAt), input.today) >= remindAfterDays ? 'days' : null;
}

/**
 * While the browser refuses to save, leaving or reloading the page asks first: what the user did since lives only in
 * this tab (found in a trial: three ratings and a note gone on a reload, with no word before or after).
 */
function useLeaveWarning(active: boolean): void {
  useEffect(() => {
    if (!active) return;
    const ask = (event: BeforeUnloadEvent) => event.preventDefault();
    window.addEventListener('beforeunload', ask);
    return () => window.removeEventListener('beforeunload', ask);
  }, [active]);
}

/** A notice about the stored data, with the way to the backup screen and "Got it". */
function DismissibleNotice({ text, onDismiss }: { text: string; onDismiss: () => void }) {
  const { t } = useTranslator(translateStorage);
  return (
    <div className="storage-warning" role="status">
      <p>{text}</p>
      <p className="storage-warning__actions">
        <a href={routes.backup.href()}>{t('storage.seeBackup')}</a>
        <button type="button" className="button button--link" onClick={onDismiss}>
          {t('storage.dismiss')}
        </button>
      </p>
    </div>
  );
}

/** What the user must know about their saved data: storage refused, newer data kept apart, parts set aside; and a reminder to back up. */
export function StorageNotices({ onBackupScreen }: { onBackupScreen: boolean }) {
  const { t } = useTranslator(translateStorage);
  const persistent = useStoragePersists();
  const today = useToday();
  const notices = useAppStore((state) => state.storageNotices);
  const dismiss = useAppStore((state) => state.dismissStorageNotice);
  const lastExportedAt = useAppStore((state) => state.lastExportedAt);
  // Every rating counts a change: subscribed to the reminder it calls for (and the count only while the reminder
  // shows it), so a rating does not re-render the notices.
  const due = useAppStore((state) =>
    needsBackupReminder({
      assessments: Object.keys(state.assessments).length,
      changes: state.changesSinceExport,
      lastExportedAt: state.lastExportedAt,
      today: state.today,
    }),
  );
  const changes = useAppStore((state) => (due === 'changes' ? state.changesSinceExport : 0));
  const [remindLater, setRemindLater] = useState(false);
  const reminder = onBackupScreen || remindLater ? null : due;
  const newer = notices.find((notice) => notice.kind === 'newer');
  const unreadable = notices.find((notice) => notice.kind === 'unreadable');
  const setAside = notices.find((notice) => notice.kind === 'set-aside');
  const notSaving = notices.find((notice) => notice.kind === 'not-saving');
  const hasAssessments = useAppStore((state) => Object.keys(state.assessments).length > 0);
  useLeaveWarning(hasAssessments && (!persistent || !!notSaving || !!newer));
  return (
    <>
      {newer && (
        <div className="storage-warning" role="alert">
          <p>{t('storage.newer', { version: newer.version })}</p>
          <SaveElsewhereActions />
        </div>
      )}
      {notSaving && notSaving.kind === 'not-saving' && (
        <div className="storage-warning storage-warning--pinned" role="alert">
          <p>{t(`storage.notSaving.${notSaving.reason}`)}</p>
          <SaveElsewhereActions />
        </div>
      )}
      {!persistent && !newer && !notSaving && (
        <p className="storage-warning storage-warning--pinned" role="alert">
          {t('storage.warning')} <a href={routes.backup.href()}>{t('storage.exportNow')}</a>
        </p>
      )}
      {unreadable && <DismissibleNotice text={t('storage.unreadableText')} onDismiss={() => dismiss('unreadable')} />}
      {setAside && setAside.kind === 'set-aside' && (
        <DismissibleNotice text={t('storage.setAside', { names: setAside.names.join(', ') })} onDismiss={() => dismiss('set-aside')} />
      )}
      {reminder && persistent && !newer && !notSaving && (
        <aside className="backup-reminder" aria-label={t('storage.remindTitle')}>
          <p>
            <strong>{t('storage.remindTitle')}</strong>{' '}
            {reminder === 'never'
              ? t('storage.remindNever')
              : reminder === 'changes'
                ? t('storage.remindChanges', { count: changes })
                : t('storage.remindDays', { days: lastExportedAt ? daysBetween(localCalendarDateOf(lastExportedAt), today) : 0 })}
          </p>
          <p className="storage-warning__actions">
            <a href={routes.backup.href()}>{t('storage.remindAction')}</a>
            <button type="button" className="button button--link" onClick={() => setRemindLater(true)}>
              {t('storage.remindLater')}
            </button>
          </p>
        </aside>
      )}
    </>
  );
}

/** When this browser cannot keep the data safe: export a backup, or download the data as it is. */
function SaveElsewhereActions() {
  const { t } = useTranslator(translateStorage);
  const store = useAppStoreApi();
  return (
    <p className="storage-warning__actions">
      <a href={routes.backup.href()}>{t('storage.exportNow')}</a>
      <button type="button" className="button button--link" onClick={() => downloadMyData(store)}>
        {t('storage.downloadData')}
      </button>
    </p>
  );
}
