// Entities other subgraphs own that admissions refers to.
import './root';
import './user';
import './course';
