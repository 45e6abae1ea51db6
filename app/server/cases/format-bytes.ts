/** File sizes as German readers expect them ("84 KB", "1,2 MB"). Pure, used by pages. */
export function formatBytes(size: number): string {
  if (size < 1024) return `${size} Byte`;
  if (size < 1024 * 1024) return `${Math.round(size / 1024).toLocaleString("de-DE")} KB`;
  return `${(size / (1024 * 1024)).toLocaleString("de-DE", { maximumFractionDigits: 1 })} MB`;
}
