// How a lease's space reads: its units, or open-plan area and seats.
import type { TFunction } from 'i18next';
import type { Language } from '../i18n';
import { formatNumber } from '../parks/format';
import type { Lease, UnitRef } from './types';

export function unitLabel(unit: UnitRef, language: Language, t: TFunction): string {
  return t('tenancy.unitLabel', {
    building: unit.building,
    floor: unit.floor,
    code: unit.unitCode,
    area: formatNumber(unit.area, language),
    seats: unit.seats,
  });
}

function describe(
  units: UnitRef[],
  area: number,
  seats: number,
  language: Language,
  t: TFunction,
): string {
  const size = `${t('tenancy.areaValue', { area: formatNumber(area, language) })} · ${t(
    'tenancy.seatsValue',
    { seats },
  )}`;
  if (units.length === 0) return `${t('tenancy.openSpace')} · ${size}`;
  return `${units.map((u) => u.unitCode).join(', ')} · ${size}`;
}

/** What the vendor asked for. */
export function requestedSpace(lease: Lease, language: Language, t: TFunction): string {
  return describe(lease.requestedUnits, lease.requestedArea, lease.requestedSeats, language, t);
}

/** What the lease holds: the approved space once decided, else what was asked for. */
export function leasedSpace(lease: Lease, language: Language, t: TFunction): string {
  if (lease.area === null || lease.seats === null) return requestedSpace(lease, language, t);
  return describe(lease.units, lease.area, lease.seats, language, t);
}
