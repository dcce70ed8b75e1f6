import { beforeEach, describe, expect, it } from 'vitest';
import i18n from '../../i18n';
import { contractLink, notificationLink, notificationText } from '../describe';
import { NOTIFICATION_KINDS, type Notification } from '../types';

function aNotification(overrides: Partial<Notification> = {}): Notification {
  return {
    id: 'n-1',
    kind: 'BID_WON',
    tenderId: 't-1',
    payload: { title: '核心系统外包', contractId: 'c-1' },
    createdAt: '2026-11-27T10:00:00Z',
    readAt: null,
    ...overrides,
  };
}

describe('notification texts', () => {
  beforeEach(async () => {
    await i18n.changeLanguage('zh-CN');
  });

  it('says each kind in the UI language, with the tender title', async () => {
    const texts = NOTIFICATION_KINDS.map((kind) =>
      notificationText(aNotification({ kind, payload: { title: 'X' } }), i18n.t),
    );
    expect(new Set(texts).size).toBe(NOTIFICATION_KINDS.length);
    expect(texts.every((text) => text.includes('X'))).toBe(true);
    expect(notificationText(aNotification(), i18n.t)).toBe('恭喜！您在“核心系统外包”中标');

    await i18n.changeLanguage('en');
    expect(notificationText(aNotification({ kind: 'BID_LOST' }), i18n.t)).toBe(
      'Your bid on "核心系统外包" was not awarded',
    );
  });

  it('tells a material amendment and a cancellation reason apart', () => {
    expect(
      notificationText(
        aNotification({ kind: 'TENDER_AMENDED', payload: { title: 'X', material: true } }),
        i18n.t,
      ),
    ).toBe('招标“X”发生实质性变更，请重新确认投标');
    expect(
      notificationText(
        aNotification({ kind: 'TENDER_CANCELLED', payload: { title: 'X', reason: '预算调整' } }),
        i18n.t,
      ),
    ).toBe('招标“X”已取消：预算调整');
  });

  it('copes with kinds and payloads it does not know', () => {
    expect(notificationText(aNotification({ kind: 'NEW_THING', payload: null }), i18n.t)).toBe(
      '“某招标”：NEW_THING',
    );
  });

  it('leads to the tender, and a win also to its contract', () => {
    expect(notificationLink(aNotification())).toBe('/tenders/t-1');
    expect(contractLink(aNotification())).toBe('/contracts/c-1');
    expect(contractLink(aNotification({ kind: 'BID_LOST' }))).toBeNull();
    expect(notificationLink(aNotification({ tenderId: null }))).toBeNull();
  });
});
