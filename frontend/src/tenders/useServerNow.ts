// The server's clock, ticking once a second, for countdowns to deadlines the server judges.
import { useEffect, useState } from 'react';
import { serverNow } from '../shared/api';

export function useServerNow(intervalMs = 1_000): number {
  const [now, setNow] = useState(serverNow);
  useEffect(() => {
    const timer = window.setInterval(() => setNow(serverNow()), intervalMs);
    return () => window.clearInterval(timer);
  }, [intervalMs]);
  return now;
}

/** Whether the instant has passed by the server's clock (null: there is no such instant). */
export function hasPassed(iso: string | null | undefined, now: number): boolean {
  return iso != null && Date.parse(iso) <= now;
}

// setTimeout takes at most a signed 32-bit delay (~24.8 days); longer waits re-arm.
const MAX_DELAY = 2_147_483_647;

/**
 * Whether the instant has passed by the server's clock, turning true by itself when it does (one
 * timer, no ticking re-renders).
 */
export function useDeadlinePassed(iso: string | null | undefined): boolean {
  const [passed, setPassed] = useState(() => hasPassed(iso, serverNow()));
  useEffect(() => {
    if (iso == null) {
      setPassed(false);
      return;
    }
    let timer = 0;
    const arm = () => {
      const wait = Date.parse(iso) - serverNow();
      if (wait <= 0) {
        setPassed(true);
        return;
      }
      setPassed(false);
      timer = window.setTimeout(arm, Math.min(wait + 50, MAX_DELAY));
    };
    arm();
    return () => window.clearTimeout(timer);
  }, [iso]);
  return passed;
}
