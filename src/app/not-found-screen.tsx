import { useTranslation } from '../i18n/use-translation';
import { useDocumentTitle } from '../lib/document-title';
import { routes } from '../lib/routes';

/** An address the app does not know (a mistyped or cut-off link): say so, and offer the way home. */
export function NotFoundScreen({ path }: { path: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'), t('app.name'));
  return (
    <section className="panel" role="alert" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{t('notFound.body', { path })}</p>
      <p>
        <a className="button" href={routes.home.href()}>
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
