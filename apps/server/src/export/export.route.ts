import type express from 'express';
import type { Request } from 'express';
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
    try {
      const file = await exportEntry(await contextOf(req), entryId, FORMAT_OF_EXTENSION[extension]);
      res.set({
        'Content-Type': file.mediaType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
        // The HTML page needs its inline styles and nothing else, even if opened in place.
        'Content-Security-Policy': "default-src 'none'; style-src 'unsafe-inline'",
      });
      res.send(file.body);
    } catch (error) {
      if (!(error instanceof DomainError)) return next(error);
      res.status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
    }
  });

  // GET /metrics/:metricId/analysis.(csv|xlsx): a metric's analysis as data (evidence/analysis-file.ts), for any member, suppressed as they see it.
  app.get(/^\/metrics\/([^/]+)\/analysis\.(csv|xlsx)$/, async (req, res, next) => {
    const [metricId, extension] = [req.params[0], req.params[1]] as string[];
    try {
      const file = await analysisFile(await contextOf(req), metricId, extension as AnalysisFileFormat);
      res.set({
        'Content-Type': file.mediaType,
        'Content-Disposition': `attachment; filename="${file.filename}"`,
        'Cache-Control': 'private, no-store',
        'X-Content-Type-Options': 'nosniff',
      });
      res.send(file.body);
    } catch (error) {
      if (!(error instanceof DomainError)) return next(error);
      res.status(HTTP_STATUS[error.code]).type('text/plain').send(error.message);
    }
  });
}
