import { useTranslation } from 'react-i18next';
import type { Schemas } from '../../api/client';

type PeriodWishes = Schemas['PeriodWishesView'];

/**
 * How well the roster meets the staff's wishes: the department's share, the spread between the
 * best and worst served (so that fairness is visible), and who is served worst.
 */
export function WishSummary({ wishes, names }: { wishes: PeriodWishes; names: ReadonlyMap<string, string> }) {
  const { t, i18n } = useTranslation();
  const percent = (share: number) =>
    new Intl.NumberFormat(i18n.language === 'sv' ? 'sv-SE' : 'en-GB', { style: 'percent' }).format(share);
  // Offers to work ("can work") are not wishes to meet.
  const judged = wishes.wishes.filter((w) => w.met !== null);
  if (judged.length === 0) return <p className="wish-summary muted">{t('roster.wishes.none')}</p>;
  const met = judged.filter((w) => w.met).length;
  const worst = [...wishes.perEmployee].sort((a, b) => a.share - b.share || b.wishes - a.wishes).slice(0, 3);
  return (
    <p className="wish-summary" role="status">
      {t('roster.wishes.summary', {
        met,
        total: judged.length,
        share: percent(wishes.share),
        spread: Math.round(wishes.spread * 100),
      })}{' '}
      {worst.length > 0 && worst[0].share < 1
        ? t('roster.wishes.worst', {
            names: worst
              .filter((e) => e.share < 1)
              .map((e) => `${names.get(e.employeeId) ?? '…'} ${e.met}/${e.wishes}`)
              .join(', '),
          })
        : ''}
    </p>
  );
}
