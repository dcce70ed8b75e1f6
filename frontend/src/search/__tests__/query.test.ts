import { describe, expect, it } from 'vitest';
import {
  EMPTY_QUERY,
  endOfDay,
  isFiltered,
  parseQuery,
  startOfDay,
  toApiParams,
  toUrlParams,
  withDates,
  withFilter,
  withNumbers,
  withPage,
  withSort,
  withText,
} from '../query';
import { bandOf, BUDGET_BANDS, TENDER_SCHEMA } from '../tenderQuery';

const parse = (search: string) => parseQuery(TENDER_SCHEMA, new URLSearchParams(search));
const url = (search: string) => toUrlParams(TENDER_SCHEMA, parse(search)).toString();

describe('the search in the address', () => {
  it('reads text, repeated filters, bounds, dates, sort and page', () => {
    const query = parse(
      'q=%E5%91%BC%E5%8F%AB+%E4%B8%AD%E5%BF%83&city=harbin&city=daqing&category=BPO_CALL_CENTRE' +
        '&budgetMin=100000&budgetMax=999999&deadlineFrom=2027-01-31&sort=deadline&page=2',
    );

    expect(query).toEqual({
      q: '呼叫 中心',
      filters: { category: ['BPO_CALL_CENTRE'], city: ['daqing', 'harbin'] },
      numbers: { budgetMin: 100_000, budgetMax: 999_999 },
      dates: { deadlineFrom: '2027-01-31' },
      sort: 'deadline',
      page: 2,
    });
  });

  it('writes one canonical address whatever order the values came in', () => {
    expect(url('page=1&city=harbin&q=GIS&city=daqing&city=harbin&sort=budget')).toBe(
      'q=GIS&city=daqing&city=harbin&sort=budget&page=1',
    );
    expect(url('city=daqing&q=GIS&page=1&city=harbin&sort=budget')).toBe(
      url('page=1&city=harbin&q=GIS&city=daqing&city=harbin&sort=budget'),
    );
  });

  it('survives the round trip: address → search → address → same search', () => {
    const query = parse(
      'q=%E5%91%BC%E5%8F%AB%20%26%20a%3Db&status=ACTIVE&status=EVALUATION&certification=CMMI' +
        '&budgetMax=5000&deadlineTo=2027-02-28&page=3',
    );

    expect(parseQuery(TENDER_SCHEMA, toUrlParams(TENDER_SCHEMA, query))).toEqual(query);
    expect(query.q).toBe('呼叫 & a=b');
  });

  it('leaves out what is malformed or unknown instead of failing', () => {
    expect(
      parse(
        'q=%20%20&city=&budgetMin=-5&budgetMax=1e9&deadlineFrom=2027-02-30&deadlineTo=tomorrow' +
          '&sort=cheapest&page=-1&colour=red&size=1000',
      ),
    ).toEqual(EMPTY_QUERY);
    expect(parse('page=abc').page).toBe(0);
    expect(parse('page=999999').page).toBe(0);
    expect(url('colour=red&size=1000')).toBe('');
  });

  it('asks the API with the effective sort, the page and its size', () => {
    expect(toApiParams(TENDER_SCHEMA, parse(''), 20).toString()).toBe('sort=newest&page=0&size=20');
    expect(toApiParams(TENDER_SCHEMA, parse('q=GIS&page=2'), 20).toString()).toBe(
      'q=GIS&sort=relevance&page=2&size=20',
    );
    expect(toApiParams(TENDER_SCHEMA, parse('q=GIS&sort=budget'), 10).get('sort')).toBe('budget');
  });

  it('sends a date range as the instants its days start and end, in the local time zone', () => {
    const params = toApiParams(
      TENDER_SCHEMA,
      parse('deadlineFrom=2027-01-01&deadlineTo=2027-01-31'),
      20,
    );

    expect(params.get('deadlineFrom')).toBe(new Date(2027, 0, 1).toISOString());
    expect(params.get('deadlineTo')).toBe(new Date(2027, 1, 1, 0, 0, 0, -1).toISOString());
    expect(Date.parse(endOfDay('2027-01-31')) - Date.parse(startOfDay('2027-01-31'))).toBe(
      86_400_000 - 1,
    );
  });
});

describe('changing a search', () => {
  const base = parse('q=GIS&city=harbin&page=4&sort=deadline');

  it('starts again at the first page on every change but paging', () => {
    expect(withText(base, '  呼叫  ').q).toBe('呼叫');
    expect(withText(base, '呼叫').page).toBe(0);
    expect(withFilter(base, 'city', ['harbin', 'daqing']).page).toBe(0);
    expect(withNumbers(base, { budgetMin: 1 }).page).toBe(0);
    expect(withDates(base, { deadlineFrom: '2027-01-01' }).page).toBe(0);
    expect(withSort(base, 'budget').page).toBe(0);
    expect(withPage(base, 5).page).toBe(5);
    expect(withPage(base, 5).q).toBe('GIS');
  });

  it('adds and removes filter values, dropping a filter left empty', () => {
    const two = withFilter(base, 'city', ['harbin', 'daqing', 'harbin']);
    expect(two.filters.city).toEqual(['daqing', 'harbin']);
    const none = withFilter(two, 'city', []);
    expect(none.filters).toEqual({});
    expect(toUrlParams(TENDER_SCHEMA, none).toString()).toBe('q=GIS&sort=deadline');
  });

  it('sets and clears bounds; negative or missing ones are cleared', () => {
    const bounded = withNumbers(base, { budgetMin: 100_000.7, budgetMax: 999_999 });
    expect(bounded.numbers).toEqual({ budgetMin: 100_000, budgetMax: 999_999 });
    expect(withNumbers(bounded, { budgetMin: undefined, budgetMax: -1 }).numbers).toEqual({});
    expect(withNumbers(bounded, { budgetMin: null }).numbers).toEqual({ budgetMax: 999_999 });
  });

  it('knows whether anything narrows the search', () => {
    expect(isFiltered(EMPTY_QUERY)).toBe(false);
    expect(isFiltered(withSort(EMPTY_QUERY, 'budget'))).toBe(false);
    expect(isFiltered(withText(EMPTY_QUERY, '呼叫'))).toBe(true);
    expect(isFiltered(withNumbers(EMPTY_QUERY, { budgetMax: 5 }))).toBe(true);
  });
});

describe('budget bands', () => {
  it('are the bounds of the API bands, both ends included', () => {
    expect(BUDGET_BANDS.map((b) => [b.value, b.budgetMin, b.budgetMax])).toEqual([
      ['UNDER_100K', undefined, 99_999],
      ['100K_TO_1M', 100_000, 999_999],
      ['1M_TO_10M', 1_000_000, 9_999_999],
      ['10M_AND_MORE', 10_000_000, undefined],
    ]);
    expect(bandOf({ budgetMin: 1_000_000, budgetMax: 9_999_999 })?.value).toBe('1M_TO_10M');
    expect(bandOf({ budgetMin: 10_000_000 })?.value).toBe('10M_AND_MORE');
    expect(bandOf({ budgetMin: 1, budgetMax: 9_999_999 })).toBeUndefined();
  });
});
