import { describe, expect, it } from 'vitest';
import { enCatalog as en, zhCNCatalog as zhCN } from '../catalog';

function keys(value: unknown, prefix = ''): string[] {
  if (typeof value !== 'object' || value === null) {
    return [prefix];
  }
  return Object.entries(value).flatMap(([key, child]) =>
    keys(child, prefix ? `${prefix}.${key}` : key),
  );
}

describe('locales', () => {
  it('gives English every key that Chinese has, and no other', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
  });

  it('has no empty text', () => {
    const empty = [zhCN, en].flatMap((resources) =>
      keys(resources).filter((key) => {
        const text = key
          .split('.')
          .reduce<unknown>((node, part) => (node as Record<string, unknown>)[part], resources);
        return typeof text !== 'string' || text.trim() === '';
      }),
    );
    expect(empty).toEqual([]);
  });
});
