'use client';

export default function ErrorPage({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return (
    <div className="card message" role="alert">
      <h1>This view could not be shown</h1>
      <p>
        {error.digest ? `Something went wrong on the server (reference ${error.digest}).` : error.message}
      </p>
      <button type="button" className="button" onClick={reset}>
        Try again
      </button>
    </div>
  );
}
