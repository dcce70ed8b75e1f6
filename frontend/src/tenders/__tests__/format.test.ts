import { describe, expect, it } from 'vitest';
import { clock, formatBudget, formatDate, timeLeft } from '../format';

describe('tender formatting', () => {
  it('counts down in days, hours, minutes and seconds, rounding up to the second', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    const left = timeLeft(now + 2 * 86_400_000 + 3 * 3_600_000 + 4 * 60_000 + 4_500, now);

    expect(left).toEqual({ days: 2, hours: 3, minutes: 4, seconds: 5 });
    expect(clock(left!)).toBe('03:04:05');
  });

  it('has nothing left once the deadline is reached', () => {
    const now = Date.parse('2026-11-27T10:00:00Z');
    expect(timeLeft(now, now)).toBeNull();
    expect(timeLeft(now - 1, now)).toBeNull();
  });

  it('shows budgets as ranges in CNY', () => {
    expect(formatBudget(500_000, 2_000_000, 'zh-CN')).toBe('¥500,000 – ¥2,000,000');
    expect(formatBudget(null, 2_000_000, 'en')).toBe('≤ CN¥2,000,000');
    expect(formatBudget(null, null, 'en')).toBe('');
  });

  it('shows a calendar date without shifting it by the time zone', () => {
    expect(formatDate('2027-01-01', 'en')).toBe('Jan 1, 2027');
  });
});
