// One module of the syllabus: rename or delete it; its lectures in order (drag and drop or Move
// buttons, saved with reorder), each renamed or deleted in place; adding a lecture; its quizzes (to the
// quiz editor) and adding one.
import { useState, type FormEvent, type ReactNode } from 'react';
import { Link } from 'react-router';
import { useMutation } from '@apollo/client/react';
import { graphql } from '../../../gql';
import type { InstructorCourseQuery, LectureKind } from '../../../gql/graphql';
import { Alert } from '../../../ui/Alert';
import { Button } from '../../../ui/Button';
import { SelectField } from '../../../ui/SelectField';
import { TextField } from '../../../ui/TextField';
import { messageOf } from '../../../ui/error-message';
import { useBusyAction } from '../../../ui/use-busy-action';
import { ConfirmDelete } from '../shared/ConfirmDelete';
import { InlineRename } from '../shared/InlineRename';
import { SortableList } from '../shared/SortableList';
import { inputErrorsOf } from '../shared/input-errors';
import { inOrder } from '../shared/reorder';
import { useOptimisticOrder } from '../shared/use-optimistic-order';
import { EDITOR_QUERIES, ReorderSyllabus } from './course-editor-documents';
import { durationWords } from './course-words';

const RenameModule = graphql(`
  mutation RenameModule($id: ID!, $title: String!) {
    updateModule(id: $id, input: { title: $title }) {
      id
      title
    }
  }
`);

const RemoveModule = graphql(`
  mutation RemoveModule($id: ID!) {
    removeModule(id: $id) {
      id
    }
  }
`);

const AddLecture = graphql(`
  mutation AddLecture($moduleId: ID!, $input: AddLectureInput!) {
    addLecture(moduleId: $moduleId, input: $input) {
      id
    }
  }
`);

const RenameLecture = graphql(`
  mutation RenameLecture($id: ID!, $title: String!) {
    updateLecture(id: $id, input: { title: $title }) {
      id
      title
    }
  }
`);

const RemoveLecture = graphql(`
  mutation RemoveLecture($id: ID!) {
    removeLecture(id: $id) {
      id
    }
  }
`);

const AddQuiz = graphql(`
  mutation AddQuiz($moduleId: ID!, $input: AddQuizInput!) {
    addQuiz(moduleId: $moduleId, input: $input) {
      id
    }
  }
`);

type EditorModule = NonNullable<InstructorCourseQuery['course']>['modules'][number];

interface ModuleEditorProps {
  courseId: string;
  module: EditorModule;
  /** The Move up/Move down buttons of this module in the syllabus. */
  moveControls: ReactNode;
}

const REFETCH = { refetchQueries: EDITOR_QUERIES, awaitRefetchQueries: true };

export function ModuleEditor({ courseId, module, moveControls }: ModuleEditorProps) {
  const [renameModule] = useMutation(RenameModule);
  const [removeModule] = useMutation(RemoveModule, REFETCH);
  const [renameLecture] = useMutation(RenameLecture);
  const [removeLecture] = useMutation(RemoveLecture, REFETCH);
  const [reorder] = useMutation(ReorderSyllabus);
  const lectureOrder = useOptimisticOrder((orderedIds) => reorder({ variables: { input: { courseId, kind: 'lectures', moduleId: module.id, orderedIds } } }));
  const lectures = inOrder(module.lectures, lectureOrder.shown);
  const headingId = `module-${module.id}`;

  return (
    <section className="instructor-module" aria-labelledby={headingId}>
      <div className="instructor-module__head">
        <h3 id={headingId}>{module.title}</h3>
        <div className="instructor-module__tools">
          {moveControls}
          <InlineRename subject={`module ${module.title}`} value={module.title} onSave={(title) => renameModule({ variables: { id: module.id, title } })} />
          <ConfirmDelete
            subject={`module ${module.title}`}
            consequence="Its lectures, readings, quizzes and assignments go with it (kept for students if the course was ever published)."
            onDelete={() => removeModule({ variables: { id: module.id } })}
          />
        </div>
      </div>

      <h4>Lectures</h4>
      {lectures.length === 0 ? (
        <p className="muted">No lectures yet.</p>
      ) : (
        <SortableList
          items={lectures}
          label={`Lectures of ${module.title}`}
          noun="lecture"
          titleOf={(lecture) => lecture.title}
          disabled={lectureOrder.saving}
          onReorder={(next) => void lectureOrder.apply(module.lectures.map((lecture) => lecture.id), next)}
          renderItem={(lecture, controls) => (
            <div className="instructor-item">
              <span className="instructor-item__title">{lecture.title}</span>
              <span className="muted">
                {lecture.kind} · {durationWords(lecture.durationSeconds)}
              </span>
              <span className="instructor-item__tools">
                {controls}
                <InlineRename subject={`lecture ${lecture.title}`} value={lecture.title} onSave={(title) => renameLecture({ variables: { id: lecture.id, title } })} />
                <ConfirmDelete subject={`lecture ${lecture.title}`} onDelete={() => removeLecture({ variables: { id: lecture.id } })} />
              </span>
            </div>
          )}
        />
      )}
      {lectureOrder.error ? <Alert>The new order was not saved, so the lectures are back as they were. {messageOf(lectureOrder.error)}</Alert> : null}
      <AddLectureForm moduleId={module.id} moduleTitle={module.title} />

      <h4>Quizzes</h4>
      {module.quizzes.length === 0 ? (
        <p className="muted">No quizzes yet.</p>
      ) : (
        <ul className="instructor-plain-list">
          {module.quizzes.map((quiz) => (
            <li key={quiz.id}>
              <Link to={`/instructor/courses/${courseId}/quizzes/${quiz.id}`}>Edit quiz: {quiz.title}</Link>{' '}
              <span className="muted">
                ({quiz.questionCount} {quiz.questionCount === 1 ? 'question' : 'questions'})
              </span>
            </li>
          ))}
        </ul>
      )}
      <AddQuizForm moduleId={module.id} moduleTitle={module.title} />
      {module.assignments.length > 0 && (
        <p className="muted">
          {module.assignments.length} {module.assignments.length === 1 ? 'assignment' : 'assignments'}: {module.assignments.map((assignment) => assignment.title).join(', ')}.
        </p>
      )}
    </section>
  );
}

function AddLectureForm({ moduleId, moduleTitle }: { moduleId: string; moduleTitle: string }) {
  const [title, setTitle] = useState('');
  const [kind, setKind] = useState<LectureKind>('video');
  const [videoUrl, setVideoUrl] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add] = useMutation(AddLecture, REFETCH);
  const action = useBusyAction(async () => {
    await add({ variables: { moduleId, input: { title: title.trim(), kind, videoUrl: videoUrl.trim() || undefined } } });
    setTitle('');
    setVideoUrl('');
  });
  const errors = inputErrorsOf(action.error, ['title', 'kind', 'videoUrl']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Give the lecture a title.');
      return;
    }
    setProblem(null);
    void action.run();
  };
  return (
    <form className="instructor-add" onSubmit={submit} noValidate aria-label={`Add a lecture to ${moduleTitle}`}>
      <TextField label="New lecture title" value={title} error={problem ?? errors.fields.title} onChange={(event) => setTitle(event.target.value)} />
      <SelectField label="Kind" value={kind} error={errors.fields.kind} onChange={(event) => setKind(event.target.value as LectureKind)}>
        <option value="video">Video</option>
        <option value="live">Live</option>
        <option value="interactive">Interactive</option>
      </SelectField>
      <TextField label="Video link (optional)" type="url" placeholder="https://" value={videoUrl} error={errors.fields.videoUrl} onChange={(event) => setVideoUrl(event.target.value)} />
      <Button type="submit" variant="secondary" busy={action.busy}>
        Add lecture
      </Button>
      {errors.general && <Alert>{errors.general}</Alert>}
    </form>
  );
}

function AddQuizForm({ moduleId, moduleTitle }: { moduleId: string; moduleTitle: string }) {
  const [title, setTitle] = useState('');
  const [problem, setProblem] = useState<string | null>(null);
  const [add] = useMutation(AddQuiz, REFETCH);
  const action = useBusyAction(async () => {
    await add({ variables: { moduleId, input: { title: title.trim() } } });
    setTitle('');
  });
  const errors = inputErrorsOf(action.error, ['title']);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (title.trim() === '') {
      setProblem('Give the quiz a title.');
      return;
    }
    setProblem(null);
    void action.run();
  };
  return (
    <form className="instructor-add" onSubmit={submit} noValidate aria-label={`Add a quiz to ${moduleTitle}`}>
      <TextField label="New quiz title" value={title} error={problem ?? errors.fields.title} onChange={(event) => setTitle(event.target.value)} />
      <Button type="submit" variant="secondary" busy={action.busy}>
        Add quiz
      </Button>
      {errors.general && <Alert>{errors.general}</Alert>}
    </form>
  );
}
