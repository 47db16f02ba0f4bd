import { useEffect } from 'react';
import type { ProfileLibraryResult } from '../domain/profile-library';
import { DataProblems } from '../features/profile/data-problems';
import { ProfileScreen } from '../features/profile/profile-screen';
import { useTranslation } from '../i18n/use-translation';
import { ProfileLibraryContext } from '../lib/profile-library-context';
import { JumpLink } from '../ui/jump-link';
import { LanguageSwitch } from './language-switch';
import { profileHref } from './routes';
import { useHashRoute } from './use-hash-route';

/** The page: header with the language switch, the current screen, and the footer. */
export function App({ libraryResult, onRetry }: { libraryResult: ProfileLibraryResult; onRetry: () => void }) {
  const { language, t } = useTranslation();
  const route = useHashRoute();

  useEffect(() => {
    document.documentElement.lang = language;
    document.title = t('app.name');
  }, [language, t]);

  // Tells browser tests (and anyone curious) that the scripts have taken over the prerendered page.
  useEffect(() => {
    document.documentElement.dataset.ready = 'true';
  }, []);

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
          <LanguageSwitch />
        </div>
        <p className="site-header__tagline">{t('app.tagline')}</p>
      </header>
      <main id="main" className="site-main">
        {libraryResult.ok ? (
          <ProfileLibraryContext value={libraryResult.library}>
            <ProfileScreen profileId={route.profileId} hrefFor={profileHref} />
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
