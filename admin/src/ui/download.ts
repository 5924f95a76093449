/** Offers text to the user as a file download, without a round trip to a server. */
export function downloadText(text: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // The browser copies the data when the download starts.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
