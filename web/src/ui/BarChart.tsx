// A small accessible bar chart as inline SVG: value axis with round ticks, one labelled bar per point,
// a <title> and <desc> for assistive technology, and the same numbers in a table beneath.
import { useId } from 'react';
import { niceScale } from './chart-scale';
import './chart.css';

export interface ChartPoint {
  /** What the bar stands for, e.g. "3 Mar 2026" or a course title. */
  label: string;
  value: number;
}

interface BarChartProps {
  title: string;
  /** One sentence saying what the chart shows, read out with it. */
  description: string;
  points: readonly ChartPoint[];
  /** The table's heading for the labels, e.g. "Week starting". */
  labelHeading: string;
  /** The table's heading for the values, e.g. "Enrollments". */
  valueHeading: string;
  /** How values are written on the axis, on bars and in the table. @default toLocaleString */
  formatValue?: (value: number) => string;
}

const WIDTH = 640;
const HEIGHT = 260;
const MARGIN = { top: 16, right: 12, bottom: 56, left: 56 };

export function BarChart({ title, description, points, labelHeading, valueHeading, formatValue = (value) => value.toLocaleString() }: BarChartProps) {
  const id = useId();
  const scale = niceScale(Math.max(0, ...points.map((point) => point.value)));
  const plotWidth = WIDTH - MARGIN.left - MARGIN.right;
  const plotHeight = HEIGHT - MARGIN.top - MARGIN.bottom;
  const slot = points.length > 0 ? plotWidth / points.length : plotWidth;
  const barWidth = Math.max(2, slot * 0.7);
  const y = (value: number) => MARGIN.top + plotHeight - (value / scale.max) * plotHeight;
  // Long series label every n-th bar so labels never overlap.
  const labelEvery = Math.max(1, Math.ceil(points.length / 8));

  return (
    <figure className="chart">
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} className="chart__svg">
        <title id={`${id}-title`}>{title}</title>
        <desc id={`${id}-desc`}>{description}</desc>
        {scale.ticks.map((tick) => (
          <g key={tick} className="chart__tick">
            <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} className="chart__grid" />
            <text x={MARGIN.left - 8} y={y(tick)} dy="0.35em" textAnchor="end">
              {formatValue(tick)}
            </text>
          </g>
        ))}
        <line x1={MARGIN.left} x2={MARGIN.left} y1={MARGIN.top} y2={MARGIN.top + plotHeight} className="chart__axis" />
        <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={MARGIN.top + plotHeight} y2={MARGIN.top + plotHeight} className="chart__axis" />
        {points.map((point, index) => {
          const x = MARGIN.left + index * slot + (slot - barWidth) / 2;
          return (
            <g key={`${point.label}-${index}`}>
              <rect className="chart__bar" data-value={point.value} x={x} y={y(point.value)} width={barWidth} height={MARGIN.top + plotHeight - y(point.value)}>
                <title>{`${point.label}: ${formatValue(point.value)}`}</title>
              </rect>
              {index % labelEvery === 0 && (
                <text className="chart__label" x={x + barWidth / 2} y={MARGIN.top + plotHeight + 16} textAnchor="middle">
                  {point.label.length > 14 ? `${point.label.slice(0, 13)}…` : point.label}
                </text>
              )}
            </g>
          );
        })}
      </svg>
      <figcaption className="chart__caption">{title}</figcaption>
      <details className="chart__numbers">
        <summary>The numbers behind “{title}”</summary>
        <div className="chart__table-wrap">
          <table className="chart__table">
            <caption>{title}</caption>
            <thead>
              <tr>
                <th scope="col">{labelHeading}</th>
                <th scope="col" className="chart__number">
                  {valueHeading}
                </th>
              </tr>
            </thead>
            <tbody>
              {points.map((point, index) => (
                <tr key={`${point.label}-${index}`}>
                  <th scope="row">{point.label}</th>
                  <td className="chart__number">{formatValue(point.value)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </details>
    </figure>
  );
}
