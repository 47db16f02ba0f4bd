import { translateReport } from './messages';
import type { ReportData } from './report-data';

/**
 * Signature and date lines after the body and its closing, kept together on one page: the appointee's, who sends the
 * report; and the supervisor's when no review prints (with a review, each level signs under its own opinion).
 */
export function ReportSignatures({ data, withReview }: { data: ReportData; withReview: boolean }) {
  const { assessment, language } = data;
  const text = translateReport(language);
  const people = [
    { key: 'appointee', role: text('report.appointeeSignature'), name: assessment.appointee.name, position: assessment.appointee.position },
    ...(withReview ? [] : [{ key: 'supervisor', role: text('report.supervisorSignature'), name: '', position: '' }]),
  ];
  return (
    <section className="report__section report__signatures report__keep" aria-labelledby="report-signatures">
      <h2 id="report-signatures">{text('report.signatures')}</h2>
      <div className="report__signature-grid">
        {people.map((person) => (
          <div key={person.key} className="report__signature">
            <p className="report__signature-role">{person.role}</p>
            <p>
              {text('report.signature')} <span className="report__line" />
            </p>
            <p className="report__signature-name">( {person.name || <span className="report__line report__line--short" />} )</p>
            <p>
              {text('report.signedPosition')} {person.position || <span className="report__line" />}
            </p>
            <p>
              {text('report.signedDate')} <span className="report__line" />
            </p>
          </div>
        ))}
      </div>
    </section>
  );
}
