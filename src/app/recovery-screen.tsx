import type { Language } from '../domain/shared/localized-text';
import { isEnglishLoaded, translateCore } from '../i18n/translate';
import { downloadBlob } from '../lib/download';
import { safeFileName } from '../lib/file-name';
import { routes } from '../lib/routes';
import { appVersionText } from '../lib/app-version';
import { useContext } from 'react';
import { systemClock } from '../lib/clock';
import type { AppStore } from '../store/app-store';
import { AppStoreContext } from '../store/app-store-context';
import { rescueText } from '../store/rescue';

function currentLanguage(store: AppStore | null): Language {
  try {
    const language = store?.getState().language ?? 'th';
    // English only when its words are in: this screen loads nothing (it may be shown because loading failed).
    return language === 'en' && !isEnglishLoaded() ? 'th' : language;
  } catch {
    return 'th';
  }
}

/** A lazy chunk that could not be fetched (a redeploy while the tab was open, or the network). */
function isChunkError(error: Error): boolean {
  return /dynamically imported module|Importing a module script failed|error loading dynamically imported module|ChunkLoadError/i.test(
    `${error.name} ${error.message}`,
  );
}

/** Saves the raw stored data as a file, without going through any screen. */
export function downloadMyData(store: AppStore | null): void {
  const stamp = (store?.clock ?? systemClock()).now().toISOString().replace(/[:.]/g, '-');
  downloadBlob(new Blob([rescueText(store)], { type: 'application/json' }), `${safeFileName('cio-skills-compass', 'my-data', stamp)}.json`);
}

/**
 * What the user sees instead of a screen that failed: what happened, Reload, the way home, "Download my data", and
 * the details to report. It uses nothing that could itself have failed: no router, no lazy code, no feature.
 */
export function RecoveryScreen({ error }: { error: Error }) {
  // The store may be missing (the failure was in making it): read from the context, never required.
  const store = useContext(AppStoreContext);
  const language = currentLanguage(store);
  const t = translateCore(language);
  return (
    <section className="recovery panel" role="alert" aria-labelledby="recovery-title" lang={language}>
      <h1 id="recovery-title">{t('recovery.title')}</h1>
      <p>{isChunkError(error) ? t('recovery.chunk') : t('recovery.intro')}</p>
      <div className="recovery__actions">
        <button type="button" className="button" onClick={() => window.location.reload()}>
          {t('recovery.reload')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => downloadMyData(store)}>
          {t('recovery.download')}
        </button>
        <a className="button button--secondary" href={routes.home.href()} onClick={() => window.setTimeout(() => window.location.reload(), 0)}>
          {t('recovery.home')}
        </a>
      </div>
      <p className="recovery__hint">{t('recovery.downloadHint')}</p>
      <details className="recovery__details">
        <summary>{t('recovery.details')}</summary>
        <pre>{`${error.name}: ${error.message}\n${error.stack ?? ''}\n${window.location.href}\n${appVersionText()}\n${navigator.userAgent}`}</pre>
      </details>
    </section>
  );
}
