import { Bar, BarChart, CartesianGrid, XAxis, YAxis } from 'recharts';
import { useState } from 'react';
import type { GapPriority } from '../../domain/scoring/gaps';
import type { Language } from '../../domain/shared/localized-text';
import { itemLabel } from '../../domain/assessment/assessment-items';
import { useNarrowScreen } from '../../lib/use-narrow-screen';
import { prepareWordBreaks, wrapText } from '../../lib/wrap-text';
import { ChartFigure } from './chart-figure';
import { GapTable, useGapText } from './gap-table';
import { useGapsTranslation } from './use-gaps-translation';

const barColour = '#D55E00';

// This code is fetched and run on intent (pointer over the link): ICU's word rules (40-50 ms on a slow phone) load
// then, not in the click's task.
prepareWordBreaks(['th', 'en']);

/** No horizontal grid lines: recharts would still work out where they go, one per item. */
const noLines = (): number[] => [];

/** A number on the gap axis, drawn as recharts' own tick draws it, without its text measuring. */
function NumberTick(props: {
  x?: number | string;
  y?: number | string;
  textAnchor?: 'start' | 'middle' | 'end' | 'inherit';
  payload?: { value?: number | string };
}) {
  return (
    <text x={Number(props.x)} y={Number(props.y)} dy="0.71em" textAnchor={props.textAnchor ?? 'middle'} fontSize={12} fill="#4a5565">
      {props.payload?.value}
    </text>
  );
}

/** Label lines a bar, wrapped between words (recharts' own wrapping cuts Thai into a jumble). */
const labelLayout = { wide: { width: 300, chars: 50, lines: 2 }, narrow: { width: 150, chars: 22, lines: 3 } };

/** An item's label, in the lines GapBars wrapped it into once (recharts draws the ticks several times). */
function ItemTick(props: { x?: number | string; y?: number | string; index?: number; data: GapDatum[] }) {
  const lines = props.data[props.index ?? -1]?.lines ?? [];
  return (
    <text x={Number(props.x)} y={Number(props.y)} textAnchor="end" fontSize={12} fill="#1c2430" data-item-label="">
      {lines.map((line, index) => (
        <tspan key={index} x={Number(props.x)} dy={index === 0 ? 4 - (lines.length - 1) * 7 : 14}>
          {line}
        </tspan>
      ))}
    </text>
  );
}

/**
 * The chart draws the largest gaps first and the rest on request: recharts' cost grows with each bar (about 80 ms
 * more for the 31 items of the CIO Assistant than for 10 on a slow phone), and 31 bars are too many to read at a
 * glance. The table under the chart always lists every item. A list only a few longer than this is drawn whole.
 */
export const barsDrawnFirst = 10;
const barsDrawnWhole = 12;

interface GapDatum {
  label: string;
  lines: string[];
  gap: number;
  gapText: string;
}

/**
 * One bar and its gap in words at its right end, as one shape: recharts' LabelList would add a Label (with its
 * default props resolved) per bar, a large part of the chart's cost on a slow phone.
 */
function GapBar(props: { x?: number; y?: number; width?: number; height?: number; payload?: GapDatum }) {
  const { x = 0, y = 0, width = 0, height = 0, payload } = props;
  return (
    <>
      <rect x={x} y={y} width={Math.max(0, width)} height={Math.max(0, height)} fill={barColour} />
      <text x={x + Math.max(0, width) + 5} y={y + height / 2} dy="0.355em" fontSize={12} fill="#1c2430">
        {payload?.gapText}
      </text>
    </>
  );
}

/** The gap of every item short of its target, largest first (the priority order), with the table of the same figures. */
export function GapBars(props: { priorities: GapPriority[]; language: Language; fileName: (what: string, extension: string) => string; onBasis?: boolean }) {
  const { priorities, language, fileName, onBasis = false } = props;
  const { t } = useGapsTranslation();
  // On another basis than the self-assessment, the level column is that basis's (a reviewer's, or the lower of the two).
  const valueHeading = t(onBasis ? 'gaps.basisLevel' : 'gaps.selfRating');
  const narrow = useNarrowScreen();
  const gapText = useGapText();
  const [showAll, setShowAll] = useState(false);
  const shortened = priorities.length > barsDrawnWhole;
  const drawn = shortened && !showAll ? priorities.slice(0, barsDrawnFirst) : priorities;
  const layout = narrow ? labelLayout.narrow : labelLayout.wide;
  const data: GapDatum[] = drawn.map(({ standing }) => {
    const label = itemLabel(standing.item, language);
    return { label, lines: wrapText(label, layout.chars, layout.lines, language), gap: Number(standing.gap.toFixed(2)), gapText: gapText(standing) };
  });
  return (
    <ChartFigure
      id="gaps"
      turn={1}
      title={t('gaps.barsTitle')}
      hint={
        shortened
          ? `${t('gaps.prioritiesHint')} ${t(showAll ? 'gaps.barsAll' : 'gaps.barsFirst', { shown: drawn.length, count: priorities.length })}`
          : t('gaps.prioritiesHint')
      }
      actions={
        shortened && (
          <button type="button" className="button button--secondary" aria-pressed={showAll} onClick={() => setShowAll(!showAll)}>
            {t('gaps.barsShowAll', { count: priorities.length })}
          </button>
        )
      }
      fileName={fileName}
      empty={priorities.length === 0 ? t('gaps.barsEmpty') : undefined}
      chart={(width: number) => (
        <BarChart
          width={width}
          height={Math.max(120, data.length * (narrow ? 48 : 34) + 50)}
          data={data}
          layout="vertical"
          margin={{ top: 8, right: narrow ? 64 : 96, bottom: 8, left: 4 }}
          accessibilityLayer={false}
        >
          <CartesianGrid horizontal={false} horizontalCoordinatesGenerator={noLines} strokeDasharray="3 3" />
          {/* interval 0: every tick drawn, none measured (recharts measures tick text in the DOM to thin them out). */}
          <XAxis type="number" domain={[0, 4]} ticks={[0, 1, 2, 3, 4]} interval={0} tick={NumberTick} />
          <YAxis
            type="category"
            dataKey="label"
            width={layout.width}
            interval={0}
            tick={(tick: { x?: number | string; y?: number | string; index?: number }) => <ItemTick {...tick} data={data} />}
          />
          <Bar dataKey="gap" name={t('gaps.gap')} fill={barColour} isAnimationActive={false} shape={GapBar} />
        </BarChart>
      )}
      table={<GapTable priorities={priorities} language={language} valueHeading={valueHeading} />}
    />
  );
}
