import { describe, expect, it } from 'vitest';
import { formatCell } from '../format';

describe('formatCell', () => {
  it('shows award rates as percentages and money with two decimals', () => {
    expect(formatCell(0.6667, { key: 'awardRate', type: 'ratio' }, 'en-US')).toBe('66.7%');
    expect(formatCell(1234567.5, { key: 'awardedValue', type: 'money' }, 'en-US')).toBe(
      '1,234,567.50',
    );
    expect(formatCell(1.5, { key: 'bidsPerTender', type: 'ratio' }, 'zh-CN')).toBe('1.5');
  });

  it('leaves empty and suppressed cells empty', () => {
    expect(formatCell(null, { key: 'awardRate', type: 'ratio' }, 'en-US')).toBe('');
    expect(formatCell(undefined, { key: 'tenders', type: 'count' }, 'en-US')).toBe('');
  });
});
