import { translateReport } from './messages';
import type { ReportData } from './report-data';

/** Signature and date lines for the appointee and the supervisor, kept together on one page. */
export function ReportSignatures({ data, supervisor }: { data: ReportData; supervisor?: { name: string; position: string } }) {
  const { assessment, language } = data;
  const text = translateReport(language);
  const people = [
    { key: 'appointee', role: text('report.appointeeSignature'), name: assessment.appointee.name, position: assessment.appointee.position },
    { key: 'supervisor', role: text('report.supervisorSignature'), name: supervisor?.name ?? '', position: supervisor?.position ?? '' },
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
