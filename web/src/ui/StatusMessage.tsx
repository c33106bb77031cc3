// A live region that is always on the page, so screen readers announce the outcome of an action the
// moment its text appears (a region added together with its text is often not read). Empty: nothing shows.
export function StatusMessage({ message }: { message: string }) {
  return (
    <div role="status" aria-live="polite" aria-atomic="true">
      {message && <p className="alert alert--success">{message}</p>}
    </div>
  );
}
