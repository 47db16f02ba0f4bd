import '../../ui/segmented.css';
import './report.css';
import { useEffect, useMemo, useState } from 'react';
import { languageSchema, type Language } from '../../domain/localized-text';
import { useTranslation } from '../../i18n/use-translation';
import { translate } from '../../i18n/translate';
import { assessmentTitle } from '../../lib/assessment-title';
import { useDocumentTitle } from '../../lib/document-title';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { assessmentHref, assessmentsHref } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useAppStore } from '../../store/app-store';
import { reportText, reportTranslator } from './messages';
import { ReportActions } from './report-actions';
import { reportData } from './report-data';
import { ReportHeader } from './report-header';
import { ReportSignatures } from './report-signatures';
import { ReportStarred } from './report-starred';
import { ReportSummary } from './report-summary';
import { ReportTables } from './report-tables';
import { formatLongDate, todayCalendarDate } from '../../domain/calendar-date';

/** The CSS page footer reads these: "page x of y" in the report's language and the report's date and name. */
function usePageFooter(language: Language, footer: string): void {
  useEffect(() => {
    const root = document.documentElement.style;
    const quoted = (text: string) => JSON.stringify(text);
    root.setProperty('--report-footer', quoted(footer));
    root.setProperty('--report-page', quoted(reportText(language, 'report.page')));
    root.setProperty('--report-of', quoted(reportText(language, 'report.of')));
    return () => ['--report-footer', '--report-page', '--report-of'].forEach((name) => root.removeProperty(name));
  }, [language, footer]);
}

/** The gap report on A4, in Thai or English whatever the screen's language, ready to print or save as PDF. */
export function ReportScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, profiles, ratingScale } = useProfileLibrary();
  const { language: screenLanguage, t } = useTranslation();
  const assessment = useAppStore((state) => state.assessments[assessmentId]);
  const [language, setLanguage] = useState<Language>(screenLanguage);
  const profile = profiles.find((candidate) => candidate.id === assessment?.profileId);
  const today = todayCalendarDate();
  const data = useMemo(
    () => (assessment && profile ? reportData({ assessment, profile, catalogue, ratingScale, today, language }) : null),
    [assessment, profile, catalogue, ratingScale, today, language],
  );
  const title = assessment && profile ? assessmentTitle(assessment, profile.abbreviation, language) : '';
  const footer = reportText(language, 'report.footer', { name: assessment?.appointee.name || reportText(language, 'report.notGiven'), role: profile?.abbreviation ?? '', date: formatLongDate(today, language) });
  usePageFooter(language, footer);
  useDocumentTitle(title, reportText(screenLanguage, 'report.screenTitle'));
  useScreenArrival(`report:${assessmentId}`);
  if (!data) {
    return (
      <section className="panel" role="alert">
        <h1>{reportText(screenLanguage, 'report.screenTitle')}</h1>
        <a href={assessmentsHref()}>{t('nav.assessments')}</a>
      </section>
    );
  }
  const ui = reportTranslator(screenLanguage);

  return (
    <div className="report-screen">
      <div className="report-toolbar panel">
        <h1>{ui('report.screenTitle')}</h1>
        <fieldset className="segmented">
          <legend>{ui('report.language')}</legend>
          {languageSchema.options.map((option) => (
            <label key={option} className={option === language ? 'segmented__option segmented__option--on' : 'segmented__option'} lang={option}>
              <input type="radio" name="report-language" value={option} checked={option === language} onChange={() => setLanguage(option)} />
              {translate(option, `language.${option}`)}
            </label>
          ))}
        </fieldset>
        <p className="field__hint">{ui('report.printHint')}</p>
        <p className="field__hint">{ui('report.printHeaders')}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {ui('report.print')}
          </button>
          <a className="button button--secondary" href={assessmentHref(assessmentId)}>
            {ui('report.back')}
          </a>
        </div>
      </div>
      <article className="report" lang={language} aria-label={reportText(language, 'report.title')}>
        <ReportHeader data={data} />
        <ReportSummary data={data} />
        <ReportTables data={data} />
        <ReportStarred data={data} />
        <ReportActions data={data} />
        <ReportSignatures data={data} />
      </article>
    </div>
  );
}
