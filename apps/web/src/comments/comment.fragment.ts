import { graphql } from '../gql';

/** What the panel shows of any comment, opening or reply. */
export const CommentPartsFragment = graphql(`
  fragment CommentParts on Comment {
    id
    body
    createdAt
    editedAt
    deleted
    author {
      id
      name
    }
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
      start
      end
    }
    replies {
      ...CommentParts @unmask
    }
  }
`);
