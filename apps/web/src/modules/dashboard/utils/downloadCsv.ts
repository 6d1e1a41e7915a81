/** Saves `csv` as a file through a Blob and a temporary object URL (nothing goes to the server). */
export function downloadCsv(fileName: string, csv: string): void {
  // The byte-order mark makes spreadsheet apps read the file as UTF-8 (names with accents, "—").
  const blob = new Blob(['\uFEFF', csv], { type: 'text/csv;charset=utf-8' });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked after the click has been handled, so the browser has started the download.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}
