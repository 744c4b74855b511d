/** Escaping for text and attribute values: the only way input text reaches HTML. */
const TEXT: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => TEXT[c] as string);
}

/** JSON inside `<script type="application/ld+json">`: `<` escaped so no `</script>` can end it early. */
export function escapeJsonForScript(value: unknown): string {
  return JSON.stringify(value, null, 2).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}
