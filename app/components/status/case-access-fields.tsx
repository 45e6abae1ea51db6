/** The case number and access code a status page form carries on: posted, never in an address. */
export function CaseAccessFields({ caseNumber, accessCode }: { caseNumber: string; accessCode: string }) {
  return (
    <>
      <input type="hidden" name="vorgangsnummer" value={caseNumber} />
      <input type="hidden" name="zugangscode" value={accessCode} />
    </>
  );
}

/** A button that shows the case's status again (a post with number and code, so no JavaScript is needed). */
export function BackToStatus({ caseNumber, accessCode, label }: { caseNumber: string; accessCode: string; label: string }) {
  return (
    <form method="post" action="/status">
      <CaseAccessFields caseNumber={caseNumber} accessCode={accessCode} />
      <button type="submit" className="kern-btn kern-btn--secondary">
        <span className="kern-label">{label}</span>
      </button>
    </form>
  );
}
