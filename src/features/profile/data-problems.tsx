import { pickText } from '../../domain/shared/localized-text';
import type { ProfileDataProblem } from '../../domain/profile/profile-library';
import type { Translate } from '../../i18n/translate';
import { useTranslation } from '../../i18n/use-translation';

function describe(problem: ProfileDataProblem, t: Translate): string | null {
  switch (problem.kind) {
    case 'not-found':
      return t('data.notFound', { status: problem.status });
    case 'not-json':
      return t('data.notJson');
    case 'unreadable':
      return t('data.networkError');
    case 'invalid':
      return null;
  }
}

/** Says which data file is wrong and where, in the user's language; the app stays up. */
export function DataProblems({ problems, onRetry }: { problems: ProfileDataProblem[]; onRetry: () => void }) {
  const { language, t } = useTranslation();
  return (
    <section className="data-problems" role="alert" aria-labelledby="data-problems-title">
      <h1 id="data-problems-title">{t('data.errorTitle')}</h1>
      <p>{t('data.errorIntro')}</p>
      <ul>
        {problems.map((problem, index) => (
          <li key={`${problem.file}-${index}`}>
            <strong>{t('data.errorFile', { file: problem.file })}</strong>
            {problem.kind === 'invalid' ? (
              <ul>
                {problem.issues.map((issue, issueIndex) => (
                  <li key={issueIndex}>
                    {issue.path ? t('data.errorField', { field: issue.path }) : t('data.errorWholeFile')}: {pickText(issue.message, language)}
                  </li>
                ))}
              </ul>
            ) : (
              <>: {describe(problem, t)}</>
            )}
          </li>
        ))}
      </ul>
      <button type="button" className="button" onClick={onRetry}>
        {t('data.retry')}
      </button>
    </section>
  );
}
