// The admissions subgraph's own Pothos builder (plugins, scalars and context come from the kit). No types here.
import { createBuilder } from '../../kit/src/builder';

export const builder = createBuilder();
