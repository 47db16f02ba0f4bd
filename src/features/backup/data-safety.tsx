import { useState, type ReactNode } from 'react';
import { formatLongDate, localCalendarDateOf } from '../../domain/calendar/calendar-date';
import { downloadBlob } from '../../lib/download';
import { safeFileName } from '../../lib/file-name';
import { useAppStore, useAppStoreApi } from '../../store/app-store-context';
import { appVersionText } from '../../lib/app-version';
import { backupCopyText, listBackupCopies, removeBackupCopy } from '../../store/backup-copies';
import { useBackupTranslation } from './use-backup-translation';
import { StorageSpace } from './storage-space';

function saveText(text: string, stem: string) {
  downloadBlob(new Blob([text], { type: 'application/json' }), `${safeFileName('cio-skills-compass', stem)}.json`);
}

/** One kept thing: what it is, Download and Delete (both named for it, for screen readers). */
function KeptRow({ label, name, onDownload, onDiscard }: { label: ReactNode; name: string; onDownload: () => void; onDiscard: () => void }) {
  const { t } = useBackupTranslation();
  return (
    <li>
      <span>{label}</span>
      <span className="backup__buttons">
        <button type="button" className="button button--secondary" onClick={onDownload} aria-label={`${t('backup.download')} ${name}`}>
          {t('backup.download')}
        </button>
        <button type="button" className="button button--danger-outline" onClick={onDiscard} aria-label={`${t('backup.discard')} ${name}`}>
          {t('backup.discard')}
        </button>
      </span>
    </li>
  );
}

/**
 * How safe the data is in this browser: the last backup, whether the browser promised to keep the data, why browsers
 * delete site data, and the copies the app kept of data it could not read or was about to rewrite.
 */
export function DataSafety() {
  const { language, t } = useBackupTranslation();
  const lastExportedAt = useAppStore((state) => state.lastExportedAt);
  const persistentStorage = useAppStore((state) => state.persistentStorage);
  const setAside = useAppStore((state) => state.setAside);
  const discardSetAside = useAppStore((state) => state.discardSetAside);
  const { storage } = useAppStoreApi();
  const [copies, setCopies] = useState(() => listBackupCopies(storage));
  const lastBackup = lastExportedAt ? formatLongDate(localCalendarDateOf(lastExportedAt), language) : null;
  return (
    <section className="panel" aria-labelledby="safety-title">
      <h2 id="safety-title">{t('backup.safety')}</h2>
      <dl className="backup__facts">
        <dt>{t('backup.lastBackup')}</dt>
        <dd data-testid="last-backup">{lastBackup ?? t('backup.never')}</dd>
        <dt>{t('backup.persistent')}</dt>
        <dd data-testid="persistent-storage">{t(`backup.persistent.${persistentStorage}`)}</dd>
        <dt>{t('backup.appVersion')}</dt>
        <dd data-testid="app-version">{appVersionText()}</dd>
        <StorageSpace />
      </dl>
      <p>{t('backup.eviction')}</p>
      {Object.keys(setAside).length > 0 && (
        <>
          <h3>{t('backup.setAsideTitle')}</h3>
          <p>{t('backup.setAsideIntro')}</p>
          <ul className="backup__list split-rows">
            {Object.entries(setAside).map(([name, text]) => (
              <KeptRow
                key={name}
                label={<span className="code">{name}</span>}
                name={name}
                onDownload={() => saveText(text, `set-aside-${name}`)}
                onDiscard={() => discardSetAside(name)}
              />
            ))}
          </ul>
        </>
      )}
      {copies.length > 0 && (
        <>
          <h3>{t('backup.copiesTitle')}</h3>
          <p>{t('backup.copiesIntro')}</p>
          <ul className="backup__list split-rows">
            {copies.map((copy, index) => {
              const label = `${copy.reason ? t(`backup.copyReason.${copy.reason}`) : t('backup.copyReason.unknown')}${copy.savedAt && !Number.isNaN(Date.parse(copy.savedAt)) ? ` · ${formatLongDate(localCalendarDateOf(copy.savedAt), language)}` : ''} · ${Math.max(1, Math.round(copy.bytes / 1024))} KB`;
              return (
                <KeptRow
                  key={copy.key}
                  label={label}
                  name={label}
                  onDownload={() => saveText(backupCopyText(copy.key, storage) ?? '', `kept-copy-${index + 1}`)}
                  onDiscard={() => {
                    removeBackupCopy(copy.key, storage);
                    setCopies(listBackupCopies(storage));
                  }}
                />
              );
            })}
          </ul>
        </>
      )}
    </section>
  );
}
