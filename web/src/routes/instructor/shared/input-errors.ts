// The courses graph names a faulty input as "input.title" (or "input.options[1].text"); a form wants
// its own field names. This sorts an error into messages at the form's fields and one general message.
import { formErrorsOf, type FormErrors } from '../../../ui/form-errors';

/** Errors keyed by the form's names: "input.title" and "title" both land at "title". */
export function inputErrorsOf(error: unknown, names: readonly string[]): FormErrors {
  const sorted = formErrorsOf(error, [...names, ...names.map((name) => `input.${name}`)]);
  const fields: Record<string, string> = {};
  for (const [path, message] of Object.entries(sorted.fields)) {
    const name = path.replace(/^input\./, '');
    const root = names.find((known) => name === known || name.startsWith(`${known}[`) || name.startsWith(`${known}.`)) ?? name;
    fields[root] ??= message;
  }
  return { fields, general: sorted.general };
}
