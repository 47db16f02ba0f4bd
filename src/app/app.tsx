import { lazy, Suspense, useEffect, useMemo, useSyncExternalStore } from 'react';
import { appUpdate, onAppUpdate } from '../lib/app-update';
import type { ProfileLibraryResult } from '../domain/profile/profile-library';
import { DataProblems } from '../features/profile/data-problems';
import { useTranslation } from '../i18n/use-translation';
import { useAppStore, useStoragePersists } from '../store/app-store-context';
import { ProfileLibraryContext } from '../lib/profile-library-context';
import { routes, type Route } from '../lib/routes';
import { AfterHydration } from '../ui/after-hydration';
import { JumpLink } from '../ui/jump-link';
import { ErrorBoundary, OptionalPart } from './error-boundary';
import { LanguageSwitch } from './language-switch';
import { Screen } from './screen';
import { screens, type NavSection } from './screens';
import { useHashRoute } from './use-hash-route';
import { keepThaiPhrasesWhole } from '../lib/thai-phrases';

// What to tell the user about their saved data: never in the prerendered page (nothing is stored there), so its code
// loads after the first paint.
const StorageNotices = lazy(() => import('./storage-notices').then((module) => ({ default: module.StorageNotices })));
// A new version of the app, once the service worker says one is ready (offline.ts): its code loads only then.
const UpdateNotice = lazy(() => import('./update-notice').then((module) => ({ default: module.UpdateNotice })));
const noUpdate = { kind: 'none' } as const;

/** The page: header with navigation and the language switch, the current screen, and the footer. */
export function App({ libraryResult, onRetry }: { libraryResult: ProfileLibraryResult; onRetry: () => void }) {
  const { language, t } = useTranslation();
  const { route } = useHashRoute();
  // The notices' code loads only when there may be something to say: a notice, storage refused, or data to back up.
  const persistent = useStoragePersists();
  const update = useSyncExternalStore(onAppUpdate, appUpdate, () => noUpdate);
  const mayNeedNotices = useAppStore((state) => state.storageNotices.length > 0 || Object.keys(state.assessments).length > 0) || !persistent;

  useEffect(() => {
    document.documentElement.lang = language;
  }, [language]);

  // Tells browser tests (and anyone curious) that the scripts have taken over the prerendered page.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
    delete document.documentElement.dataset.stale;
    document.getElementById('main')?.removeAttribute('aria-busy');
  }, []);

  // Built again only for a new route: a re-render of the page (a store change, the address about to change) leaves
  // the screen alone.
  const screen = useMemo(
    () =>
      libraryResult.ok ? (
        <ProfileLibraryContext value={libraryResult.library}>
          <ErrorBoundary resetKey={JSON.stringify(route)}>
            <Screen route={route} />
          </ErrorBoundary>
        </ProfileLibraryContext>
      ) : (
        <DataProblems problems={libraryResult.problems} onRetry={onRetry} />
      ),
    [libraryResult, route, onRetry],
  );

  return (
    <>
      <JumpLink targetId="main" className="skip-link">
        {t('app.skipToContent')}
      </JumpLink>
      <SiteHeader route={route} />
      {mayNeedNotices && (
        <OptionalPart>
          <AfterHydration>
            <StorageNotices onBackupScreen={route.screen === 'backup'} />
          </AfterHydration>
        </OptionalPart>
      )}
      {update.kind !== 'none' && (
        <OptionalPart>
          <Suspense fallback={null}>
            <UpdateNotice update={update} />
          </Suspense>
        </OptionalPart>
      )}
      <main id="main" className="site-main">
        {screen}
      </main>
      <footer className="site-footer">
        <p>{t('footer.privacy')}</p>
        <p>{keepThaiPhrasesWhole(t('footer.source'))}</p>
      </footer>
    </>
  );
}

/** The app's name, the main navigation (the current part marked) and the language switch. */
function SiteHeader({ route }: { route: Route }) {
  const { t } = useTranslation();
  const current = (section: NavSection) => (screens[route.screen].nav === section ? 'page' : undefined);
  return (
    <header className="site-header">
      <div className="site-header__inner">
        <p className="site-header__name">
          <a href={routes.home.href()} className="site-header__home">
            {t('app.name')}
          </a>
        </p>
        <nav className="site-nav" aria-label={t('nav.main')}>
          <a href={routes.profile.href({ profileId: route.screen === 'profile' ? route.profileId : 'mcio' })} aria-current={current('profiles')}>
            {t('nav.profiles')}
          </a>
          <a href={routes.assessments.href()} aria-current={current('assessments')}>
            {t('nav.assessments')}
          </a>
          <a href={routes.backup.href()} aria-current={current('backup')}>
            {t('nav.backup')}
          </a>
          <a href={routes.organisation.href()} aria-current={current('organisation')}>
            {t('nav.organisation')}
          </a>
        </nav>
        <LanguageSwitch />
      </div>
      <p className="site-header__tagline">{t('app.tagline')}</p>
    </header>
  );
}
