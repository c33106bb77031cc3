// The quiz editor's query (the quiz is found in its course's syllabus, with its answer keys for the
// course's editors) and the mutation that sets its questions.
import { graphql } from '../../../gql';

export const QuizEditorQuery = graphql(`
  query QuizEditor($courseId: ID!) {
    course(id: $courseId) {
      id
      title
      viewerCanEdit
      faculty {
        id
        name
      }
      modules {
        id
        title
        quizzes {
          id
          title
          description
          timeLimitSeconds
          maxAttempts
          passingScorePercent
          questions {
            position
            points
            question {
              id
              type
              prompt
              topic
              options {
                id
                text
              }
              answerKey
            }
          }
        }
      }
    }
  }
`);

export const SetQuizQuestions = graphql(`
  mutation SetQuizQuestions($quizId: ID!, $questions: [QuizQuestionInput!]!) {
    setQuizQuestions(quizId: $quizId, questions: $questions) {
      id
      questionCount
      questions {
        position
        points
        question {
          id
          type
          prompt
          topic
          options {
            id
            text
          }
          answerKey
        }
      }
    }
  }
`);
