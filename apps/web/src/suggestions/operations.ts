import { graphql } from '../gql';

// The feature's queries and mutations, one document each. Suggestions live in the section's
// Yjs document; these read who made each one and act on them on the server.

// The section's current approvals: whose sign-off direct typing would void (signed-notice.tsx).
export const SectionApprovalsQuery = graphql(`
  query SectionApprovals($id: ID!) {
    section(id: $id) {
      id
      signOffStatus {
        slots {
          key
          label
          heldBy {
            id
            meaning
            current
            role
            signer {
              id
              name
            }
          }
        }
      }
    }
  }
`);

// Who may suggest and who may decide (the viewer's abilities), and the members, whose names
// label a suggestion the list does not hold yet (its id starts with its author's user id).
export const SuggestionPeopleQuery = graphql(`
  query SuggestionPeople($entryId: ID!) {
    entry(id: $entryId) {
      id
      abilities {
        canEdit
        canSuggest
        canComment
      }
      members {
        id
        role
        user {
          id
          name
        }
      }
    }
  }
`);

// A section's pending suggestions (the first 100, in the order they appear), with who made
// each, in which role, when, and its comment thread (a comment anchored on its words). Read
// again whenever the section's document gains or loses a suggestion, or the entry says one was
// decided.
export const SectionSuggestionsQuery = graphql(`
  query SectionSuggestions($sectionId: ID!) {
    section(id: $sectionId) {
      id
      suggestions(first: 100) {
        totalCount
        nodes {
          id
          kind
          text
          insertedText
          deletedText
          createdAt
          role
          author {
            id
            name
          }
          thread {
            id
            body
            deleted
            author {
              id
              name
            }
            replies {
              id
              body
              deleted
              author {
                id
                name
              }
            }
          }
        }
      }
    }
  }
`);

export const AcceptSuggestionMutation = graphql(`
  mutation AcceptSuggestion($input: ResolveSuggestionInput!) {
    acceptSuggestion(input: $input) {
      suggestionIds
      section {
        id
      }
    }
  }
`);

export const RejectSuggestionMutation = graphql(`
  mutation RejectSuggestion($input: ResolveSuggestionInput!) {
    rejectSuggestion(input: $input) {
      suggestionIds
      section {
        id
      }
    }
  }
`);

export const AcceptSuggestionsMutation = graphql(`
  mutation AcceptSuggestions($input: ResolveSuggestionsInput!) {
    acceptSuggestions(input: $input) {
      suggestionIds
      section {
        id
      }
    }
  }
`);

export const RejectSuggestionsMutation = graphql(`
  mutation RejectSuggestions($input: ResolveSuggestionsInput!) {
    rejectSuggestions(input: $input) {
      suggestionIds
      section {
        id
      }
    }
  }
`);
