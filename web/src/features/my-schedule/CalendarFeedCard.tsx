import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../../ui/ConfirmButton';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { useCalendarFeed, useCreateCalendarFeed, useRevokeCalendarFeed } from './my-schedule.queries';

/**
 * My shifts in the phone's own calendar: a secret address to subscribe to. It is shown once, when
 * made; a new one replaces the old, and it can be turned off if it leaks.
 */
export function CalendarFeedCard() {
  const { t, i18n } = useTranslation();
  const feed = useCalendarFeed();
  const create = useCreateCalendarFeed();
  const revoke = useRevokeCalendarFeed();
  const address = create.data ? `${window.location.origin}${create.data.path}` : null;
  return (
    <section className="card my-feed" aria-labelledby="my-feed-title">
      <h2 id="my-feed-title">{t('mySchedule.feed.title')}</h2>
      <p className="muted">{t('mySchedule.feed.intro')}</p>
      <ErrorBanner error={feed.error ?? create.error ?? revoke.error} />
      {address ? (
        <div className="my-feed__address">
          <label htmlFor="my-feed-url">{t('mySchedule.feed.address')}</label>
          <input id="my-feed-url" readOnly value={address} onFocus={(e) => e.currentTarget.select()} />
          <p className="muted">{t('mySchedule.feed.onlyNow')}</p>
          <a className="button button--secondary" href={address.replace(/^https?:/, 'webcal:')}>
            {t('mySchedule.feed.subscribe')}
          </a>
        </div>
      ) : feed.data?.active ? (
        <p>
          {t('mySchedule.feed.active', { at: formatDateTime(feed.data.createdAt!, i18n.language) })}
          {feed.data.lastUsedAt
            ? ` ${t('mySchedule.feed.lastUsed', { at: formatDateTime(feed.data.lastUsedAt, i18n.language) })}`
            : ''}
        </p>
      ) : null}
      <div className="form-actions">
        <button
          type="button"
          className="button button--secondary"
          disabled={create.isPending}
          onClick={() => create.mutate()}
        >
          {feed.data?.active ? t('mySchedule.feed.renew') : t('mySchedule.feed.create')}
        </button>
        {feed.data?.active ? (
          <ConfirmButton
            label={t('mySchedule.feed.revoke')}
            confirmLabel={t('mySchedule.feed.revokeConfirm')}
            onConfirm={() => {
              create.reset();
              revoke.mutate();
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
