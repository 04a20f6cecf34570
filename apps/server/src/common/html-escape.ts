const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Text made safe as HTML, SVG or XML text or attribute value: every piece of user text in a file or an email goes through this. */
export const esc = (s: string) => s.replace(/[&<>"']/g, (c) => ESCAPES[c]);
