import { LEGAL_PAGES } from "~/lib/legal-paths";
import type { LegalPageBase } from "~/server/legal/legal-pages.server";
import { LegalFrame } from "./legal-frame";

/** The place for the operator's video in Deutsche Gebärdensprache (BITV 2.0 § 4); says plainly when there is none yet. */
export function SignLanguagePage({ base }: { base: LegalPageBase }) {
  const { operator, query } = base;
  const video = operator.signLanguageVideoUrl;
  return (
    <LegalFrame title="Informationen in Deutscher Gebärdensprache" path={LEGAL_PAGES.gebaerdensprache} base={base}>
      {video ? (
        <p className="kern-body">
          <a className="kern-link" href={video}>
            Video in Deutscher Gebärdensprache: Das Bürgerportal erklärt
          </a>
        </p>
      ) : (
        <div className="kern-stack">
          <p className="kern-body" data-testid="no-sign-language-video">
            Ein Video in Deutscher Gebärdensprache gibt es für dieses Portal noch nicht.
          </p>
          <p className="kern-body">
            Bis dahin erreichen Sie {operator.name} per E-Mail an{" "}
            <a className="kern-link" href={`mailto:${operator.email}`}>
              {operator.email}
            </a>{" "}
            oder mit dem Formular in der{" "}
            <a className="kern-link" href={`${LEGAL_PAGES.barrierefreiheit}${query}#rueckmeldung`}>
              Erklärung zur Barrierefreiheit
            </a>
            . Schreiben Sie uns, wenn Sie eine Gebärdensprachdolmetscherin oder einen Gebärdensprachdolmetscher brauchen.
          </p>
        </div>
      )}
    </LegalFrame>
  );
}
