import { IsBoolean, IsOptional, MaxLength, ValidateNested } from 'class-validator';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { describedEnum, type EnumValue } from '../common/described-enum.js';
import { Metric } from './metric.entity.js';

export const ValuesFileFormat = describedEnum('ValuesFileFormat', 'The format of a file of metric values.', {
  CSV: 'Comma-, semicolon- or tab-separated text (UTF-8, or Windows-1252 as Excel saves it).',
  XLSX: 'An Excel workbook: its first sheet with values is read.',
});
export type ValuesFileFormat = EnumValue<typeof ValuesFileFormat>;

/** About 1 MB of file, base64-encoded. */
const MAX_BASE64 = 1_400_000;

@InputType({ description: 'Which column of the file holds what, by the header names as the file writes them (any case). Give the figures the metric’s kind takes.' })
export class ValuesColumnMappingInput {
  @Field(() => String, { description: 'The column of periods, e.g. “Month” or “Reporting period”.' })
  @MaxLength(200)
  period!: string;

  @Field(() => String, { description: 'The column of ethnic categories: NHS codes (A to S, Z or 99 for not known) or names in the NHS or ONS wording.' })
  @MaxLength(200)
  ethnicity!: string;

  @Field(() => String, { nullable: true, description: 'Proportions and rates: the column of numerators (events).' })
  @IsOptional()
  @MaxLength(200)
  numerator?: string | null;

  @Field(() => String, { nullable: true, description: 'Proportions and rates: the column of denominators.' })
  @IsOptional()
  @MaxLength(200)
  denominator?: string | null;

  @Field(() => String, { nullable: true, description: 'Rates by age band (optional): the column of age bands, e.g. “Age group” holding 0-4 to 85-89 and 90+ (2013 European Standard Population).' })
  @IsOptional()
  @MaxLength(200)
  ageBand?: string | null;

  @Field(() => String, { nullable: true, description: 'Means: the column of means.' })
  @IsOptional()
  @MaxLength(200)
  mean?: string | null;

  @Field(() => String, { nullable: true, description: 'Means: the column of standard deviations.' })
  @IsOptional()
  @MaxLength(200)
  sd?: string | null;

  @Field(() => String, { nullable: true, description: 'Means: the column of the number of people.' })
  @IsOptional()
  @MaxLength(200)
  n?: string | null;
}

@InputType({ description: 'A file of values to look at before importing it.' })
export class PreviewValuesFileInput {
  @Field(() => ID, { description: 'The metric the values are for (its kind decides the columns suggested).' })
  metricId!: string;

  @Field(() => String, { description: 'The file’s bytes, base64-encoded; at most 1 MB of file.' })
  @MaxLength(MAX_BASE64, { message: 'The file must be at most 1 MB.' })
  file!: string;

  @Field(() => String, { nullable: true, description: 'The file’s name, e.g. “screening.xlsx”: its extension tells the format when `format` is not given.' })
  @IsOptional()
  @MaxLength(255)
  fileName?: string | null;

  @Field(() => ValuesFileFormat, { nullable: true, description: 'The format; by default from the file name, else from the file’s first bytes.' })
  format?: ValuesFileFormat | null;
}

@InputType({ description: 'A file of values with the column mapping. All or nothing: any bad row imports nothing.' })
export class ImportValuesFileInput extends PreviewValuesFileInput {
  @Field(() => ValuesColumnMappingInput, { description: 'Which column holds what (see previewValuesFile’s suggestedMapping).' })
  @ValidateNested()
  mapping!: ValuesColumnMappingInput;

  @Field(() => Boolean, { defaultValue: false, description: 'True: the file replaces all the metric’s values. False: it adds to them, replacing only the same period and category.' })
  @IsBoolean()
  replace!: boolean;
}

@ObjectType({ description: 'Which column holds what, as suggested from the header’s words (null: no column found).' })
export class ValuesColumnMapping {
  @Field(() => String, { nullable: true, description: 'The column of periods.' })
  period!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of ethnic categories.' })
  ethnicity!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of numerators.' })
  numerator!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of denominators.' })
  denominator!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of age bands (rates only; optional).' })
  ageBand!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of means.' })
  mean!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of standard deviations.' })
  sd!: string | null;

  @Field(() => String, { nullable: true, description: 'The column of the number of people.' })
  n!: string | null;
}

@ObjectType({ description: 'A row of a file passed over or refused, with why.' })
export class ValuesFileRowNote {
  @Field(() => Int, { description: 'The row as the file numbers it (a spreadsheet’s row number, a CSV file’s line).' })
  row!: number;

  @Field(() => String, { description: 'The header of the column concerned; empty for the whole row.' })
  column!: string;

  @Field(() => String, { description: 'Why.' })
  reason!: string;
}

@ObjectType({ description: 'What a file holds, before importing it: its header, the columns suggested, the first rows.' })
export class ValuesFilePreviewPayload {
  @Field(() => ValuesFileFormat, { description: 'The format read.' })
  format!: ValuesFileFormat;

  @Field(() => String, { nullable: true, description: 'The CSV delimiter found: “,”, “;” or a tab; null for XLSX.' })
  delimiter!: string | null;

  @Field(() => Int, { description: 'The header’s row number (rows above it, e.g. a title, are passed over).' })
  headerRow!: number;

  @Field(() => [String], { description: 'The header names, as the file writes them.' })
  headers!: string[];

  @Field(() => ValuesColumnMapping, { description: 'The column suggested for each field the metric takes, from the header’s words.' })
  suggestedMapping!: ValuesColumnMapping;

  @Field(() => [[String]], { description: 'The first rows under the header (at most 5), as text.' })
  sampleRows!: string[][];

  @Field(() => Int, { description: 'How many rows with anything in them are under the header.' })
  rowCount!: number;
}

@ObjectType({ description: 'The metric after importing a file.' })
export class ValuesFileImportPayload {
  @Field(() => Metric, { description: 'The metric, with its values and analysis.' })
  metric!: Metric;

  @Field(() => Int, { description: 'How many values were written.' })
  written!: number;

  @Field(() => [ValuesFileRowNote], { description: 'Rows passed over, not refused: totals, and cells without figures (blank or *).' })
  skipped!: ValuesFileRowNote[];
}
