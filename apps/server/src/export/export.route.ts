import type express from 'express';
import type { NextFunction, Request, Response } from 'express';
import type { Context } from '../common/context.js';
import { DomainError, HTTP_STATUS } from '../common/errors.js';
import { analysisFile, type AnalysisFileFormat } from '../evidence/analysis-file.js';
import { exportEntry, type ExportFormatName } from './export.service.js';

const FORMAT_OF_EXTENSION: Record<string, ExportFormatName> = { docx: 'DOCX', md: 'MARKDOWN', html: 'HTML', pdf: 'PDF' };

/**
 * GET /entries/:entryId/export.(docx|md|html|pdf): a plain download (pdf: the evidence pack, render-pdf.ts) for browsers (a link can
 * carry the session cookie but not a GraphQL query). Same service and policy as `exportEntry`.
 * Registered before the web app's catch-all, which would otherwise answer with index.html.
 */
export function serveExports(app: express.Express, contextOf: (req: Request) => Promise<Context>) {
  app.get(/^\/entries\/([^/]+)\/export\.(docx|md|html|pdf)$/, async (req, res, next) => {
    const [entryId, extension] = [req.params[0], req.params[1]] as string[];
    // The HTML page needs its inline styles and nothing else, even if opened in place.
    await download(res, next, async () => exportEntry(await contextOf(req), entryId, FORMAT_OF_EXTENSION[extension]), {
      'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
    });
  });

  // GET /metrics/:metricId/analysis.(csv|xlsx): a metric's analysis as data (evidence/analysis-file.ts), for any member, suppressed as they see it.
  app.get(/^\/metrics\/([^/]+)\/analysis\.(csv|xlsx)$/, async (req, res, next) => {
    const [metricId, extension] = [req.params[0], req.params[1]] as string[];
    await download(res, next, async () => analysisFile(await contextOf(req), metricId, extension as AnalysisFileFormat));
  });
}

/**
 * Answers the file `make` makes as a download, never cached nor sniffed (with any `headers` of
 * its own); a DomainError as its status and message in plain text, there being no GraphQL here.
 */
async function download(res: Response, next: NextFunction, make: () => Promise<{ filename: string; mediaType: string; body: Buffer }>, headers: Record<string, string> = {}) {
  try {
    const file = await make();
    res.set({
      'Content-Type': file.mediaType,
      'Content-Disposition': `attachment; filename="${file.filename}"`,
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...headers,
    });
    res.send(file.body);
  } catch (error) {
    if (!(error instanceof DomainError)) return next(error);
    res.status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
  }
}
