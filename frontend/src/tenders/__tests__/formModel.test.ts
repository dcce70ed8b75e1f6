import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import {
  fromTender,
  initialValues,
  parseFieldPath,
  placeErrors,
  STEPS,
  toInput,
  weightSum,
} from '../wizard/formModel';
import { aTender } from './fixtures';

describe('the wizard form model', () => {
  it('starts a new tender with weights that already sum to 100', () => {
    expect(weightSum(initialValues())).toBe(100);
  });

  it('adds the price weight and every criterion weight, missing ones as 0', () => {
    expect(weightSum({ priceWeight: 50, criteria: [{ weight: 30 }, { weight: null }, {}] })).toBe(
      80,
    );
    expect(weightSum({})).toBe(0);
  });

  it('leaves unset fields out of the body, so that a PATCH keeps them', () => {
    const input = toInput({ title: '  外包  ', budgetMin: null, criteria: [], lots: [] });

    expect(input).toEqual({
      title: '外包',
      description: '',
      capabilities: [],
      languages: [],
      certifications: [],
      criteria: [],
      lots: [],
    });
    expect('budgetMin' in input).toBe(false);
  });

  it('sends a minimum level for CMMI and PCMM only, and instants in UTC', () => {
    const input = toInput({
      certifications: [
        { type: 'CMMI', minimumLevel: 3 },
        { type: 'ISO_IEC_27001', minimumLevel: 4 },
        { type: undefined },
      ],
      criteria: [{ name: ' 技术方案 ', weight: 40 }],
      bidDeadline: dayjs('2026-12-01T10:30:00Z'),
    });

    expect(input.certifications).toEqual([
      { type: 'CMMI', minimumLevel: 3 },
      { type: 'ISO_IEC_27001', minimumLevel: null },
    ]);
    expect(input.criteria).toEqual([{ name: '技术方案', weight: 40 }]);
    expect(input.bidDeadline).toBe('2026-12-01T10:30:00.000Z');
  });

  it('reads a tender back into the same body', () => {
    const tender = aTender({ lots: [{ id: 'l-1', title: '一标段', budgetMax: 800_000 }] });

    const input = toInput(fromTender(tender));

    expect(input).toMatchObject({
      title: tender.title,
      clientIndustry: 'FINANCE',
      budgetMax: 2_000_000,
      priceWeight: 60,
      criteria: tender.criteria,
      lots: [{ title: '一标段', budgetMax: 800_000 }],
      bidDeadline: new Date(tender.bidDeadline as string).toISOString(),
    });
  });

  it('parses the server field paths', () => {
    expect(parseFieldPath('criteria[0].weight')).toEqual(['criteria', 0, 'weight']);
    expect(parseFieldPath('$.title')).toEqual(['title']);
    expect(parseFieldPath('capabilities[2]')).toEqual(['capabilities', 2]);
  });

  it('puts each server error on its field and its step', () => {
    const placed = placeErrors([
      { field: 'bidDeadline', message: 'must be in the future' },
      { field: 'criteria[1].weight', message: 'must be between 1 and 100' },
      { field: 'criteria', message: 'weights must sum to 100, not 90' },
      { field: 'capabilities[0]', message: 'is not a capability of the taxonomy' },
      { field: 'somethingElse', message: 'odd' },
    ]);

    expect(placed.fields).toEqual([
      { name: ['bidDeadline'], errors: ['must be in the future'] },
      { name: ['criteria', 1, 'weight'], errors: ['must be between 1 and 100'] },
      { name: ['capabilities'], errors: ['is not a capability of the taxonomy'] },
    ]);
    expect(placed.weights).toBe('weights must sum to 100, not 90');
    expect(placed.steps.map((index) => STEPS[index])).toEqual([
      'requirements',
      'criteria',
      'deadlines',
    ]);
    expect(placed.unplaced).toEqual(['somethingElse: odd']);
  });
});
