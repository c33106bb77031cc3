// Platform administrators may manage any school, not only those they belong to: they open one by the
// id a school gave them (the school page itself says when no school has it).
import { useState, type FormEvent } from 'react';
import { useNavigate } from 'react-router';
import { Button } from '../../../ui/Button';
import { TextField } from '../../../ui/TextField';

export function OpenSchoolForm() {
  const navigate = useNavigate();
  const [schoolId, setSchoolId] = useState('');
  const [problem, setProblem] = useState<string | null>(null);

  const open = (event: FormEvent) => {
    event.preventDefault();
    const id = schoolId.trim();
    if (!id) {
      setProblem('Enter the school’s id, e.g. 3f2b8c1e-…');
      return;
    }
    void navigate(`/school/${encodeURIComponent(id)}`);
  };

  return (
    <form className="card" onSubmit={open} aria-labelledby="open-school-heading" noValidate>
      <h2 id="open-school-heading">Open a school by its id</h2>
      <TextField
        label="School id"
        autoComplete="off"
        spellCheck={false}
        value={schoolId}
        onChange={(event) => {
          setSchoolId(event.target.value);
          setProblem(null);
        }}
        error={problem}
        hint="Platform administrators can manage any school. The id is in the address of the school’s page."
      />
      <Button type="submit">Open the school</Button>
    </form>
  );
}
