import type { Problem } from '@/lib/model';

/** The problem of a file that ends in the middle of a record: the whole file is refused. */
export function cutShort(file: string, line: number, record = 'a record'): Problem {
  return {
    file,
    line,
    message: `The file ends in the middle of ${record} at line ${line}: it was cut short. Export or download it again.`,
    severity: 'error',
    fatal: true,
  };
}
