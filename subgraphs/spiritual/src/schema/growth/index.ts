// The growth area's GraphQL types and fields: one import per type file.
import './spiritual-growth';
import './data-export';
