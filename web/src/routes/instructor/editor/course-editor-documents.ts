// The course editor's query and the mutations its panels share. The mutations return what the editor
// shows, so the normalised cache updates the page without another round trip.
import { graphql } from '../../../gql';

export const InstructorCourseQuery = graphql(`
  query InstructorCourse($id: ID!) {
    course(id: $id) {
      id
      slug
      title
      summary
      description
      difficulty
      language
      durationHours
      tags
      isFree
      status
      reviewNote
      submittedAt
      publishedAt
      viewerCanEdit
      faculty {
        id
        name
      }
      modules {
        id
        position
        title
        summary
        lectures {
          id
          position
          title
          kind
          durationSeconds
        }
        quizzes {
          id
          title
          questionCount
        }
        assignments {
          id
          title
          points
        }
      }
    }
  }
`);

export const ReorderSyllabus = graphql(`
  mutation ReorderSyllabus($input: ReorderInput!) {
    reorder(input: $input) {
      id
      modules {
        id
        position
        lectures {
          id
          position
        }
      }
    }
  }
`);

export const EDITOR_QUERIES = ['InstructorCourse'];
