/** An article's id: its file name without the extension (`bericht.de.txt` → `bericht.de`). */
export function articleId(fileName: string): string {
  return fileName.replace(/\.(txt|md|html?)$/i, '');
}
