// The root operation types; every other file adds its fields to them.
import { builder } from '../builder';

builder.queryType({});
builder.mutationType({});
