// Puts the backend's validation problems onto the form fields they name, so that a server-side
// rejection reads like the client-side checks.
import type { FormInstance } from 'antd';
import type { TFunction } from 'i18next';
import { ApiError } from '../shared/api';

/** A field path as the backend writes it (`organisation.creditCode`, maybe `$.`-prefixed). */
function fieldPath(error: { field?: string; name?: string }): string | undefined {
  const raw = error.field ?? error.name;
  return raw?.replace(/^\$\./, '');
}

/**
 * Marks each field the problem names with a message (`messages[path]` when given, as the UI's
 * language may differ from the server's, else the server's own). Returns the messages for fields
 * this form does not have, for the caller to show elsewhere.
 */
export function showFieldErrors(
  form: FormInstance,
  error: ApiError,
  fields: readonly string[],
  messages: Partial<Record<string, string>>,
  t: TFunction,
): string[] {
  const unplaced: string[] = [];
  const byField = new Map<string, string[]>();
  for (const fieldError of error.problem.errors ?? []) {
    const path = fieldPath(fieldError);
    const message = (path && messages[path]) || fieldError.message || t('validation.invalid');
    if (path !== undefined && fields.includes(path)) {
      byField.set(path, [...(byField.get(path) ?? []), message]);
    } else {
      unplaced.push(path ? `${path}: ${message}` : message);
    }
  }
  form.setFields(
    [...byField].map(([path, errors]) => ({ name: path.split('.'), errors: [...new Set(errors)] })),
  );
  return unplaced;
}

/** A one-line explanation of a failed call for an alert. */
export function describeError(error: unknown, t: TFunction): string {
  if (error instanceof ApiError) {
    if (error.isNetworkError) return t('common.networkError');
    return error.problem.detail ?? error.problem.title;
  }
  return error instanceof Error ? error.message : String(error);
}
