// The build step that moves each GraphQL document into the page that uses it: every document the
// client preset generated is found, a call is replaced by exactly its own document's AST (an operation's
// with the hash of the text the client sends), and a call codegen has not seen stops the build instead of
// shipping a page whose query is missing.
import { createHash } from 'node:crypto';
import path from 'node:path';
import { parse, print, type DocumentNode } from 'graphql';
import { generatedDocuments, inlineDocuments } from '../build/inline-graphql-documents';
import { attachedOperationHash } from '../src/apollo/operation-hash';
import { sentOperationText } from '../src/apollo/sent-operation-text';

const GQL = path.resolve(__dirname, '../src/gql');
const documents = generatedDocuments(GQL);

const VIEWER_ROLES = `
  query ViewerRoles {
    me {
      id
      roles
    }
  }
`;

test('every generated document is found, each as a GraphQL document AST', () => {
  expect(documents.size).toBeGreaterThan(100);
  for (const [source, json] of documents) {
    const ast = JSON.parse(json) as { kind: string; definitions: unknown[] };
    expect(ast.kind).toBe('Document');
    // The AST holds the call's own definitions (fragments it spreads are appended after them).
    const own = parse(source).definitions.map((definition) => print(definition));
    const printed = (ast.definitions as Parameters<typeof print>[0][]).map((definition) => print(definition));
    expect(printed.slice(0, own.length)).toEqual(own);
  }
});

test('a graphql() call becomes its own document and nothing else in the module changes', () => {
  const code = `import { graphql } from '../gql';\nconst Roles = graphql(\`${VIEWER_ROLES}\`);\nexport const label = 'graphql(x)';\n`;
  const inlined = inlineDocuments(code, documents, 'Layout.tsx');
  expect(inlined).not.toContain('query ViewerRoles');
  expect(inlined).toContain("export const label = 'graphql(x)';");
  const literal = /const Roles = JSON\.parse\((".*")\);/.exec(inlined);
  expect(literal).not.toBeNull();
  const ast = JSON.parse(JSON.parse(literal![1]!) as string) as Parameters<typeof print>[0];
  expect(print(ast)).toBe(print(parse(VIEWER_ROLES)));
});

test('a document codegen has not seen stops the build with what to run', () => {
  const code = 'const Stale = graphql(`\n  query NotGeneratedYet { me { id } }\n`);';
  expect(() => inlineDocuments(code, documents, 'routes/x/XPage.tsx')).toThrow('routes/x/XPage.tsx: a graphql() document is not in the generated code: run `npm run codegen`.');
});

test('every operation document carries the sha256 of the text the client sends, and fragments carry none', () => {
  let operations = 0;
  for (const json of documents.values()) {
    const document = JSON.parse(json) as DocumentNode;
    const hash = attachedOperationHash(document);
    if (!document.definitions.some((definition) => definition.kind === 'OperationDefinition')) {
      expect(hash).toBeUndefined();
      continue;
    }
    operations += 1;
    expect(hash).toBe(createHash('sha256').update(sentOperationText(document)).digest('hex'));
  }
  expect(operations).toBeGreaterThan(100);
});

test('an inlined operation keeps its hash', () => {
  const code = `const Roles = graphql(\`${VIEWER_ROLES}\`);`;
  const literal = /JSON\.parse\((".*")\)/.exec(inlineDocuments(code, documents, 'Layout.tsx'));
  const document = JSON.parse(JSON.parse(literal![1]!) as string) as DocumentNode;
  const sent = sentOperationText(parse(VIEWER_ROLES));
  // The client adds __typename to selection sets, so the text sent (and hashed) is not the text written.
  expect(sent).toBe('query ViewerRoles {\n  me {\n    id\n    roles\n    __typename\n  }\n}');
  expect(attachedOperationHash(document)).toBe(createHash('sha256').update(sent).digest('hex'));
});
