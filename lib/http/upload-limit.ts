const MEGABYTE = 1024 * 1024;

/** Upload limit in bytes: `PAPERSCOPE_MAX_UPLOAD_MB`, default 100 MB. Read by the upload route and the proxy. */
export function uploadLimit(): number {
  const mb = Number(process.env.PAPERSCOPE_MAX_UPLOAD_MB);
  return (Number.isFinite(mb) && mb > 0 ? mb : 100) * MEGABYTE;
}
