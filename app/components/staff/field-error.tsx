/** The error text under a field, referenced by the field's aria-describedby. */
export function FieldError({ id, message }: { id: string; message: string | null | undefined }) {
  if (!message) return null;
  return (
    <p className="kern-error" id={id}>
      <span className="kern-sr-only">Fehler: </span>
      {message}
    </p>
  );
}
