// "1 day", "3 days": counts as words.
export const plural = (count: number, word: string, plural = `${word}s`): string => `${count} ${count === 1 ? word : plural}`;
