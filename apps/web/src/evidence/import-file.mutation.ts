import { graphql } from '../gql';

export const PreviewValuesFileMutation = graphql(`
  mutation PreviewValuesFile($input: PreviewValuesFileInput!) {
    previewValuesFile(input: $input) {
      format
      headerRow
      headers
      rowCount
      sampleRows
      suggestedMapping {
        period
        ethnicity
        numerator
        denominator
        mean
        sd
        n
      }
    }
  }
`);

export const ImportValuesFileMutation = graphql(`
  mutation ImportValuesFile($input: ImportValuesFileInput!) {
    importValuesFile(input: $input) {
      written
      skipped {
        row
        column
        reason
      }
      metric {
        id
      }
    }
  }
`);
