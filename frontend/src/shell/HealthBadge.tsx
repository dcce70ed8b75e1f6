// A small badge in the header telling whether the backend and its parts (database, search) are up.
import { Badge, Tooltip } from 'antd';
import type { BadgeProps } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { checkHealth, type HealthReport, type HealthState } from './health';

const KNOWN_STATES = ['UP', 'DOWN', 'OUT_OF_SERVICE', 'UNKNOWN'] as const;
type KnownState = (typeof KNOWN_STATES)[number];
type BadgeState = KnownState | 'loading' | 'unreachable';

const KNOWN_COMPONENTS = ['db', 'search', 'diskSpace', 'jdbc'] as const;
type KnownComponent = (typeof KNOWN_COMPONENTS)[number];

function knownState(status: string): KnownState {
  return (KNOWN_STATES as readonly string[]).includes(status) ? (status as KnownState) : 'UNKNOWN';
}

function badgeState(state: HealthState): BadgeState {
  switch (state.kind) {
    case 'loading':
      return 'loading';
    case 'unreachable':
      return 'unreachable';
    case 'reported':
      return knownState(state.report.status);
  }
}

const BADGE_COLOUR: Record<BadgeState, BadgeProps['status']> = {
  loading: 'processing',
  UP: 'success',
  DOWN: 'error',
  OUT_OF_SERVICE: 'warning',
  UNKNOWN: 'warning',
  unreachable: 'default',
};

export const HEALTH_REFRESH_MS = 30_000;

export function HealthBadge({ refreshMs = HEALTH_REFRESH_MS }: { refreshMs?: number }) {
  const { t } = useTranslation();
  const [state, setState] = useState<HealthState>({ kind: 'loading' });

  useEffect(() => {
    const controller = new AbortController();
    const refresh = () => {
      checkHealth(controller.signal)
        .then((next) => {
          if (!controller.signal.aborted) setState(next);
        })
        .catch(() => {
          if (!controller.signal.aborted) setState({ kind: 'unreachable', checkedAt: new Date() });
        });
    };
    refresh();
    const timer = window.setInterval(refresh, refreshMs);
    return () => {
      controller.abort();
      window.clearInterval(timer);
    };
  }, [refreshMs]);

  const current = badgeState(state);
  const stateLabel = (status: string) => t(`health.state.${knownState(status)}`);
  const componentLabel = (name: string) =>
    (KNOWN_COMPONENTS as readonly string[]).includes(name)
      ? t(`health.component.${name as KnownComponent}`)
      : name;

  const componentLines = (report: HealthReport) => {
    const entries = Object.entries(report.details ?? {});
    if (entries.length === 0) {
      return [<div key="none">{t('health.noDetails')}</div>];
    }
    return entries.map(([name, component]) => (
      <div key={name} data-testid={`health-component-${name}`}>
        {t('health.componentLine', {
          component: componentLabel(name),
          state: stateLabel(component.status),
        })}
      </div>
    ));
  };

  const tooltip =
    state.kind === 'loading' ? (
      t('health.state.loading')
    ) : (
      <div data-testid="health-details">
        <strong>{t('health.label')}</strong>
        {state.kind === 'reported' ? (
          componentLines(state.report)
        ) : (
          <div>{t('health.unreachableHint')}</div>
        )}
        <div>{t('health.checkedAt', { time: state.checkedAt.toLocaleTimeString() })}</div>
      </div>
    );

  return (
    <Tooltip title={tooltip} placement="bottomRight">
      <span
        className="waibao-health"
        data-testid="health-badge"
        data-status={current}
        tabIndex={0}
        aria-label={`${t('health.label')}: ${t(`health.state.${current}`)}`}
      >
        <Badge
          status={BADGE_COLOUR[current]}
          text={<span className="waibao-health-text">{t(`health.state.${current}`)}</span>}
        />
      </span>
    </Tooltip>
  );
}
