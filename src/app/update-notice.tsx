import { useState, useSyncExternalStore } from 'react';
import { useTranslator } from '../i18n/use-translation';
import type { AppUpdate } from '../lib/app-update';
import { hasUnsavedInput, onUnsavedInputChange } from '../lib/unsaved-input';
import { translateUpdate } from './update-messages';
import './update-notice.css';

/**
 * A new version is ready: the user switches when they choose, never while a form holds input not yet saved (every
 * rating is saved the moment it is made). Or another tab switched: this one goes on until the user reloads it.
 */
export function UpdateNotice({ update }: { update: Exclude<AppUpdate, { kind: 'none' }> }) {
  const { t } = useTranslator(translateUpdate);
  const unsaved = useSyncExternalStore(onUnsavedInputChange, hasUnsavedInput, () => false);
  const [later, setLater] = useState(false);
  if (later) return null;
  if (update.kind === 'elsewhere') {
    return (
      <aside className="update-notice" aria-label={t('update.reload')}>
        <p>{t('update.elsewhere')}</p>
        <p className="storage-warning__actions">
          <button type="button" className="button button--secondary" disabled={unsaved} onClick={() => window.location.reload()}>
            {t('update.reload')}
          </button>
          {unsaved && <span>{t('update.unsaved')}</span>}
        </p>
      </aside>
    );
  }
  return (
    <aside className="update-notice" aria-label={t('update.apply')}>
      <p role="status">{t('update.ready')}</p>
      <p className="storage-warning__actions">
        <button type="button" className="button" disabled={unsaved} aria-describedby={unsaved ? 'update-unsaved' : undefined} onClick={update.apply}>
          {t('update.apply')}
        </button>
        <button type="button" className="button button--link" onClick={() => setLater(true)}>
          {t('update.later')}
        </button>
      </p>
      {unsaved && <p id="update-unsaved">{t('update.unsaved')}</p>}
    </aside>
  );
}
