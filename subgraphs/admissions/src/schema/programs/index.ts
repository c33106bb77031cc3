// The programs area's GraphQL types and fields: one import per type file.
import './enums';
import './program-intake';
import './program';
import './program-queries';
import './program-mutations';
