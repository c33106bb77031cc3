// Merges the next page of a Relay-style connection after the pages already shown, so "Load more" lists
// grow in place. The next page's pageInfo and totals win, because they describe what is left to fetch.
export function appendEdges<Edge, Connection extends { edges: Edge[] }>(shown: { edges: Edge[] } | null | undefined, nextPage: Connection): Connection {
  return { ...nextPage, edges: [...(shown?.edges ?? []), ...nextPage.edges] };
}
