import type { OversightBody } from "~/server/legal/oversight";

export function OversightContact({ body }: { body: OversightBody }) {
  return (
    <address className="kern-body">
      <strong>{body.name}</strong>
      {body.lines.map((line) => (
        <span key={line}>
          <br />
          {line}
        </span>
      ))}
      {body.phone && (
        <>
          <br />
          Telefon: {body.phone}
        </>
      )}
      {body.email && (
        <>
          <br />
          E-Mail:{" "}
          <a className="kern-link" href={`mailto:${body.email}`}>
            {body.email}
          </a>
        </>
      )}
      <br />
      <a className="kern-link" href={body.website}>
        {body.website.replace(/^https:\/\//, "")}
      </a>
    </address>
  );
}
