// Swedish public holidays (Lag (1989:253) om allmänna helgdagar) and the eves that agreements treat
// like holidays (RULES.md Part B §3.3), per calendar year, from the `date-holidays` package. We map
// its Swedish names onto our own keys and fail loudly if a package update renames or drops one,
// because a silently missing holiday would pay wrong OB. Sundays are holidays by law too; callers
// test the weekday for them, they are not listed here.
import Holidays from 'date-holidays';
import { type CivilDate } from '../time/stockholm';

export const PUBLIC_HOLIDAY_KEYS = [
  'nyarsdagen',
  'trettondedag-jul',
  'langfredagen',
  'paskdagen',
  'annandag-pask',
  'forsta-maj',
  'kristi-himmelsfardsdag',
  'pingstdagen',
  'nationaldagen',
  'midsommardagen',
  'alla-helgons-dag',
  'juldagen',
  'annandag-jul',
] as const;

/** Not public holidays in law; midsommar-, jul- and nyårsafton are treated like Sundays (Semesterlagen 3 a §). */
export const EVE_KEYS = ['paskafton', 'pingstafton', 'midsommarafton', 'julafton', 'nyarsafton'] as const;

export type PublicHolidayKey = (typeof PUBLIC_HOLIDAY_KEYS)[number];
export type EveKey = (typeof EVE_KEYS)[number];
export type HolidayKey = PublicHolidayKey | EveKey;

export interface SwedishHoliday {
  date: CivilDate;
  key: HolidayKey;
  kind: 'public-holiday' | 'eve';
}

const NAMES: Readonly<Record<string, HolidayKey>> = {
  nyårsdagen: 'nyarsdagen',
  'trettondedag jul': 'trettondedag-jul',
  långfredagen: 'langfredagen',
  påskdagen: 'paskdagen',
  'annandag påsk': 'annandag-pask',
  'första maj': 'forsta-maj',
  'Kristi himmelsfärdsdag': 'kristi-himmelsfardsdag',
  pingstdagen: 'pingstdagen',
  nationaldagen: 'nationaldagen',
  midsommardagen: 'midsommardagen',
  'alla helgons dag': 'alla-helgons-dag',
  juldagen: 'juldagen',
  'annandag jul': 'annandag-jul',
  påskafton: 'paskafton',
  pingstafton: 'pingstafton',
  midsommarafton: 'midsommarafton',
  julafton: 'julafton',
  nyårsafton: 'nyarsafton',
};

const PUBLIC = new Set<HolidayKey>(PUBLIC_HOLIDAY_KEYS);

/** The current law's list (nationaldagen replaced annandag pingst in 2005); earlier years are not modelled. */
export const FIRST_SUPPORTED_YEAR = 2005;
export const LAST_SUPPORTED_YEAR = 2199;

let source: Holidays | null = null;
const cache = new Map<number, readonly SwedishHoliday[]>();

/** Public holidays and eves of a year, sorted by date, each key exactly once. */
export function swedishHolidays(year: number): readonly SwedishHoliday[] {
  const cached = cache.get(year);
  if (cached) return cached;
  if (!Number.isInteger(year) || year < FIRST_SUPPORTED_YEAR || year > LAST_SUPPORTED_YEAR) {
    throw new RangeError(
      `Swedish holidays are available for ${FIRST_SUPPORTED_YEAR}–${LAST_SUPPORTED_YEAR}, not ${year}`,
    );
  }
  source ??= new Holidays('SE', { languages: ['sv'] });
  const found = new Map<HolidayKey, SwedishHoliday>();
  for (const h of source.getHolidays(year, 'sv')) {
    const key = NAMES[h.name];
    if (key === undefined) continue;
    // `date` is the package's local date-time text 'YYYY-MM-DD hh:mm:ss'; the day is what we need.
    found.set(key, { date: h.date.slice(0, 10), key, kind: PUBLIC.has(key) ? 'public-holiday' : 'eve' });
  }
  const missing = [...PUBLIC_HOLIDAY_KEYS, ...EVE_KEYS].filter((k) => !found.has(k));
  if (missing.length > 0) throw new Error(`date-holidays did not return ${missing.join(', ')} for ${year}`);
  const list = [...found.values()].sort((a, b) =>
    a.date < b.date ? -1 : a.date > b.date ? 1 : a.key < b.key ? -1 : 1,
  );
  cache.set(year, list);
  return list;
}
