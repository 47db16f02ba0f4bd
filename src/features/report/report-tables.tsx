import { itemColumns, ReportTableHead } from './report-table-head';
import { Fragment } from 'react';
import { assessmentSections, itemLabel, type AssessmentSection } from '../../domain/assessment/assessment-items';
import { gapMeasure, type ItemStanding } from '../../domain/scoring/scoring';
import { pickText } from '../../domain/shared/localized-text';
import { level } from '../../lib/number-format';
import { translateReport, type ReportMessageKey } from './messages';
import type { ReportData } from './report-data';
import { formatLongDate } from '../../domain/calendar/calendar-date';

const sectionTitles: Record<AssessmentSection, ReportMessageKey> = {
  units: 'report.section.units',
  knowledge: 'report.section.knowledge',
  experience: 'report.section.experience',
  behavioural: 'report.section.behavioural',
};

/** The gap as every screen shows it: levels for 0–4 items, "missing" or "partly missing" for experience. */
function gapText(standing: ItemStanding, text: ReturnType<typeof translateReport>): string {
  const measure = gapMeasure(standing);
  if (measure === null) return '—';
  return measure.unit === 'levels' ? level(measure.levels) : text(measure.missing === 'all' ? 'report.experienceMissing' : 'report.experiencePartlyMissing');
}

function ItemRow({ standing, data }: { standing: ItemStanding; data: ReportData }) {
  const { assessment, ratingScale, language } = data;
  const text = translateReport(language);
  const { item } = standing;
  const unrated = (
    <td colSpan={2} className="report__unrated">
      {text('report.unrated')}
    </td>
  );
  if (item.kind === 'experience') {
    const record = assessment.experience[item.id];
    const status = ratingScale.experience.find((entry) => entry.status === record?.status);
    const notes = [
      record?.acquiredOn ? text('report.acquiredOn', { date: formatLongDate(record.acquiredOn, language) }) : '',
      record?.evidence ?? '',
      record?.note ?? '',
    ].filter(Boolean);
    return (
      <tr data-key={item.key}>
        <td className="report__code">
          {item.code}
          {item.starred ? ' *' : ''}
        </td>
        <td>{pickText(item.title, language)}</td>
        <td className="report__word">{text('report.experienceFull')}</td>
        {status ? (
          <>
            <td className="report__word">{pickText(status.label, language)}</td>
            <td className="report__word">{gapText(standing, text)}</td>
          </>
        ) : (
          unrated
        )}
        <td className="report__note">{notes.join(' · ')}</td>
      </tr>
    );
  }
  const note = assessment.ratings[item.key]?.note ?? '';
  return (
    <tr data-key={item.key} className={item.kind === 'criterion' ? 'report__criterion' : undefined}>
      <td className="report__code">{item.code}</td>
      <td>
        {item.kind === 'criterion' && (
          <span className="report__criterion-of">{text('report.criterion', { code: `${item.parentCode} › ${item.subUnitCode}` })}: </span>
        )}
        {pickText(item.title, language)}
      </td>
      <td>{level(standing.target)}</td>
      {standing.rated ? (
        <>
          <td>{level(standing.value)}</td>
          <td>{gapText(standing, text)}</td>
        </>
      ) : (
        unrated
      )}
      <td className="report__note">{note}</td>
    </tr>
  );
}

/** One table per section: code, title, target, self-rating, gap, note; units under their skill groups. */
export function ReportTables({ data }: { data: ReportData }) {
  const { analysis, catalogue, language } = data;
  const text = translateReport(language);
  return (
    <>
      {assessmentSections.map((section) => {
        const standings = analysis.standings.filter((standing) => standing.item.section === section);
        return (
          <Fragment key={section}>
            {section === 'behavioural' && (
              <section className="report__section report__keep" aria-labelledby="report-attributes">
                <h2 id="report-attributes">{text('report.section.attributes')}</h2>
                <p className="report__attributes">{text('report.attributesPointer')}</p>
              </section>
            )}
            <section className="report__section" aria-labelledby={`report-${section}`}>
              <h2 id={`report-${section}`}>{text(sectionTitles[section])}</h2>
              <table className="report__table report__items">
                <colgroup>
                  <col className="report__col-code" />
                  <col />
                  <col className="report__col-level" />
                  <col className="report__col-level" />
                  <col className="report__col-level" />
                  <col className="report__col-note" />
                </colgroup>
                <ReportTableHead text={text} columns={[...itemColumns, 'report.gap', 'report.note']} />
                <tbody>
                  {standings.map((standing, index) => {
                    const item = standing.item;
                    const previous = standings[index - 1]?.item;
                    const group = item.kind === 'unit' || item.kind === 'criterion' ? item.group : null;
                    const previousGroup = previous && (previous.kind === 'unit' || previous.kind === 'criterion') ? previous.group : null;
                    const groupTitle = group && group !== previousGroup ? catalogue.groups.find((candidate) => candidate.code === group) : undefined;
                    return (
                      <Fragment key={item.key}>
                        {groupTitle && (
                          <tr className="report__group">
                            <th colSpan={6} scope="colgroup">
                              {itemLabel(groupTitle, language)}
                            </th>
                          </tr>
                        )}
                        <ItemRow standing={standing} data={data} />
                      </Fragment>
                    );
                  })}
                </tbody>
              </table>
            </section>
          </Fragment>
        );
      })}
    </>
  );
}
