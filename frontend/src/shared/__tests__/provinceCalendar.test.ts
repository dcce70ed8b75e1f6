import { describe, expect, it } from 'vitest';
import { provinceToday } from '../provinceCalendar';

describe('provinceToday', () => {
  it('is already the next day in China after 16:00 UTC', () => {
    expect(provinceToday(new Date('2026-11-27T16:30:00Z'))).toBe('2026-11-28');
  });

  it('is the same day in China before 16:00 UTC', () => {
    expect(provinceToday(new Date('2026-11-27T15:59:59Z'))).toBe('2026-11-27');
  });

  it('turns the year at midnight in China', () => {
    expect(provinceToday(new Date('2026-12-31T16:00:00Z'))).toBe('2027-01-01');
  });
});
