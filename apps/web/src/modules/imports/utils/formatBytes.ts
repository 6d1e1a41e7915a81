const MB = 1024 * 1024;

/** "840 KB", "21.3 MB": file sizes as a person reads them (binary units, like the API's limit). */
export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < MB) return `${Math.round(bytes / 1024)} KB`;
  return `${(bytes / MB).toFixed(1).replace(/\.0$/, '')} MB`;
}
