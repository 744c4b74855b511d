/**
 * Text handed on in pieces of about a megabyte: the outline and the JSON of a 60 MB page's tree run
 * to hundreds of megabytes, which made as one string would double a command's peak memory (issue 9).
 */
const CHUNK = 1 << 20;

export function chunked(write: (chunk: string) => void): { out(text: string): void; end(): void } {
  let pending = '';
  return {
    out(text: string) {
      pending += text;
      if (pending.length >= CHUNK) {
        write(pending);
        pending = '';
      }
    },
    end() {
      if (pending) write(pending);
      pending = '';
    },
  };
}
