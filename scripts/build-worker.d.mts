export function buildTagWorker(root?: string): Promise<string>;
