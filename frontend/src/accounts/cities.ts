// The cities an organisation can be in, loaded once per page and shared by every form that needs them.
import { useEffect, useState } from 'react';
import { accountsApi } from './api';
import type { City } from './types';

let cities: Promise<City[]> | null = null;

export function loadCities(): Promise<City[]> {
  cities ??= accountsApi.cities().catch((error: unknown) => {
    cities = null; // let the next page try again
    throw error;
  });
  return cities;
}

export type CitiesState =
  { kind: 'loading' } | { kind: 'loaded'; cities: City[] } | { kind: 'failed' };

export function useCities(): CitiesState {
  const [state, setState] = useState<CitiesState>({ kind: 'loading' });
  useEffect(() => {
    let live = true;
    loadCities().then(
      (loaded) => live && setState({ kind: 'loaded', cities: loaded }),
      () => live && setState({ kind: 'failed' }),
    );
    return () => {
      live = false;
    };
  }, []);
  return state;
}
