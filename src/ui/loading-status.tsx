/**
 * A loading state: a polite live region named by its text, beside a spinner. Without a text (the
 * locale's texts still loading) it is the spinner alone, under a busy root.
 */
export function LoadingStatus({ text }: { text: string | undefined }) {
  return (
    <div className="dwx-status" data-part="status" role="status">
      <span className="dwx-spinner" data-part="spinner" aria-hidden="true" />
      {text && <span>{text}</span>}
    </div>
  );
}
