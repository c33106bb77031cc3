// The public graph's cost analysis and page-size cap: pure functions over small inline schemas.
import { buildSchema, parse, validate, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { costLimitRule } from '../src/public/cost-limit-rule';
import { NO_SUBSCRIPTIONS_MESSAGE, noSubscriptionsRule } from '../src/public/no-subscriptions-rule';
import { operationCost, type CostOptions } from '../src/public/operation-cost';
import { oversizedPages, pageSizeRule } from '../src/public/page-size';
import { PUBLIC_COST_OPTIONS, PUBLIC_MAX_PAGE_SIZE } from '../src/public/public-limits';

const schema = buildSchema(`
  interface Node { id: ID! }
  type Query { courses(first: Int, last: Int): CourseConnection! course(id: ID!): Course tags: [String!]! }
  type Subscription { ticks: Int }
  type CourseConnection { edges: [CourseEdge!]! pageInfo: PageInfo! }
  type CourseEdge { node: Course! cursor: String! }
  type PageInfo { hasNextPage: Boolean! }
  type Course implements Node { id: ID! title: String! modules: [Module!]! instructors(first: Int): [Person!]! }
  type Module { title: String! lectures: [Lecture!]! }
  type Lecture { title: String! }
  type Person { name: String! }
`);

function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = document.definitions.find((definition): definition is OperationDefinitionNode => definition.kind === 'OperationDefinition');
  if (operation === undefined) throw new Error('no operation');
  return operation;
}

function costOf(query: string, options: Partial<CostOptions> = {}): number {
  const document = parse(query);
  const fragments = new Map(document.definitions.flatMap((definition) => (definition.kind === 'FragmentDefinition' ? [[definition.name.value, definition] as const] : [])));
  return operationCost(schema, operationOf(document), (name) => fragments.get(name), { ...PUBLIC_COST_OPTIONS, ...options });
}

describe('operation cost', () => {
  test('charges nothing for scalars, __typename and introspection', () => {
    expect(costOf('{ tags __typename __schema { types { name fields { name } } } }')).toBe(0);
  });

  test('multiplies the fields below a connection by its page size', () => {
    // courses 1 + edges 1 + pageInfo 1 + node 10 (one per edge)
    expect(costOf('{ courses(first: 10) { edges { node { title } } pageInfo { hasNextPage } } }')).toBe(13);
  });

  test('assumes 20 items for a list without first or last', () => {
    // course 1 + modules 1 + lectures 20 (one per module)
    expect(costOf('{ course(id: "1") { modules { lectures { title } } } }')).toBe(22);
  });

  test('multiplies the sizes of nested lists', () => {
    // courses 1 + edges 1 + node 10 + modules 10 + lectures 10 × 20
    expect(costOf('{ courses(first: 10) { edges { node { modules { lectures { title } } } } } }')).toBe(222);
  });

  test('uses a list field’s own first argument for the fields below it', () => {
    // course 1 + instructors 1; Person has only scalars, so the page of 5 adds nothing more
    expect(costOf('{ course(id: "1") { instructors(first: 5) { name } } }')).toBe(2);
    // courses 1 + edges 1 + node 2 + instructors 2 ... nothing below Person costs
    expect(costOf('{ courses(last: 2) { edges { node { instructors(first: 5) { name } } } } }')).toBe(6);
  });

  test('counts fragments and inline fragments where they are spread', () => {
    const query = '{ courses(first: 5) { edges { ...Edge } } a: courses(first: 5) { edges { ...Edge } } } fragment Edge on CourseEdge { node { ... on Course { modules { title } } } }';
    // each alias: courses 1 + edges 1 + node 5 + modules 5
    expect(costOf(query)).toBe(24);
  });

  test('counts a variable page size at its value, its default, or the largest page while unknown', () => {
    const query = 'query Q($n: Int) { courses(first: $n) { edges { node { title } } } }';
    expect(costOf(query, { variables: { n: 3 } })).toBe(5);
    expect(costOf(query)).toBe(2 + PUBLIC_MAX_PAGE_SIZE);
    expect(costOf('query Q($n: Int = 7) { courses(first: $n) { edges { node { title } } } }')).toBe(9);
    // Known variables without a value leave the argument out, so the assumed size applies.
    expect(costOf(query, { variables: {} })).toBe(22);
  });

  test('measures an exponential fragment fan-out in linear time', () => {
    const fragments = Array.from({ length: 30 }, (_, index) => `fragment F${index} on Query { ...F${index + 1} ...F${index + 1} }`);
    const query = `{ ...F0 } ${fragments.join(' ')} fragment F30 on Query { course(id: "1") { modules { title } } }`;
    const started = Date.now();
    expect(costOf(query)).toBe(2 ** 30 * 2);
    expect(Date.now() - started).toBeLessThan(1000);
  });
});

describe('limits as validation rules', () => {
  test('refuses an operation above the cost limit, stating its cost and the limit', () => {
    const errors = validate(schema, parse('query Heavy { courses(first: 10) { edges { node { modules { lectures { title } } } } } }'), [
      costLimitRule(200, PUBLIC_COST_OPTIONS),
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      'Operation "Heavy" costs 222; the limit is 200 per request. Ask for smaller pages (first/last), fewer nested lists, or split it into several requests.',
    ]);
    expect(validate(schema, parse('query Heavy { courses(first: 10) { edges { node { title } } } }'), [costLimitRule(200, PUBLIC_COST_OPTIONS)])).toEqual([]);
  });

  test('refuses a literal page above the largest, naming the field and the limit', () => {
    const errors = validate(schema, parse('{ course(id: "1") { instructors(first: 51) { name } } courses(first: 50) { pageInfo { hasNextPage } } }'), [
      pageSizeRule(PUBLIC_MAX_PAGE_SIZE),
    ]);
    expect(errors.map((error) => error.message)).toEqual([
      'Course.instructors asks for a page of 51; the largest page is 50. Ask for at most 50 with first/last and page on with the cursor.',
    ]);
  });

  test('finds pages above the largest once variables are known, in fragments too', () => {
    const document = parse('query Q($n: Int, $m: Int) { courses(first: $m) { edges { ...E } } } fragment E on CourseEdge { node { instructors(first: $n) { name } } }');
    expect(oversizedPages(schema, document, operationOf(document), { n: 80, m: 50 }, PUBLIC_MAX_PAGE_SIZE)).toEqual([{ coordinate: 'Course.instructors', size: 80 }]);
    expect(oversizedPages(schema, document, operationOf(document), { n: 50, m: 10 }, PUBLIC_MAX_PAGE_SIZE)).toEqual([]);
  });

  test('refuses subscriptions with what to do instead', () => {
    expect(validate(schema, parse('subscription { ticks }'), [noSubscriptionsRule]).map((error) => error.message)).toEqual([NO_SUBSCRIPTIONS_MESSAGE]);
    expect(validate(schema, parse('{ tags }'), [noSubscriptionsRule])).toEqual([]);
  });
});
