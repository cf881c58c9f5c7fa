/** What an error card says and does. */
export interface ErrorCardProps {
  /** The error's code: an attribute for support tools, never text the user reads. */
  code: string;
  /** What happened. */
  title: string;
  /** What to do. */
  hint: string;
  /** The button's text and what it does, where trying again can help. */
  retry?: { label: string; onClick: () => void };
}

/** An error card: an alert saying what happened and what to do, and a button where trying again can help. */
export function ErrorCard({ code, title, hint, retry }: ErrorCardProps) {
  return (
    <div className="dwx-error" data-part="error" data-error-code={code} role="alert">
      <p className="dwx-error-title" data-part="error-title">
        {title}
      </p>
      <p className="dwx-error-hint" data-part="error-hint">
        {hint}
      </p>
      {retry && (
        <button type="button" className="dwx-button" data-part="retry-button" onClick={retry.onClick}>
          {retry.label}
        </button>
      )}
    </div>
  );
}
