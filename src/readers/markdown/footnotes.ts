/**
 * GFM footnote definitions (`[^1]: text`, continued by indented lines), which marked
 * does not parse. They are cut out of the Markdown before lexing and replaced by
 * spaces of the same length, so offsets of everything else stay true.
 */
export function extractFootnotes(markdown: string): { body: string; definitions: Map<string, string> } {
  const definitions = new Map<string, string>();
  const lines = markdown.split('\n');
  let inFence = false;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    if (/^\s{0,3}(```|~~~)/.test(line)) inFence = !inFence;
    if (inFence) continue;
    const m = /^\[\^([^\]\s]+)\]:[ \t]?(.*)$/.exec(line);
    if (!m) continue;
    const parts = [m[2] ?? ''];
    lines[i] = ' '.repeat(line.length);
    // Continuation: indented lines, possibly after blank lines.
    let j = i + 1;
    while (j < lines.length) {
      const next = lines[j] as string;
      if (/^( {2,}|\t)\S/.test(next)) {
        parts.push(next.trim());
        lines[j] = ' '.repeat(next.length);
        j++;
      } else if (next.trim() === '' && /^( {2,}|\t)\S/.test(lines[j + 1] ?? '')) {
        parts.push('');
        j++;
      } else break;
    }
    const label = m[1] as string;
    if (!definitions.has(label)) definitions.set(label, parts.join('\n'));
    i = j - 1;
  }
  return { body: lines.join('\n'), definitions };
}
