// Ant Design form rules for the accounts forms, with messages in the UI language.
import type { FormRule } from 'antd';
import type { TFunction } from 'i18next';
import { creditCodeProblem } from './creditCode';
import { passwordProblem } from './passwordPolicy';

export function requiredRule(t: TFunction, message = t('validation.required')): FormRule {
  return { required: true, whitespace: true, message };
}

export function maxLengthRule(t: TFunction, max: number): FormRule {
  return { max, message: t('validation.tooLong', { max }) };
}

export function emailRules(t: TFunction): FormRule[] {
  return [
    requiredRule(t),
    { type: 'email', message: t('validation.email') },
    maxLengthRule(t, 254),
  ];
}

export function creditCodeRules(t: TFunction): FormRule[] {
  return [
    requiredRule(t),
    {
      validator: (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return Promise.resolve();
        const problem = creditCodeProblem(value);
        return problem === null
          ? Promise.resolve()
          : Promise.reject(new Error(t(`validation.creditCode.${problem}`)));
      },
    },
  ];
}

/** `email` reads the e-mail the password must differ from (another field's current value). */
export function passwordRules(t: TFunction, email: () => string | undefined): FormRule[] {
  return [
    { required: true, message: t('validation.required') },
    {
      validator: (_rule, value: unknown) => {
        if (typeof value !== 'string' || value === '') return Promise.resolve();
        const problem = passwordProblem(value, email());
        return problem === null
          ? Promise.resolve()
          : Promise.reject(new Error(t(`validation.password.${problem}`)));
      },
    },
  ];
}

/** The repeat of a password must match the field `other`. */
export function confirmRule(t: TFunction, other: () => unknown): FormRule {
  return {
    validator: (_rule, value: unknown) =>
      !value || value === other()
        ? Promise.resolve()
        : Promise.reject(new Error(t('validation.passwordMismatch'))),
  };
}
