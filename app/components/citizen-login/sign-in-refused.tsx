import { FormAlert } from "~/components/staff/form-alert";

/** The page after a refused sign-in: what happened, in plain words, and the way back. */
export function SignInRefused({ message }: { message: string }) {
  return (
    <div className="kern-stack-lg">
      <h1 className="kern-heading-large">Anmeldung nicht möglich</h1>
      <FormAlert tone="danger" title="Sie wurden nicht angemeldet.">
        <p className="kern-body">{message}</p>
      </FormAlert>
      <p className="kern-body">
        <a className="kern-link" href="/anmelden">
          Zur Anmeldung
        </a>
      </p>
    </div>
  );
}
