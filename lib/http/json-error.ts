import type { Problem } from '@/lib/model';

/** The API's one error shape: a sentence for people, the problems for scripts. Never a stack trace. */
export function jsonError(status: number, error: string, problems: Problem[] = []): Response {
  const body = problems.length
    ? { error, problems: problems.slice(0, 200), problemCount: problems.length }
    : { error };
  return Response.json(body, { status });
}
