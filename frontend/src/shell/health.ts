// The backend's health report (Micronaut's /health endpoint) as the shell's status badge reads it.
import { api, ApiError } from '../shared/api';

export interface ComponentHealth {
  status: string;
  details?: unknown;
}

export interface HealthReport {
  status: string;
  details?: Record<string, ComponentHealth>;
}

export type HealthState =
  | { kind: 'loading' }
  | { kind: 'reported'; report: HealthReport; checkedAt: Date }
  | { kind: 'unreachable'; checkedAt: Date };

function isHealthReport(value: unknown): value is HealthReport {
  return (
    typeof value === 'object' &&
    value !== null &&
    typeof (value as { status?: unknown }).status === 'string'
  );
}

/** Asks the backend how it is. A DOWN backend answers 503 with the same report, so 503 is data. */
export async function checkHealth(signal?: AbortSignal): Promise<HealthState> {
  const checkedAt = new Date();
  try {
    const body = await api.get<unknown>('/health', {
      signal,
      acceptStatus: [503],
      authenticate: false,
    });
    return isHealthReport(body)
      ? { kind: 'reported', report: body, checkedAt }
      : { kind: 'unreachable', checkedAt };
  } catch (error) {
    if (error instanceof ApiError) {
      return { kind: 'unreachable', checkedAt };
    }
    throw error;
  }
}
