import { graphql } from '../gql';

/** What the panel reads of any comment, opening or reply, to act on it (its byline is CommentByline's, masked). */
export const CommentPartsFragment = graphql(`
  fragment CommentParts on Comment {
    id
    body
    deleted
    author {
      id
      name
    }
    ...CommentByline
  }
`);

// @unmask: a thread's own parts and replies are read as one object by the panel and useSectionComments.
/** A thread: its opening comment, the passage it is about (followed through edits), and its replies. */
export const CommentThreadFragment = graphql(`
  fragment CommentThread on Comment {
    ...CommentParts @unmask
    sectionId
    resolved
    resolvedAt
    resolvedBy {
      id
      name
    }
    anchor {
      quote
      currentText
      changed
      deleted
      from
      start
      end
    }
    replies {
      ...CommentParts @unmask
    }
  }
`);
