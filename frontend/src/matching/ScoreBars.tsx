// The score's parts as a small bar chart: one bar per part, as long as the part's value, with the
// points it adds to the total and its weight. Plain elements, no chart library.
import { Tooltip } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ScorePart } from './types';

export function ScoreBars({ parts, testId }: { parts: ScorePart[]; testId?: string }) {
  const { t } = useTranslation();
  return (
    <div className="waibao-score-bars" data-testid={testId} role="list">
      {parts.map((part) => {
        const label = t(`matching.parts.${part.name}`);
        const explained = part.computed
          ? t('matching.partDetail', {
              part: label,
              value: Math.round(part.value * 100),
              points: part.points.toFixed(1),
              weight: part.weight,
            })
          : t('matching.notComputed', { part: label });
        return (
          <Tooltip key={part.name} title={explained}>
            <div
              className="waibao-score-bar"
              role="listitem"
              aria-label={explained}
              data-part={part.name}
            >
              <span className="waibao-score-bar-label">{label}</span>
              <span className="waibao-score-bar-track">
                <span
                  className={
                    part.computed ? 'waibao-score-bar-fill' : 'waibao-score-bar-fill is-missing'
                  }
                  style={{ width: `${Math.round(part.value * 100)}%` }}
                />
              </span>
              <span className="waibao-score-bar-points">
                {part.computed ? `+${part.points.toFixed(1)}` : '—'}
              </span>
            </div>
          </Tooltip>
        );
      })}
    </div>
  );
}
