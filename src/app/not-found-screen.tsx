import { useTranslation } from '../i18n/use-translation';
import { useDocumentTitle } from '../lib/document-title';
import { routes } from '../lib/routes';

/**
 * An address the app does not know (a mistyped or cut-off link), or an assessment this browser does not hold (a
 * deleted one, or one saved in another browser): say which, and offer the way home and to the assessments.
 */
export function NotFoundScreen(props: { path: string } | { assessmentId: string }) {
  const { t } = useTranslation();
  useDocumentTitle(t('notFound.title'), t('app.name'));
  const assessment = 'assessmentId' in props;
  return (
    <section className="panel" role="alert" aria-labelledby="not-found-title">
      <h1 id="not-found-title">{t('notFound.title')}</h1>
      <p>{'assessmentId' in props ? t('notFound.assessment', { id: props.assessmentId }) : t('notFound.body', { path: props.path })}</p>
      <p>
        {assessment && (
          <>
            <a className="button" href={routes.assessments.href()}>
              {t('nav.assessments')}
            </a>{' '}
          </>
        )}
        <a className={assessment ? 'button button--secondary' : 'button'} href={routes.home.href()}>
          {t('notFound.home')}
        </a>
      </p>
    </section>
  );
}
