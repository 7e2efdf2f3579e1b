/** What a dashboard shows while its first view is computed. */
export function DashboardLoading() {
  return (
    <div className="loading" aria-busy="true">
      <div className="tiles">
        {[1, 2, 3, 4, 5].map((n) => (
          <div key={n} className="card tile skeleton" />
        ))}
      </div>
      <p className="muted">Analysing the corpus…</p>
    </div>
  );
}
