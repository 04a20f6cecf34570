import { useParams } from 'react-router';
import { EntryHeader } from '../entries/entry-header';
import { LoadFailed, Loading } from '../layout/loading';
import { useExportEntry } from './use-export-entry';

const NOT_FOUND = 'We could not find that entry. It may have been deleted, or you may not be a member of its team.';

/** The server's download route (export/export.route.ts): a plain link carries the session cookie. */
const FORMATS = [
  { extension: 'docx', link: 'Download as a Word document (DOCX)', about: 'To edit further or paste into the awards’ online form.' },
  { extension: 'md', link: 'Download as Markdown (MD, plain text)', about: 'For other tools, or to keep under version control.' },
  { extension: 'html', link: 'Download as a print-ready web page (HTML)', about: 'Open it in a browser and print it, or save it as a PDF.' },
  {
    extension: 'pdf',
    link: 'Download the evidence pack (PDF)',
    about: 'The one supporting file the awards allow: each metric’s analysis with its charts and methods, and the testimonials with consent, cross-referenced to the criteria.',
  },
];

export function ExportPage() {
  const { entryId = '' } = useParams();
  const { entry, loading, error } = useExportEntry(entryId);
  if (loading) return <Loading what="entry" />;
  if (!entry) return <LoadFailed error={error} notFound={NOT_FOUND} />;

  return (
    <>
      <EntryHeader entry={entry} page="Export" />
      <h2 className="nhsuk-heading-m">Export the entry</h2>
      {entry.abilities.canExport ? (
        <div className="nhsuk-grid-row">
          <div className="nhsuk-grid-column-two-thirds">
            <p className="nhsuk-body">Each file has every section with its word count, the evidence tables, the testimonials with consent recorded as given, and a record of who signed off what.</p>
            <div className="nhsuk-inset-text">
              <span className="nhsuk-u-visually-hidden">Information: </span>
              <p>Small numbers are suppressed: counts below each metric’s threshold are left out of the files, whoever exports them. Testimonials without recorded consent are never included.</p>
            </div>
            <ul className="nhsuk-list app-exports" data-testid="exports">
              {FORMATS.map((format) => (
                <li key={format.extension} className="app-exports__item">
                  <a className="nhsuk-link app-exports__link" href={`/entries/${entry.id}/export.${format.extension}`} download>
                    {format.link}
                  </a>
                  <p className="nhsuk-body-s app-exports__about">{format.about}</p>
                </li>
              ))}
            </ul>
          </div>
        </div>
      ) : (
        <p className="nhsuk-body">Your role cannot export this entry. The lead and managers can.</p>
      )}
    </>
  );
}
