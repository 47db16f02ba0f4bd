import type { Opinion, Review, Signed } from '../../domain/assessment/review-schema';
import { formatLongDate } from '../../domain/calendar/calendar-date';
import { translateChain, verdictKey } from '../../i18n/chain-messages';
import { translateReport } from './messages';
import type { ReportData } from './report-data';

/** A signature block: the line to sign on, then the name, position and date, filled when known, dotted lines when not. */
export function SignatureLines({ data, role, signed }: { data: ReportData; role: string; signed: Partial<Signed> | null }) {
  const text = translateReport(data.language);
  return (
    <div className="report__signature">
      <p className="report__signature-role">{role}</p>
      <p>
        {text('report.signature')} <span className="report__line" />
      </p>
      <p className="report__signature-name">( {signed?.name || <span className="report__line report__line--short" />} )</p>
      <p>
        {text('report.signedPosition')} {signed?.position || <span className="report__line" />}
      </p>
      <p>
        {text('report.signedDate')} {signed?.signedOn ? formatLongDate(signed.signedOn, data.language) : <span className="report__line" />}
      </p>
    </div>
  );
}

/** Each later level of the chain: its title, verdict, opinion and signature, one block never split across pages. */
export function ReportChain({ data, review }: { data: ReportData; review: Review }) {
  const levels = review.chain?.levels ?? [];
  const opinions = review.chain?.opinions ?? [];
  return (
    <>
      {levels.slice(1).map((title, offset) => (
        <ReportLevel key={offset} data={data} title={title} number={offset + 2} opinion={opinions[offset] ?? null} />
      ))}
    </>
  );
}

function ReportLevel({ data, title, number, opinion }: { data: ReportData; title: string; number: number; opinion: Opinion | null }) {
  const text = translateReport(data.language);
  const words = translateChain(data.language);
  const id = `report-level-${number}`;
  return (
    <section className="report__section report__keep report__level" aria-labelledby={id} data-level={number}>
      <h2 id={id}>{text('report.levelOpinion', { title, number })}</h2>
      <table className="report__facts">
        <tbody>
          <tr>
            <th scope="row">{text('report.verdictAbove')}</th>
            <td>{words(verdictKey(opinion?.verdict, number))}</td>
          </tr>
          <tr>
            <th scope="row">{text('report.levelText')}</th>
            <td className="report__opinion">{opinion?.opinion || '—'}</td>
          </tr>
          {opinion?.planComment && (
            <tr>
              <th scope="row">{text('report.planOpinion')}</th>
              <td className="report__opinion">{opinion.planComment}</td>
            </tr>
          )}
        </tbody>
      </table>
      <SignatureLines data={data} role={title} signed={opinion} />
    </section>
  );
}

/** The appointee's acknowledgement (ลงชื่อรับทราบ) of every opinion above, signed when the app recorded it. */
export function ReportAcknowledgement({ data, review }: { data: ReportData; review: Review }) {
  const text = translateReport(data.language);
  const { appointee } = data.assessment;
  const signed = review.acknowledged ?? null;
  return (
    <section className="report__section report__keep report__acknowledgement" aria-labelledby="report-acknowledged">
      <h2 id="report-acknowledged">{text('report.acknowledgeTitle')}</h2>
      <p>{text('report.acknowledgeText')}</p>
      <SignatureLines data={data} role={text('report.appointeeSignature')} signed={signed ?? { name: appointee.name, position: appointee.position }} />
    </section>
  );
}
