// Response policies the server applies before Remix sees a request.

/** Nonce-based CSP: no 'unsafe-inline', no 'unsafe-eval'; everything else from our own origin. */
export function contentSecurityPolicy(nonce) {
  return [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}'`,
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    "base-uri 'none'",
    "object-src 'none'",
  ].join("; ");
}

export function requestTooLarge(req, res, limit) {
  const megabytes = (limit / 1_048_576).toLocaleString("de-DE", { maximumFractionDigits: 1 });
  const message = `Die Anfrage ist zu groß. Erlaubt sind höchstens ${megabytes} MB.`;
  res.status(413).setHeader("Connection", "close");
  if (req.path.startsWith("/api/")) {
    res.json({ error: { code: "payload_too_large", message } });
    return;
  }
  res
    .type("html")
    .send(
      `<!doctype html><html lang="de"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>Anfrage zu groß – Bürgerportal</title><link rel="stylesheet" href="/kern/kern.min.css"><link rel="stylesheet" href="/app.css"></head><body><main class="kern-container" id="inhalt"><h1 class="kern-heading-large">Anfrage zu groß</h1><p class="kern-body">${message} Bitte gehen Sie zurück und verkleinern Sie die Angaben oder Dateien.</p><p><a class="kern-link" href="/">Zur Startseite</a></p></main></body></html>`,
    );
}
