// Numbers as the study pages show them: percentages with at most one decimal, scores without trailing
// zeros, and counted nouns.
export const formatPercent = (percent: number): string => `${Number(percent.toFixed(1))}%`;

export const formatScore = (score: number): string => String(Number(score.toFixed(2)));

export const plural = (count: number, noun: string, plural = `${noun}s`): string => `${count} ${count === 1 ? noun : plural}`;
