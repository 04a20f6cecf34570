import { Arg, Authorized, Ctx, Field, ID, ObjectType, Query, Resolver } from 'type-graphql';
import type { Context } from '../common/context.js';
import { badInput } from '../common/errors.js';
import { Access } from '../policy/access.js';
import { exportEntry, type ExportFormatName } from './export.service.js';
import { describedEnum, type EnumValue } from '../common/described-enum.js';

export const ExportFormat = describedEnum('ExportFormat', 'A file format an entry can be exported in.', {
  DOCX: 'A Word document (.docx).',
  MARKDOWN: 'Markdown text (.md).',
  HTML: 'A self-contained, print-ready web page (.html): print it to PDF from a browser.',
  PDF: 'The evidence pack (.pdf): the appendix, charts and testimonials.',
});
export type ExportFormat = EnumValue<typeof ExportFormat>;

@ObjectType({ description: 'An exported entry: a file, base64-encoded. Small numbers are suppressed and only consented testimonials included, whoever asks.' })
export class EntryExport {
  @Field(() => String, { description: 'A suggested file name, e.g. "a-team-entry-2026-12-06.docx".' })
  filename!: string;

  @Field(() => String, { description: 'The file’s media type, e.g. "text/markdown; charset=utf-8".' })
  mediaType!: string;

  @Field(() => String, { description: 'The file’s bytes, base64-encoded.' })
  base64!: string;
}

// Rendering a file (charts, zip) is heavy: one a request, so that a query of thirty aliased
// exports cannot hold the server for seconds. Keyed by the request's context.
const exportsAsked = new WeakSet<Context>();

@Resolver()
export class ExportResolver {
  @Authorized(Access.USER)
  @Query(() => EntryExport, {
    description:
      'The entry as a submission-ready file: sections with word counts, evidence tables, consented testimonials and the sign-off manifest. Lead and manager. One a request. Browsers can also download GET /entries/{id}/export.docx (or .md, .html).',
  })
  async exportEntry(
    @Arg('entryId', () => ID, { description: 'The entry to export.' }) entryId: string,
    @Arg('format', () => ExportFormat, { description: 'The file format.' }) format: ExportFormat,
    @Ctx() ctx: Context,
  ): Promise<EntryExport> {
    if (exportsAsked.has(ctx)) throw badInput('exportEntry', 'Ask for one export a request: send another request for the next file.');
    exportsAsked.add(ctx);
    const file = await exportEntry(ctx, entryId, format as ExportFormatName);
    return { filename: file.filename, mediaType: file.mediaType, base64: file.body.toString('base64') };
  }
}
