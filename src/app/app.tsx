import { useEffect, useSyncExternalStore } from 'react';
import type { ProfileLibraryResult } from '../domain/profile-library';
import { DataProblems } from '../features/profile/data-problems';
import { useTranslation } from '../i18n/use-translation';
import { ProfileLibraryContext } from '../lib/profile-library-context';
import { assessmentsHref, backupHref, profileHref } from '../lib/routes';
import { browserStorage } from '../lib/safe-storage';
import { useAppStore } from '../store/app-store';
import { JumpLink } from '../ui/jump-link';
import { LanguageSwitch } from './language-switch';
import { Screen } from './screen';
import { useHashRoute } from './use-hash-route';

/** The page: header with navigation and the language switch, the current screen, and the footer. */
export function App({ libraryResult, onRetry }: { libraryResult: ProfileLibraryResult; onRetry: () => void }) {
  const { language, t } = useTranslation();
  const { route } = useHashRoute();

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Tells browser tests (and anyone curious) that the scripts have taken over the prerendered page.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
    delete document.documentElement.dataset.stale;
    document.getElementById('main')?.removeAttribute('aria-busy');
  }, []);

  const persistent = useSyncExternalStore(browserStorage.subscribe, browserStorage.isPersistent, () => true);
  const unreadable = useAppStore((state) => state.unreadableOnLoad.length > 0);
  const onAssessments = route.screen !== 'profile' && route.screen !== 'backup';
  return (
    <>
      <JumpLink targetId="main" className="skip-link">
        {t('app.skipToContent')}
      </JumpLink>
      <header className="site-header">
        <div className="site-header__inner">
          <p className="site-header__name">
            <a href="#/" className="site-header__home">
              {t('app.name')}
            </a>
          </p>
          <nav className="site-nav" aria-label={t('nav.main')}>
            <a href={profileHref(route.screen === 'profile' && route.profileId ? route.profileId : 'mcio')} aria-current={route.screen === 'profile' ? 'page' : undefined}>
              {t('nav.profiles')}
            </a>
            <a href={assessmentsHref()} aria-current={onAssessments ? 'page' : undefined}>
              {t('nav.assessments')}
            </a>
            <a href={backupHref()} aria-current={route.screen === 'backup' ? 'page' : undefined}>
              {t('nav.backup')}
            </a>
          </nav>
          <LanguageSwitch />
        </div>
        <p className="site-header__tagline">{t('app.tagline')}</p>
      </header>
      {!persistent && (
        <p className="storage-warning" role="alert">
          ⚠ {t('storage.warning')} <a href={backupHref()}>{t('storage.exportNow')}</a>
        </p>
      )}
      {unreadable && (
        <p className="storage-warning" role="status">
          ⚠ {t('storage.unreadable')}
        </p>
      )}
      <main id="main" className="site-main">
        {libraryResult.ok ? (
          <ProfileLibraryContext value={libraryResult.library}>
            <Screen route={route} />
          </ProfileLibraryContext>
        ) : (
          <DataProblems problems={libraryResult.problems} onRetry={onRetry} />
        )}
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
        <p>{t('footer.source')}</p>
      </footer>
    </>
  );
}
