import '../../ui/print-page.css';
import '../../ui/segmented.css';
import './report.css';
import { useMemo, useRef, useState } from 'react';
import { languageSchema, type Language } from '../../domain/shared/localized-text';
import { useTranslation } from '../../i18n/use-translation';
import { languageNames } from '../../i18n/language-names';
import { useDocumentTitle } from '../../lib/document-title';
import { usePrintFooter } from '../../lib/print-footer';
import { useProfileLibrary } from '../../lib/profile-library-context';
import { routes } from '../../lib/routes';
import { useScreenArrival } from '../../lib/screen-arrival';
import { useToday } from '../../store/app-store-context';
import { useAssessmentScreen } from '../../store/use-assessment-screen';
import { translateReport } from './messages';
import { ReportActions } from './report-actions';
import { reportData } from './report-data';
import { ReportHeader } from './report-header';
import { ReportOptions } from './report-options';
import { usePrintOptions } from './use-print-options';
import { ReportClosing, ReportMemo } from './report-memo';
import { ReportAcknowledgement, ReportChain } from './report-chain';
import { ReportHrAcknowledgement, ReportReview } from './report-review';
import { ReportSignatures } from './report-signatures';
import { useThaiDigits } from '../../ui/use-thai-digits';
import { toThaiDigits } from '../../domain/shared/thai-digits';
import { ReportStarred } from './report-starred';
import { ReportEvidence } from './report-evidence';
import { ReportSummary } from './report-summary';
import { ReportTables } from './report-tables';
import { formatLongDate, type CalendarDate } from '../../domain/calendar/calendar-date';
import { usePageClass } from '../../lib/page-class';

/** The gap report on A4, in Thai or English whatever the screen's language, ready to print or save as PDF. */
/** Each printed page's footer: who, which role and the day printed, and "page n of m", in Thai digits when chosen. */
function useReportFooter(language: Language, thaiDigits: boolean, name: string | undefined, role: string | undefined, today: CalendarDate) {
  const words = translateReport(language);
  const footer = words('report.footer', { name: name || words('report.notGiven'), role: role ?? '', date: formatLongDate(today, language) });
  const digits = (text: string) => (thaiDigits ? toThaiDigits(text) : text);
  usePrintFooter({ text: digits(footer), page: digits(words('report.page')), of: digits(words('report.of')), thaiDigits });
}

export function ReportScreen({ assessmentId }: { assessmentId: string }) {
  const { catalogue, ratingScale } = useProfileLibrary();
  const { language: screenLanguage } = useTranslation();
  const [language, setLanguage] = useState<Language>(screenLanguage);
  // Named in the language it prints in.
  const screen = useAssessmentScreen(assessmentId, language);
  const assessment = screen?.assessment;
  const profile = screen?.profile;
  const items = screen?.items;
  // Printing options (issue 15): the memo fields are kept in this browser; without a review or options the report prints as before.
  const { options, reviewChosen, change } = usePrintOptions();
  const article = useRef<HTMLElement>(null);
  useThaiDigits(article, options.thaiDigits);
  const today = useToday();
  const data = useMemo(
    () => (assessment && profile && items ? reportData({ assessment, profile, items, catalogue, ratingScale, today, language }) : null),
    [assessment, profile, items, catalogue, ratingScale, today, language],
  );
  const title = screen?.title ?? '';
  useReportFooter(language, options.thaiDigits, assessment?.appointee.name, profile?.abbreviation, today);
  useDocumentTitle(title, translateReport(screenLanguage)('report.screenTitle'));
  useScreenArrival(`report:${assessmentId}`);
  usePageClass('report', Boolean(data));
  if (!data) return null;
  const ui = translateReport(screenLanguage);
  const reviews = data.assessment.reviews ?? [];
  // The latest review prints until the user chooses another, or none.
  const printedId = reviewChosen ? options.reviewId : (reviews.at(-1)?.id ?? null);
  const review = reviews.find((candidate) => candidate.id === printedId);

  return (
    <div className="report-screen">
      <div className="report-toolbar panel">
        <h1>{ui('report.screenTitle')}</h1>
        <fieldset className="segmented">
          <legend>{ui('report.language')}</legend>
          {languageSchema.options.map((option) => (
            <label key={option} className={option === language ? 'segmented__option segmented__option--on' : 'segmented__option'} lang={option}>
              <input type="radio" name="report-language" value={option} checked={option === language} onChange={() => setLanguage(option)} />
              {languageNames[option]}
            </label>
          ))}
        </fieldset>
        <ReportOptions language={screenLanguage} assessment={data.assessment} options={{ ...options, reviewId: printedId }} onChange={change} />
        <p className="field__hint">{ui('report.printHint')}</p>
        <p className="field__hint">{ui('report.printHeaders')}</p>
        <div className="form__actions">
          <button type="button" className="button" onClick={() => window.print()}>
            {ui('report.print')}
          </button>
          <a className="button button--secondary" href={routes.assessment.href({ assessmentId })}>
            {ui('report.back')}
          </a>
        </div>
      </div>
      <article
        ref={article}
        key={options.thaiDigits ? 'thai-digits' : 'digits'}
        className="report"
        lang={language}
        aria-label={translateReport(language)('report.title')}
      >
        <ReportMemo memo={options.memo} language={language} />
        <ReportHeader data={data} />
        <ReportSummary data={data} />
        <ReportTables data={data} />
        <ReportStarred data={data} />
        <ReportActions data={data} />
        {/* As a บันทึกข้อความ: the body closes and the appointee signs, then each level gives its opinion and signs. */}
        <ReportClosing memo={options.memo} language={language} />
        <ReportSignatures data={data} withReview={Boolean(review)} />
        {review && <ReportReview data={data} review={review} />}
        {review && <ReportChain data={data} review={review} />}
        {review && (
          // The acknowledgement and HR's receipt, the last blocks, on one page: HR's never stands alone (issue 26, second trial).
          <div className="report__keep">
            <ReportAcknowledgement data={data} review={review} />
            <ReportHrAcknowledgement data={data} review={review} />
          </div>
        )}
        <ReportEvidence data={data} />
      </article>
    </div>
  );
}
