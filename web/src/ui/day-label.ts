import { currentLanguage } from '../i18n/i18n';

const formats = new Map<string, Intl.DateTimeFormat>();

/** 'tisdag 8 september' / 'Tuesday 8 September' for a civil date (no zone arithmetic needed). */
export function dayLabel(date: string, language: string): string {
  const lang = currentLanguage(language);
  let format = formats.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
      timeZone: 'UTC',
      weekday: 'long',
      day: 'numeric',
      month: 'long',
    });
    formats.set(lang, format);
  }
  return format.format(new Date(`${date}T12:00:00Z`));
}

/** 'tis 8/9' / 'Tue 8/9'. */
export function shortDayLabel(date: string, language: string): string {
  const lang = currentLanguage(language);
  const weekday = new Intl.DateTimeFormat(lang === 'sv' ? 'sv-SE' : 'en-GB', {
    timeZone: 'UTC',
    weekday: 'short',
  }).format(new Date(`${date}T12:00:00Z`));
  return `${weekday} ${Number(date.slice(8, 10))}/${Number(date.slice(5, 7))}`;
}
