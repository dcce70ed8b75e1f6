// Reference data loaded once per page and shared by every form and filter that needs it.
import { useEffect, useState } from 'react';
import { loadCities } from '../accounts/cities';
import type { City } from '../accounts/types';
import { localName } from '../accounts/localName';
import type { Language } from '../i18n';
import { referenceApi } from './api';
import type { Capability, Industry, Taxonomy } from './types';

export interface Reference {
  taxonomy: Taxonomy;
  industries: Industry[];
  cities: City[];
}

let reference: Promise<Reference> | null = null;

export function loadReference(): Promise<Reference> {
  reference ??= Promise.all([
    referenceApi.capabilities(),
    referenceApi.industries(),
    loadCities(),
  ]).then(
    ([taxonomy, industries, cities]) => ({ taxonomy, industries, cities }),
    (error: unknown) => {
      reference = null; // let the next page try again
      throw error;
    },
  );
  return reference;
}

/** For tests: forget what was loaded. */
export function resetReference(): void {
  reference = null;
}

/** The reference data, or null while it loads (or when it could not be loaded). */
export function useReference(): Reference | null {
  const [state, setState] = useState<Reference | null>(null);
  useEffect(() => {
    let live = true;
    loadReference().then(
      (loaded) => live && setState(loaded),
      () => undefined,
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}

export function allCapabilities(taxonomy: Taxonomy): Capability[] {
  return taxonomy.groups.flatMap((group) => group.capabilities);
}

/** A code's name in the UI language; the code itself when the reference does not know it. */
export function nameOf(
  list: readonly { code: string; nameZh: string; nameEn: string }[] | undefined,
  code: string,
  language: Language,
): string {
  const found = list?.find((entry) => entry.code === code);
  return found ? localName(found, language) : code;
}

export function capabilityName(ref: Reference | null, code: string, language: Language): string {
  return nameOf(ref ? allCapabilities(ref.taxonomy) : undefined, code, language);
}

/** Options for a Select of capabilities, grouped by ITO / BPO / …. */
export function capabilityOptions(ref: Reference | null, language: Language) {
  return (ref?.taxonomy.groups ?? []).map((group) => ({
    label: localName(group, language),
    title: group.code,
    options: group.capabilities.map((capability) => ({
      value: capability.code,
      label: localName(capability, language),
    })),
  }));
}
