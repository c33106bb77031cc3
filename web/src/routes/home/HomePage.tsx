// The start page: a welcome for visitors, the way in to what a signed-in person does next.
import { Link } from 'react-router';
import { useAuth } from '../../auth/AuthProvider';

export function HomePage() {
  const { session } = useAuth();
  return (
    <>
      <h1>{session ? `Welcome back, ${session.user.displayName}` : 'Learn, grow and apply'}</h1>
      <p>ScrollForge is an online university: courses with a patient tutor, a community, daily devotions and degree programs you can apply to.</p>
      <div className="grid">
        {session ? (
          <section className="card" aria-labelledby="dashboard-heading">
            <h2 id="dashboard-heading">Your dashboard</h2>
            <p>Your courses, today’s devotion, your wallet and your notifications in one place.</p>
            <Link to="/dashboard">Go to your dashboard</Link>
          </section>
        ) : (
          <section className="card" aria-labelledby="account-heading">
            <h2 id="account-heading">Your account</h2>
            <p>Create a free account to take courses and keep a devotion streak, or sign in to carry on.</p>
            <p>
              <Link to="/register">Create an account</Link> · <Link to="/login">Sign in</Link>
            </p>
          </section>
        )}
        <section className="card" aria-labelledby="courses-heading">
          <h2 id="courses-heading">Courses</h2>
          <p>Search the catalog by subject, level and price; free courses start at once, others with ScrollCoin or a card.</p>
          <Link to="/courses">Browse courses</Link>
        </section>
        <section className="card" aria-labelledby="admissions-heading">
          <h2 id="admissions-heading">Admissions</h2>
          <p>See the programs taking applications and apply in a few steps; save as you go.</p>
          <Link to="/admissions">Browse programs</Link>
        </section>
      </div>
    </>
  );
}
