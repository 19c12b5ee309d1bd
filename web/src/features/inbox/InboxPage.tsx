import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { currentLanguage } from '../../i18n/i18n';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { formatDateTime } from '../../ui/format';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { useInbox, useMarkAllRead, useMarkRead } from './inbox.queries';
import '../my-schedule/my-schedule.css';

/** Messages from the roster: published periods, changed shifts, leave decisions, and more. */
export function InboxPage() {
  const { t, i18n } = useTranslation();
  const inbox = useInbox();
  const markRead = useMarkRead();
  const markAll = useMarkAllRead();
  const lang = currentLanguage(i18n.language);
  return (
    <div className="my-schedule">
      <PageHeader title={t('inbox.title')} description={t('inbox.intro')} />
      <ErrorBanner error={inbox.error ?? markRead.error ?? markAll.error} />
      {inbox.isPending ? <Loading /> : null}
      {inbox.data ? (
        <section className="card" aria-labelledby="inbox-list-title">
          <div className="my-shifts-card__head">
            <h2 id="inbox-list-title">{t('inbox.unread', { count: inbox.data.unread })}</h2>
            {inbox.data.unread > 0 ? (
              <button
                type="button"
                className="button button--secondary"
                disabled={markAll.isPending}
                onClick={() => markAll.mutate()}
              >
                {t('inbox.readAll')}
              </button>
            ) : null}
          </div>
          {inbox.data.items.length === 0 ? <p className="muted">{t('inbox.empty')}</p> : null}
          <ul className="my-shifts">
            {inbox.data.items.map((n) => (
              <li key={n.id} className={`my-shift${n.readAt ? '' : ' inbox-item--unread'}`}>
                <div className="my-shift__when">
                  <span className="my-shift__day">
                    {n.readAt ? null : <span className="visually-hidden">{t('inbox.new')}: </span>}
                    {n.title[lang]}
                  </span>
                  <span className="my-shift__meta">{formatDateTime(n.createdAt, i18n.language)}</span>
                </div>
                <p className="my-shift__meta">{n.body[lang]}</p>
                <div className="form-actions">
                  {n.link ? (
                    <Link
                      to={n.link}
                      className="button button--secondary"
                      onClick={() => n.readAt || markRead.mutate(n.id)}
                    >
                      {t('inbox.open')}
                    </Link>
                  ) : null}
                  {n.readAt ? null : (
                    <button type="button" className="button button--ghost" onClick={() => markRead.mutate(n.id)}>
                      {t('inbox.markRead')}
                    </button>
                  )}
                </div>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </div>
  );
}
