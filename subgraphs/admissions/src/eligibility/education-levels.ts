// Levels of prior education, lowest first. The order is what "at least this level" compares by, so a
// higher completed qualification always satisfies a lower requirement.

export const EDUCATION_LEVELS = ['none', 'secondary', 'diploma', 'bachelor', 'master', 'doctorate'] as const;

export type EducationLevel = (typeof EDUCATION_LEVELS)[number];

const LABELS: Readonly<Record<EducationLevel, string>> = {
  none: 'no formal education',
  secondary: 'secondary school',
  diploma: 'a diploma',
  bachelor: "a bachelor's degree",
  master: "a master's degree",
  doctorate: 'a doctorate',
};

export function isEducationLevel(value: unknown): value is EducationLevel {
  return typeof value === 'string' && (EDUCATION_LEVELS as readonly string[]).includes(value);
}

/** Position in EDUCATION_LEVELS: larger is higher. */
export function educationRank(level: EducationLevel): number {
  return EDUCATION_LEVELS.indexOf(level);
}

/** The level in words, for details a person reads ("a bachelor's degree"). */
export function educationLabel(level: EducationLevel): string {
  return LABELS[level];
}
