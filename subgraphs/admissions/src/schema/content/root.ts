// The root operation types; every area adds its fields to them.
import { builder } from '../../builder';

builder.queryType({});
builder.mutationType({});
