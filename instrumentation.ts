/**
 * On server start: open the database, refusing to start when another process holds it (two servers on one data
 * directory would fail each other's requests), load what filter changes read, resume the tagging of any corpus
 * whose import stopped before its terms were all stored, and build again the term rules an older version made.
 */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { openDatabase, warmStore } = await import('@/lib/store/database');
  try {
    await openDatabase();
  } catch (error) {
    console.error(
      `Paperscope cannot start: ${error instanceof Error && error.name === 'DatabaseInUse' ? error.message : error}`,
    );
    process.exit(1);
  }
  warmStore().catch((error: unknown) => console.error('Could not load the store ahead of use:', error));
  const { resumeTagging } = await import('@/lib/store/tagging');
  await resumeTagging().catch((error: unknown) => console.error('Could not resume tagging:', error));
  const { refreshStaleTermRules } = await import('@/lib/store/term-settings');
  refreshStaleTermRules().catch((error: unknown) =>
    console.error('Could not build the term rules again:', error),
  );
}
