/** Escaping for text and attribute values: the only way input text reaches HTML. */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Characters no HTML or XHTML document may hold (a form feed kept for the news-text reader, say): dropped. */
const NOT_IN_MARKUP = /[\x00-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]/g;

export function escapeHtml(text: string): string {
  return text.replace(NOT_IN_MARKUP, '').replace(/[&<>"']/g, (c) => TEXT[c] as string);
}

/** JSON inside `<script type="application/ld+json">`: `<` escaped so no `</script>` can end it early. */
export function escapeJsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
