/** A short confirmation ("Sparat") that screen readers announce without moving focus. */
export function StatusMessage({ message }: { message: string | null }) {
  return (
    <p className="status-message" role="status" aria-live="polite">
      {message ? (
        <>
          <span aria-hidden="true">✓ </span>
          {message}
        </>
      ) : null}
    </p>
  );
}
