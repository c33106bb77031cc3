// Copies a key or code for the admin to paste elsewhere. Browsers refuse the clipboard on some origins
// (plain http on a LAN address), so the caller learns whether it worked and can say what to do instead.
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return false;
  }
}
