// The queue area's GraphQL types and fields: one import per type file.
export {};
