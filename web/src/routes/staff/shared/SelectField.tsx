// The app's SelectField with its options given as a list, as the staff forms build them.
import type { ComponentProps } from 'react';
import { SelectField as BaseSelectField } from '../../../ui/SelectField';

type SelectFieldProps = Omit<ComponentProps<typeof BaseSelectField>, 'children'> & {
  options: readonly { value: string; label: string }[];
};

export function SelectField({ options, ...rest }: SelectFieldProps) {
  return (
    <BaseSelectField {...rest}>
      {options.map((option) => (
        <option key={option.value} value={option.value}>
          {option.label}
        </option>
      ))}
    </BaseSelectField>
  );
}
