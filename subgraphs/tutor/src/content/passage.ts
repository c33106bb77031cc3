// A piece of course material the tutor found for a question, with what an answer cites it by.

export interface RetrievedPassage {
  id: string;
  courseId: string;
  /** The lecture the text comes from (transcript), or null for a reading. */
  lectureId: string | null;
  readingId: string | null;
  /** The lecture's or reading's title. */
  sourceTitle: string;
  moduleTitle: string;
  text: string;
  /** Full-text rank; higher is more relevant. */
  rank: number;
}

/** What an answer cites: the lecture (or reading) it drew on. */
export interface Citation {
  lectureId: string | null;
  readingId: string | null;
  title: string;
}
