/**
 * Files in a browser without the File System Access API: an `<input type=file>` to read
 * one (resolving null when the user cancels) and a blob link with `download` to save one.
 */
export function pickWithInput(doc: Document, accept: string): Promise<File | null> {
  return new Promise((resolve) => {
    const input = doc.createElement('input');
    input.type = 'file';
    input.accept = accept;
    input.style.display = 'none';
    const finish = (file: File | null) => { input.remove(); resolve(file); };
    input.addEventListener('change', () => finish(input.files?.[0] ?? null), { once: true });
    // Fired by Chromium and Firefox when the picker is dismissed.
    input.addEventListener('cancel', () => finish(null), { once: true });
    doc.body.append(input);
    input.click();
  });
}

export function downloadBlob(doc: Document, data: Uint8Array | string, name: string, mime: string): void {
  const part: BlobPart = typeof data === 'string' ? data : new Uint8Array(data);
  const url = URL.createObjectURL(new Blob([part], { type: mime }));
  const link = doc.createElement('a');
  link.href = url;
  link.download = name;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.append(link);
  link.click();
  link.remove();
  // Revoking at once can cancel a download that has not started reading the blob yet
  // (FileSaver.js waits 40 s for the same reason); a minute is plenty.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
