import { graphql } from '../gql';

// An entry's closing date: what everyone sees, and what a lead sets (reminders go 14, 7 and 2 days before).

export const EntryClosingDateQuery = graphql(`
  query EntryClosingDate($id: ID!) {
    entry(id: $id) {
      id
      closesAt
      abilities {
        canSetClosingDate
      }
    }
  }
`);

export const SetEntryClosingDateMutation = graphql(`
  mutation SetEntryClosingDate($input: SetEntryClosingDateInput!) {
    setEntryClosingDate(input: $input) {
      entry {
        id
        closesAt
      }
    }
  }
`);
