import { useEffect, useState } from 'react';
import * as Y from 'yjs';
import { describeBytes } from '../live/live-section';
import { WarningCallout } from '../layout/warning-callout';

/** From this share of the limit, the editor says how full the section is. */
export const WARN_AT = 0.8;
/** How often, at most, the document is measured while near the limit. */
const MEASURE_EVERY_MS = 1000;

/**
 * The size of the section's document as the server counts it (its encoded Yjs state), kept
 * cheaply: each update adds its own length (never less than it adds), and the document is
 * encoded to measure it exactly only once that estimate nears the limit, at most once a second.
 */
export function useDocumentBytes(doc: Y.Doc, limit: number | null): number {
  const [bytes, setBytes] = useState(0);
  useEffect(() => {
    if (!limit) return;
    let estimate = Y.encodeStateAsUpdate(doc).length;
    let timer: ReturnType<typeof setTimeout> | undefined;
    setBytes(estimate);
    const measure = () => {
      timer = undefined;
      estimate = Y.encodeStateAsUpdate(doc).length;
      setBytes(estimate);
    };
    const grew = (update: Uint8Array) => {
      estimate += update.length;
      if (estimate >= limit * WARN_AT && !timer) timer = setTimeout(measure, MEASURE_EVERY_MS);
    };
    doc.on('update', grew);
    return () => {
      doc.off('update', grew);
      clearTimeout(timer);
    };
  }, [doc, limit]);
  return bytes;
}

/**
 * Says so while a section nears the most it can hold, before an edit is refused for size (the
 * refusal itself shows in the save status).
 */
export function SectionSizeWarning({ doc, limit }: { doc: Y.Doc; limit: number | null }) {
  const bytes = useDocumentBytes(doc, limit);
  if (!limit || bytes < limit * WARN_AT) return null;
  const percent = Math.min(100, Math.floor((bytes / limit) * 100));
  return (
    <WarningCallout level={3} heading="This section is nearly full" className="app-section-size" role="status" data-testid="section-size-warning">
      <p>
        It holds {describeBytes(bytes)} of the {describeBytes(limit)} a section can hold ({percent}%), counting its editing history. Changes that would take it over will not be saved: shorten it, or
        move tables of figures into evidence.
      </p>
    </WarningCallout>
  );
}
