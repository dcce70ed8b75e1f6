// Time left until a deadline by the server's clock; "closed" once it has passed.
import { Typography } from 'antd';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { clock, timeLeft } from './format';
import { useServerNow } from './useServerNow';

export function Countdown({
  until,
  testId,
  onPassed,
}: {
  until: string;
  testId?: string;
  /** Called once when the deadline passes while the page is open. */
  onPassed?: () => void;
}) {
  const { t } = useTranslation();
  const now = useServerNow();
  const left = timeLeft(Date.parse(until), now);
  const passed = left === null;
  const wasPassed = useRef(passed);
  useEffect(() => {
    if (passed && !wasPassed.current) onPassed?.();
    wasPassed.current = passed;
  }, [passed, onPassed]);

  if (left === null) {
    return (
      <Typography.Text type="secondary" data-testid={testId} data-passed="true">
        {t('tenders.countdown.passed')}
      </Typography.Text>
    );
  }
  const text =
    left.days > 0
      ? t('tenders.countdown.days', { days: left.days, clock: clock(left) })
      : t('tenders.countdown.clock', { clock: clock(left) });
  return (
    <Typography.Text
      type={left.days === 0 && left.hours === 0 ? 'danger' : undefined}
      strong
      data-testid={testId}
      data-passed="false"
    >
      {text}
    </Typography.Text>
  );
}
