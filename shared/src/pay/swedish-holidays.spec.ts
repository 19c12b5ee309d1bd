import { addDays, civilDate, weekdayOf } from '../time/stockholm';
import { swedishHolidays, type HolidayKey } from './swedish-holidays';

/** Easter Sunday by the anonymous Gregorian computus (RULES.md §3.3: "use the Gregorian computus"). */
function easter(year: number): string {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return civilDate(year, month, day);
}

function saturdayBetween(first: string, last: string): string {
  for (let d = first; d <= last; d = addDays(d, 1)) if (weekdayOf(d) === 6) return d;
  throw new Error('no Saturday');
}

/** RULES.md §3.3 written out independently of the package. */
function expected(year: number): Record<HolidayKey, string> {
  const e = easter(year);
  const midsommardagen = saturdayBetween(civilDate(year, 6, 20), civilDate(year, 6, 26));
  return {
    nyarsdagen: civilDate(year, 1, 1),
    'trettondedag-jul': civilDate(year, 1, 6),
    langfredagen: addDays(e, -2),
    paskafton: addDays(e, -1),
    paskdagen: e,
    'annandag-pask': addDays(e, 1),
    'forsta-maj': civilDate(year, 5, 1),
    'kristi-himmelsfardsdag': addDays(e, 39),
    pingstafton: addDays(e, 48),
    pingstdagen: addDays(e, 49),
    nationaldagen: civilDate(year, 6, 6),
    midsommarafton: addDays(midsommardagen, -1),
    midsommardagen: midsommardagen,
    'alla-helgons-dag': saturdayBetween(civilDate(year, 10, 31), civilDate(year, 11, 6)),
    julafton: civilDate(year, 12, 24),
    juldagen: civilDate(year, 12, 25),
    'annandag-jul': civilDate(year, 12, 26),
    nyarsafton: civilDate(year, 12, 31),
  };
}

describe('swedishHolidays', () => {
  it.each([2005, 2019, 2024, 2025, 2026, 2027, 2030, 2038, 2049, 2100])(
    '%i matches Lag (1989:253) as RULES.md §3.3 states it',
    (year) => {
      const got = Object.fromEntries(swedishHolidays(year).map((h) => [h.key, h.date]));
      expect(got).toEqual(expected(year));
    },
  );

  it('matches the 2025 and 2026 dates of RULES.md §3.2', () => {
    const y2025 = Object.fromEntries(swedishHolidays(2025).map((h) => [h.key, h.date]));
    expect(y2025).toMatchObject({
      langfredagen: '2025-04-18',
      paskdagen: '2025-04-20',
      'annandag-pask': '2025-04-21',
      midsommarafton: '2025-06-20',
      midsommardagen: '2025-06-21',
      'kristi-himmelsfardsdag': '2025-05-29',
      'alla-helgons-dag': '2025-11-01',
    });
    const y2026 = Object.fromEntries(swedishHolidays(2026).map((h) => [h.key, h.date]));
    expect(y2026).toMatchObject({ langfredagen: '2026-04-03', paskdagen: '2026-04-05', midsommarafton: '2026-06-19' });
  });

  it('marks the eves as not public holidays', () => {
    const kinds = Object.fromEntries(swedishHolidays(2025).map((h) => [h.key, h.kind]));
    expect(kinds.julafton).toBe('eve');
    expect(kinds.midsommarafton).toBe('eve');
    expect(kinds.nationaldagen).toBe('public-holiday');
    expect(swedishHolidays(2025)).toHaveLength(18);
  });

  it('refuses years outside the current law', () => {
    expect(() => swedishHolidays(2004)).toThrow(RangeError);
  });
});
