// The catalog's search box, filters and sort. Edits stay local until "Search" so each search is one
// request and one history entry; the page keys this form on the URL, so back and forward refill it.
import { useState, type FormEvent } from 'react';
import { useQuery } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { CourseSort, Difficulty } from '../../../gql/graphql';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { LEVEL_LABELS, languageName } from '../shared/format';
import { SORT_LABELS, type CatalogChoice } from './catalog-params';

const FacultiesQuery = graphql(`
  query CatalogFaculties {
    faculties {
      id
      slug
      name
    }
  }
`);

/** Teaching languages offered as a filter; the graph filters by any code, these are the common ones. */
const LANGUAGE_CODES = ['en', 'es', 'pt', 'fr', 'de', 'sw', 'ar', 'zh', 'ko', 'he', 'el'];

interface CatalogSearchFormProps {
  initial: CatalogChoice;
  onSearch(choice: CatalogChoice): void;
  onClear(): void;
  canClear: boolean;
}

export function CatalogSearchForm({ initial, onSearch, onClear, canClear }: CatalogSearchFormProps) {
  const [choice, setChoice] = useState(initial);
  const faculties = useQuery(FacultiesQuery);
  const set = <K extends keyof CatalogChoice>(key: K, value: CatalogChoice[K]) => setChoice((current) => ({ ...current, [key]: value }));

  const submit = (event: FormEvent) => {
    event.preventDefault();
    onSearch(choice);
  };

  return (
    <form role="search" aria-label="Courses" className="card learning-search" onSubmit={submit}>
      <TextField
        label="Search courses"
        type="search"
        hint='Titles, summaries and lecture transcripts. Use "quotes" for a phrase.'
        value={choice.search}
        onChange={(event) => set('search', event.target.value)}
      />
      <div className="learning-search__filters">
        <SelectField label="Faculty" value={choice.facultySlug} onChange={(event) => set('facultySlug', event.target.value)}>
          <option value="">Every faculty</option>
          {faculties.data?.faculties.map((faculty) => (
            <option key={faculty.id} value={faculty.slug}>
              {faculty.name}
            </option>
          ))}
        </SelectField>
        <SelectField label="Level" value={choice.level} onChange={(event) => set('level', event.target.value as Difficulty | '')}>
          <option value="">Every level</option>
          {Object.entries(LEVEL_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
        <SelectField label="Price" value={choice.price} onChange={(event) => set('price', event.target.value as CatalogChoice['price'])}>
          <option value="">Free and paid</option>
          <option value="free">Free only</option>
          <option value="paid">Paid only</option>
        </SelectField>
        <SelectField label="Language" value={choice.language} onChange={(event) => set('language', event.target.value)}>
          <option value="">Every language</option>
          {LANGUAGE_CODES.map((code) => (
            <option key={code} value={code}>
              {languageName(code)}
            </option>
          ))}
        </SelectField>
        <SelectField label="Sort by" value={choice.sort} onChange={(event) => set('sort', event.target.value as CourseSort | '')}>
          <option value="">{choice.search.trim() ? 'Best match' : 'Newest'} (default)</option>
          {Object.entries(SORT_LABELS).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </SelectField>
      </div>
      <div className="actions">
        <Button type="submit">Search</Button>
        {canClear && (
          <Button type="button" variant="secondary" onClick={onClear}>
            Clear search and filters
          </Button>
        )}
      </div>
    </form>
  );
}
