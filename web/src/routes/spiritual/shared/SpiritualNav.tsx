// Moves between the three parts of the spiritual area.
import { NavLink } from 'react-router';

export function SpiritualNav() {
  return (
    <nav aria-label="Spiritual life" className="spiritual-nav">
      <NavLink to="/spiritual" end>
        Today's devotion
      </NavLink>
      <NavLink to="/spiritual/prayer">Prayer journal</NavLink>
      <NavLink to="/spiritual/memory">Scripture memory</NavLink>
    </nav>
  );
}
