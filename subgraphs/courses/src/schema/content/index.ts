// The content model's read side: the types every other area builds on.
import './root';
import './enums';
import './user';
import './faculty';
import './rubric';
import './course';
import './module';
import './lecture';
import './reading';
import './quiz';
