import { FormAlert } from "./form-alert";

/** A password or token shown exactly once, with the advice to pass it on safely. */
export function SecretOnce({ title, label, secret, advice }: { title: string; label: string; secret: string; advice: string }) {
  return (
    <FormAlert tone="success" title={title}>
      <p className="kern-body">
        {label}: <code className="secret">{secret}</code>
      </p>
      <p className="kern-body">{advice}</p>
    </FormAlert>
  );
}
