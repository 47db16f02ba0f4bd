import { pickText } from '../../domain/shared/localized-text';
import { translateReport } from './messages';
import type { ReportData } from './report-data';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { keepThaiPhrasesWhole } from '../../lib/thai-phrases';
import { appointeeDetailList, appointeeDetailText } from '../../i18n/appointee-details';

/** Who, which role profile, when, on what basis, and on what scale. */
export function ReportHeader({ data }: { data: ReportData }) {
  const { assessment, profile, ratingScale, language } = data;
  const text = translateReport(language);
  const scales = [
    { key: 'proficiency', title: text('report.scaleProficiency'), entries: ratingScale.proficiency.map((e) => `${e.level} ${pickText(e.label, language)}`) },
    { key: 'knowledge', title: text('report.scaleKnowledge'), entries: ratingScale.knowledge.map((e) => `${e.level} ${pickText(e.label, language)}`) },
    { key: 'experience', title: text('report.scaleExperience'), entries: ratingScale.experience.map((e) => pickText(e.label, language)) },
  ];
  return (
    <header className="report__header">
      <h1>{text('report.title')}</h1>
      <p className="report__basis">
        {keepThaiPhrasesWhole(
          text('report.basedOn', {
            office: pickText(profile.source.office, language),
            number: pickText(profile.source.number, language),
            date: formatLongDate(profile.source.date, language),
          }),
        )}
      </p>
      <table className="report__facts">
        <tbody>
          <tr>
            <th scope="row">{text('report.role')}</th>
            {/* The title in the report's language first; the other beneath, as the circular names the role in both. */}
            <td>
              {language === 'en' ? profile.title.en : profile.title.th}
              <br />
              <span lang={language === 'en' ? 'th' : 'en'}>{language === 'en' ? profile.title.th : profile.title.en}</span>
            </td>
          </tr>
          {appointeeDetailList.map((detail) => (
            <tr key={detail.key}>
              <th scope="row">{detail.label[language]}</th>
              <td>{appointeeDetailText(detail.key, assessment.appointee, language)}</td>
            </tr>
          ))}
          <tr>
            <th scope="row">{text('report.scale')}</th>
            <td>
              {scales.map((scale) => (
                <span key={scale.key} className="report__scale">
                  <strong>{scale.title}:</strong> {scale.entries.join(' · ')}
                </span>
              ))}
              <span className="report__scale report__scale-note">{text('report.scaleProposal')}</span>
            </td>
          </tr>
        </tbody>
      </table>
    </header>
  );
}
