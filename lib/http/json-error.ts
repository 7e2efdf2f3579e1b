import { boundedMessage } from '@/lib/bounded-message';
import type { Problem } from '@/lib/model';

/** The API's one error shape: a sentence for people, the problems for scripts. Never a stack trace, never a huge input. */
export function jsonError(status: number, error: string, problems: Problem[] = []): Response {
  const body = problems.length
    ? {
        error: boundedMessage(error),
        problems: problems.slice(0, 200).map((p) => ({ ...p, message: boundedMessage(p.message) })),
        problemCount: problems.length,
      }
    : { error: boundedMessage(error) };
  return Response.json(body, { status });
}
