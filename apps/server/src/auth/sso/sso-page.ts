const escape = (text: string) => text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);

/**
 * A page of its own for a single sign-on refusal (a domain not allowed, an expired or
 * tampered answer): the browser is mid-way between the provider and Quorum, not in the web
 * app, so it gets plain HTML, in words, with the way back. Never a stack trace.
 */
export function ssoPage(title: string, message: string): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${escape(title)} – Quorum</title>
</head>
<body>
<main id="main-content">
<h1>${escape(title)}</h1>
<p>${escape(message)}</p>
<p><a href="/log-in">Back to the log-in page</a></p>
</main>
</body>
</html>
`;
}
