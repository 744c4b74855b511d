/** Lectern's bundled templates (in `templates/`), read once. */
import { readFileSync } from 'node:fs';

const cache = new Map<string, string>();

export function bundledTemplate(name: string): string {
  let text = cache.get(name);
  if (text === undefined) {
    text = readFileSync(new URL(`../templates/${name}`, import.meta.url), 'utf8');
    cache.set(name, text);
  }
  return text;
}

/** Fills `{{name}}` placeholders; unknown placeholders are left empty. */
export function fillTemplate(template: string, values: Record<string, string>): string {
  return template.replace(/\{\{(\w+)\}\}/g, (_all, key: string) => values[key] ?? '');
}
