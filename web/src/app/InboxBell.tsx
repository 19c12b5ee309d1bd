import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useInbox } from '../features/inbox/inbox.queries';

/** The inbox with its unread count, always in the top bar (also on phones, beside the menu). */
export function InboxBell() {
  const { t } = useTranslation();
  const inbox = useInbox();
  const unread = inbox.data?.unread ?? 0;
  return (
    <Link to="/inbox" className="inbox-bell" aria-label={t('inbox.bell', { count: unread })}>
      <span aria-hidden="true" className="inbox-bell__icon">
        ✉
      </span>
      {unread > 0 ? (
        <span aria-hidden="true" className="inbox-bell__count">
          {unread > 99 ? '99+' : unread}
        </span>
      ) : null}
    </Link>
  );
}
