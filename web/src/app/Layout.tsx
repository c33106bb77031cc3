// The frame of every page: a skip link, the brand, navigation for who is signed in, and the page itself.
import { NavLink, Outlet } from 'react-router';
import { useAuth } from '../auth/AuthProvider';
import { Button } from '../ui/Button';
import { StaffNavLink } from '../routes/staff/StaffNavLink';

export function Layout() {
  const { session, signOut } = useAuth();
  return (
    <>
      <a className="skip-link" href="#main">
        Skip to content
      </a>
      <header className="app-header">
        <NavLink to="/" className="app-header__brand">
          ScrollForge
        </NavLink>
        <nav className="app-nav" aria-label="Main">
          <ul>
            <li>
              <NavLink to="/admissions">Admissions</NavLink>
            </li>
            {session ? (
              <>
                <li>
                  <NavLink to="/dashboard">Dashboard</NavLink>
                </li>
                <li>
                  <NavLink to="/applications">My applications</NavLink>
                </li>
                <StaffNavLink />
                <li>
                  <Button variant="secondary" onClick={() => void signOut()}>
                    Sign out {session.user.displayName}
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
