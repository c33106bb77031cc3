// The frame of every page: a skip link, the brand, navigation for who is signed in (folded behind a
// Menu button on phones), a bar while the next page loads, and the page itself.
import { useEffect, useState } from 'react';
import { NavLink, Outlet, useLocation, useNavigation } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { Button } from '../ui/Button';
import { StaffNavLink } from '../routes/staff/StaffNavLink';
import { visibleNavItems } from './nav-items';
import { useViewerRoles } from './useViewerRoles';
import { usePageAnnouncement } from './usePageAnnouncement';

export function Layout() {
  const { session, signOut } = useAuth();
  const roles = useViewerRoles();
  const navigation = useNavigation();
  const location = useLocation();
  const [menuOpen, setMenuOpen] = useState(false);
  usePageAnnouncement('main');
  // A chosen link closes the menu on phones.
  useEffect(() => setMenuOpen(false), [location.pathname]);

  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      {navigation.state === 'loading' ? <div className="route-progress" role="progressbar" aria-label="Loading the page" /> : null}
      <header className="app-header">
        <NavLink to="/" className="app-header__brand">
          ScrollForge
        </NavLink>
        <button type="button" className="app-menu-button" aria-expanded={menuOpen} aria-controls="main-nav" onClick={() => setMenuOpen((open) => !open)}>
          Menu
        </button>
        <nav id="main-nav" className={menuOpen ? 'app-nav app-nav--open' : 'app-nav'} aria-label="Main">
          <ul>
            {visibleNavItems(Boolean(session), roles).map((item) => (
              <li key={item.to}>
                <NavLink to={item.to}>{item.label}</NavLink>
              </li>
            ))}
            {session ? (
              <>
                <StaffNavLink />
                <li>
                  <Button variant="secondary" onClick={() => void signOut()}>
                    Sign out<span className="visually-hidden"> {session.user.displayName}</span>
                  </Button>
                </li>
              </>
            ) : (
              <>
                <li>
                  <NavLink to="/login">Sign in</NavLink>
                </li>
                <li>
                  <NavLink to="/register">Create account</NavLink>
                </li>
              </>
            )}
          </ul>
        </nav>
      </header>
      <main id="main" tabIndex={-1}>
        <Outlet />
      </main>
    </>
  );
}
