// Gross sales per day or week of the chosen period: one payout report, bucketed by the graph.
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import { rangeOf, type PeriodChoice } from './analytics-period';

const SalesOverTimeQuery = graphql(`
  query SalesOverTime($from: DateTime!, $until: DateTime!, $bucket: SalesBucket!) {
    payoutReport(from: $from, until: $until) {
      salesOverTime(bucket: $bucket) {
        periodStart
        grossCents
      }
    }
  }
`);

export interface SalesPoint {
  periodStart: string;
  grossCents: number;
}

export type SalesOverTime = { state: 'loading' } | { state: 'failed'; error: unknown } | { state: 'ready'; points: SalesPoint[] };

export function useSalesOverTime(period: PeriodChoice): SalesOverTime {
  const { from, to } = rangeOf(period);
  const { data, error } = useQuery(SalesOverTimeQuery, { variables: { from, until: to, bucket: period.bucket } });
  if (error && !data) return { state: 'failed', error };
  if (!data) return { state: 'loading' };
  return { state: 'ready', points: data.payoutReport.salesOverTime };
}
