/** The default loading state: a polite live region. */
export function DefaultLoading({ children = 'Loading…' }: { children?: string }) {
  return <p role="status">{children}</p>;
}
