// Leased area month by month as a bar chart in plain SVG (25 bars need no chart library), with the
// leasable area as the scale and the current month marked. Each bar names its month and value for
// screen readers and as a tooltip.
import { useTranslation } from 'react-i18next';
import { currentLanguage } from '../i18n';
import { formatNumber } from '../parks/format';
import { monthOf } from './dates';
import type { Point } from './types';

const WIDTH = 720;
const HEIGHT = 220;
const LEFT = 56;
const BOTTOM = 28;
const TOP = 12;

export function OccupancyChart({
  months,
  leasableArea,
  today,
}: {
  months: Point[];
  leasableArea: number;
  today: string;
}) {
  const { t } = useTranslation();
  const language = currentLanguage();
  const peak = Math.max(leasableArea, ...months.map((m) => m.area), 1);
  const plotHeight = HEIGHT - TOP - BOTTOM;
  const slot = (WIDTH - LEFT) / Math.max(months.length, 1);
  const y = (area: number) => TOP + plotHeight - (area / peak) * plotHeight;
  const thisMonth = monthOf(today);
  return (
    <figure className="waibao-occupancy-chart" data-testid="occupancy-chart">
      <figcaption>{t('tenancy.occupancy.chartTitle')}</figcaption>
      <svg
        viewBox={`0 0 ${WIDTH} ${HEIGHT}`}
        role="img"
        aria-label={t('tenancy.occupancy.chartLabel')}
        width="100%"
      >
        <line x1={LEFT} x2={WIDTH} y1={y(0)} y2={y(0)} stroke="#bfbfbf" />
        <line
          x1={LEFT}
          x2={WIDTH}
          y1={y(leasableArea)}
          y2={y(leasableArea)}
          stroke="#faad14"
          strokeDasharray="4 3"
        />
        <text x={LEFT - 6} y={y(leasableArea) + 4} textAnchor="end" fontSize="11">
          {formatNumber(leasableArea, language)}
        </text>
        <text x={LEFT - 6} y={y(0) + 4} textAnchor="end" fontSize="11">
          0
        </text>
        {months.map((point, index) => {
          const month = monthOf(point.date);
          const current = month === thisMonth;
          const top = y(point.area);
          const label = `${month}: ${formatNumber(point.area, language)} m², ${t(
            'tenancy.seatsValue',
            { seats: point.seats },
          )}`;
          return (
            <g key={point.date} data-testid={`occupancy-bar-${month}`} data-area={point.area}>
              <rect
                x={LEFT + index * slot + 2}
                y={top}
                width={Math.max(slot - 4, 1)}
                height={Math.max(y(0) - top, 0)}
                fill={current ? '#1677ff' : '#91caff'}
              >
                <title>{label}</title>
              </rect>
              {(index % 3 === 0 || current) && (
                <text
                  x={LEFT + index * slot + slot / 2}
                  y={HEIGHT - 10}
                  textAnchor="middle"
                  fontSize="10"
                  fontWeight={current ? 'bold' : 'normal'}
                >
                  {month}
                </text>
              )}
            </g>
          );
        })}
      </svg>
    </figure>
  );
}
