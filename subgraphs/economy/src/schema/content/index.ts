// The read side shared by every area.
import './root';
import './user';
import './course';
