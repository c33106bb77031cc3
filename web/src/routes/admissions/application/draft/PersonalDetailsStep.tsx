// Step 1: who the applicant is, as on their identity document.
import { TextField } from '../../../../ui/TextField';
import type { FieldErrors } from '../../shared/field-errors';
import type { PersonalDetailsState } from './draft-state';

interface Props {
  value: PersonalDetailsState;
  errors: FieldErrors;
  onChange(next: PersonalDetailsState): void;
}

export function PersonalDetailsStep({ value, errors, onChange }: Props) {
  const set = (key: keyof PersonalDetailsState) => (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value });
  return (
    <>
      <p>Give your details as they appear on your identity document. Legal name, date of birth and country are needed to submit.</p>
      <TextField label="Legal name" hint="2–120 characters, as on your identity document." autoComplete="name" maxLength={120} value={value.legalName} onChange={set('legalName')} error={errors['personalDetails.legalName']} />
      <TextField label="Date of birth" hint="YYYY-MM-DD." type="date" autoComplete="bday" value={value.dateOfBirth} onChange={set('dateOfBirth')} error={errors['personalDetails.dateOfBirth']} />
      <TextField label="Phone" hint="International form, e.g. +44 20 7946 0958. Optional." type="tel" autoComplete="tel" maxLength={30} value={value.phone} onChange={set('phone')} error={errors['personalDetails.phone']} />
      <TextField label="Country" hint="Two-letter code, e.g. GB, NG or BR." autoComplete="country" maxLength={2} value={value.country} onChange={set('country')} error={errors['personalDetails.country']} />
      <TextField label="Address" hint="At most 300 characters. Optional." autoComplete="street-address" maxLength={300} value={value.address} onChange={set('address')} error={errors['personalDetails.address']} />
    </>
  );
}
