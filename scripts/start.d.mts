export function buildNeeded(root: string, distDir: string): string | null;
