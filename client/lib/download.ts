/** Saves text as a file the browser downloads. */
export function downloadText(fileName: string, text: string, type = 'text/csv;charset=utf-8') {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  document.body.append(a);
  a.click();
  a.remove();
  // Some browsers start the download after the click returns.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/**
 * Rows as CSV (RFC 4180, CRLF line ends). A cell that a spreadsheet would run as a formula (it
 * starts with =, +, - or @) gets a leading apostrophe: names people typed are data, not code.
 */
export function csvText(rows: readonly (readonly string[])[]): string {
  const cell = (raw: string) => {
    const text = /^[=+\-@\t\r]/.test(raw) ? `'${raw}` : raw;
    return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return rows.map((row) => row.map(cell).join(',')).join('\r\n') + '\r\n';
}
