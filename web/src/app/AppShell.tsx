import { Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { useCurrentUser, useLogout } from '../auth/session';
import { useLabels } from '../i18n/labels';
import { Loading } from '../ui/Loading';
import { InboxBell } from './InboxBell';
import { LanguageToggle } from './LanguageToggle';
import { navigationFor } from './navigation';

export function AppShell() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const labels = useLabels();
  const logout = useLogout();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  const mainRef = useRef<HTMLElement>(null);
  const firstRender = useRef(true);
  const items = navigationFor(me);

  // A new page: close the phone menu and move focus to the content, as a full page load would.
  useEffect(() => {
    setMenuOpen(false);
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    mainRef.current?.focus();
  }, [location.pathname]);

  useEffect(() => {
    if (!menuOpen) return;
    const onKey = (e: KeyboardEvent) => e.key === 'Escape' && setMenuOpen(false);
    window.addEventListener('keydown', onKey);
    return () => window.removeEventListener('keydown', onKey);
  }, [menuOpen]);

  const userBlock = (
    <>
      <p className="user-card">
        <span className="user-card__name">{me.displayName}</span>
        <span className="user-card__meta">
          {labels.role(me.role)} · {me.organisationName}
        </span>
      </p>
      <LanguageToggle />
      <button type="button" className="button button--ghost" onClick={() => logout.mutate()}>
        {t('app.logout')}
      </button>
    </>
  );

  return (
    <div className="shell">
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="topbar">
        <Link to="/" className="brand" aria-label={t('app.home')}>
          <span className="brand__mark" aria-hidden="true">
            B
          </span>
          <span className="brand__name">Bemanna</span>
        </Link>
        <InboxBell />
        <div className="topbar__user">{userBlock}</div>
        <button
          type="button"
          className="button button--ghost menu-button"
          aria-expanded={menuOpen}
          aria-controls="main-nav"
          onClick={() => setMenuOpen((open) => !open)}
        >
          <span className="menu-button__icon" aria-hidden="true">
            {menuOpen ? '✕' : '☰'}
          </span>
          {menuOpen ? t('app.closeMenu') : t('app.menu')}
        </button>
      </header>
      <div className="shell__body">
        <nav id="main-nav" className={`sidenav${menuOpen ? ' sidenav--open' : ''}`} aria-label={t('app.mainMenu')}>
          <ul className="sidenav__list">
            {items.map((item) => (
              <li key={item.to}>
                <NavLink to={item.to} end={item.end} className="sidenav__link">
                  {t(item.labelKey)}
                </NavLink>
              </li>
            ))}
          </ul>
          <div className="sidenav__user">{userBlock}</div>
        </nav>
        <main id="main" ref={mainRef} tabIndex={-1} className="content">
          <Suspense fallback={<Loading />}>
            <Outlet />
          </Suspense>
        </main>
      </div>
    </div>
  );
}
