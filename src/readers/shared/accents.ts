/** Text without its accents and other combining marks: `À lire aussi` → `A lire aussi`, `Álvaro` → `Alvaro`. */
export function withoutAccents(text: string): string {
  return text.normalize('NFD').replace(/\p{M}/gu, '');
}
