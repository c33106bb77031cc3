// The syllabus: modules in order (drag and drop or Move buttons, saved with reorder and undone if the
// graph refuses), each with its own editor, and adding a module at the end.
import { useState, type FormEvent } from 'react';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { InstructorCourseQuery } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { Empty } from '../../../ui/States';
import { TextField } from '../../../ui/TextField';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { SortableList } from '../shared/SortableList';
import { inputErrorsOf } from '../shared/input-errors';
import { inOrder } from '../shared/reorder';
import { useOptimisticOrder } from '../shared/use-optimistic-order';
import { EDITOR_QUERIES, ReorderSyllabus } from './course-editor-documents';
import { ModuleEditor } from './ModuleEditor';

const AddModule = graphql(`
  mutation AddModule($courseId: ID!, $input: AddModuleInput!) {
    addModule(courseId: $courseId, input: $input) {
      id
    }
  }
`);

type EditorCourse = NonNullable<InstructorCourseQuery['course']>;

export function SyllabusEditor({ course }: { course: EditorCourse }) {
  const [reorder] = useMutation(ReorderSyllabus);
  const moduleOrder = useOptimisticOrder((orderedIds) => reorder({ variables: { input: { courseId: course.id, kind: 'modules', orderedIds } } }));
  const modules = inOrder(course.modules, moduleOrder.shown);
  return (
    <>
      <p className="muted">Drag a module or lecture by its handle to a new place, or use its Move up and Move down buttons. Each new order is saved at once.</p>
      {modules.length === 0 ? (
        <Empty title="No modules yet.">
          <p>Add the first module below, then its lectures.</p>
        </Empty>
      ) : (
        <SortableList
          items={modules}
          label={`Modules of ${course.title}`}
          noun="module"
          titleOf={(module) => module.title}
          disabled={moduleOrder.saving}
          onReorder={(next) => void moduleOrder.apply(course.modules.map((module) => module.id), next)}
          renderItem={(module, controls) => <ModuleEditor courseId={course.id} module={module} moveControls={controls} />}
        />
      )}
      {moduleOrder.error ? <Alert>The new order was not saved, so the modules are back as they were. {messageOf(moduleOrder.error)}</Alert> : null}
      <AddModuleForm courseId={course.id} />
    </>
  );
}

function AddModuleForm({ courseId }: { courseId: string }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add] = useMutation(AddModule, { refetchQueries: EDITOR_QUERIES, awaitRefetchQueries: true });
  const action = useBusyAction(async () => {
    await add({ variables: { courseId, input: { title: title.trim() } } });
    setTitle('');
  });
  const errors = inputErrorsOf(action.error, ['title']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Give the module a title.');
      return;
    }
    setProblem(null);
    void action.run();
  };
  return (
    <form className="instructor-add" onSubmit={submit} noValidate aria-label="Add a module">
      <TextField label="New module title" value={title} error={problem ?? errors.fields.title} onChange={(event) => setTitle(event.target.value)} />
      <Button type="submit" busy={action.busy}>
        Add module
      </Button>
      {errors.general && <Alert>{errors.general}</Alert>}
    </form>
  );
}
