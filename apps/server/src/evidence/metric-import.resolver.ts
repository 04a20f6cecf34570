import { Authorized, Ctx, Mutation, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { Access } from '../policy/access.js';
import { ImportValuesFileInput, PreviewValuesFileInput, ValuesFileImportPayload, ValuesFilePreviewPayload } from './metric-import.types.js';
import * as files from './metric-import.service.js';
import { InputArg } from '../common/input-arg.js';

@Resolver()
export class MetricImportResolver {
  @Authorized(Access.USER_WRITE)
  @Mutation(() => ValuesFilePreviewPayload, {
    description:
      'Reads a CSV or XLSX file of values without importing it: the header row found, its column names, the column suggested for each field, the first rows. Roles that may change values (analysts). Nothing is written.',
  })
  previewValuesFile(@InputArg(PreviewValuesFileInput) input: PreviewValuesFileInput, @Ctx() ctx: Context): Promise<ValuesFilePreviewPayload> {
    return files.previewValuesFile(ctx, input);
  }

  @Authorized(Access.USER_WRITE)
  @Mutation(() => ValuesFileImportPayload, {
    description:
      'Imports a CSV or XLSX file of values with a column mapping: any header names; ethnic categories as NHS codes or NHS or ONS names; thousands separators; `*` or blank as missing (the row is passed over and listed in `skipped`). All or nothing: any bad row gives BAD_USER_INPUT with `extensions.problems`, one `{ row, column, reason }` per problem. Roles that may change values (analysts).',
  })
  importValuesFile(@InputArg(ImportValuesFileInput) input: ImportValuesFileInput, @Ctx() ctx: Context): Promise<ValuesFileImportPayload> {
    return files.importValuesFile(ctx, input);
  }
}
