import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { fieldLabel, localiseServerMessage } from '../serverMessages';

describe('server messages', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('speaks the UI language for the problems the tender pages meet', () => {
    const t = i18n.t;
    expect(localiseServerMessage('must be between 1 and 100', t)).toBe('应在 1 到 100 之间');
    expect(
      localiseServerMessage('the price weight and criteria weights must sum to 100, not 90', t),
    ).toBe('价格权重与各评分项权重之和须为 100，当前为 90');
    expect(localiseServerMessage('needs at least 300 staff, the profile has 20', t)).toBe(
      '至少需要 300 人，档案中为 20 人',
    );
  });

  it('keeps what it does not know as the server wrote it', () => {
    expect(localiseServerMessage('is on fire', i18n.t)).toBe('is on fire');
  });

  it('names fields in the UI language', async () => {
    expect(fieldLabel('criteria[1].weight', i18n.t)).toBe('评标标准 #2.weight');
    expect(fieldLabel('bidDeadline', i18n.t)).toBe('投标截止时间');
    await i18n.changeLanguage('en');
    expect(fieldLabel('bidDeadline', i18n.t)).toBe('Bid deadline');
    expect(fieldLabel('mystery', i18n.t)).toBe('mystery');
  });
});
