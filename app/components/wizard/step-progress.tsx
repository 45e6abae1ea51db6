import { Link } from "@remix-run/react";
import { Text } from "~/lib/i18n/localized";
import { useT } from "~/lib/i18n/use-translation";
import type { ProgressView } from "../../server/wizard/view-model";

/** "Schritt 2 von 5" with a bar, and the names of the steps that apply (reached ones are links). */
export function StepProgress({ progress }: { progress: ProgressView }) {
  const t = useT();
  const label = t("step.progress", { current: progress.current, total: progress.total });
  return (
    <nav className="wizard-progress" aria-label={t("step.progressNav")}>
      <div className="kern-progress">
        <p className="kern-body kern-body--bold" id="fortschritt-text">
          {label}
        </p>
        <progress value={progress.current} max={progress.total} aria-labelledby="fortschritt-text">
          {label}
        </progress>
      </div>
      <ol className="wizard-progress__steps">
        {progress.steps.map((step) => (
          <li
            key={step.id}
            className={`wizard-progress__step wizard-progress__step--${step.status}`}
            aria-current={step.status === "current" ? "step" : undefined}
          >
            {step.href ? (
              <Link className="kern-link" to={step.href}>
                <Text value={step.title} />
              </Link>
            ) : (
              <Text value={step.title} />
            )}
            {step.status !== "todo" && <span className="kern-sr-only"> ({t(step.status === "done" ? "step.done" : "step.current")})</span>}
          </li>
        ))}
      </ol>
    </nav>
  );
}
