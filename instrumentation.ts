/** On server start: resume the tagging of any corpus whose import stopped before its terms were all stored. */
export async function register() {
  if (process.env.NEXT_RUNTIME !== 'nodejs') return;
  const { resumeTagging } = await import('@/lib/store/tagging');
  await resumeTagging().catch((error: unknown) => console.error('Could not resume tagging:', error));
}
