// Saving a Blob from the browser: an object URL on a temporary link, clicked, then released.
export function downloadBlob(blob: Blob, fileName: string, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Give the browser a moment to start the download before the URL goes.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** `portefolje-2026-03-01.xlsx`: a file name that sorts by date and needs no quoting anywhere. */
export function exportFileName(stem: string, extension: 'csv' | 'xlsx' | 'docx', now: Date): string {
  const day = `${now.getFullYear()}-${String(now.getMonth() + 1).padStart(2, '0')}-${String(now.getDate()).padStart(2, '0')}`;
  const ascii = stem.replace(/[æÆ]/g, 'ae').replace(/[øØ]/g, 'o').normalize('NFKD').replace(/[\u0300-\u036f]/g, '');
  const safe = ascii.replace(/[^\w-]+/g, '-').replace(/^-+|-+$/g, '').toLowerCase() || 'export';
  return `${safe}-${day}.${extension}`;
}
