// How enrollments are grouped over time: by UTC day or by ISO week (starting Monday, UTC).
import { builder } from '../../builder';

export const AnalyticsBucketEnum = builder.enumType('AnalyticsBucket', { values: ['day', 'week'] as const });
