// The read side shared by every area: entities, references to other domains' entities, enums.
import './root';
import './enums';
import './user';
import './channel';
import './message';
import './course';
import './notification';
