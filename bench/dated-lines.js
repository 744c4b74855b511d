// node bench/dated-lines.js [MEBIBYTES] > lines.txt: the adversarial news page of README's security
// section: short lines up to MEBIBYTES (default 64, the input limit), each with a date word, a label or
// a byline's words and a number, so that every per-line rule of the news-text reader (dates, bylines,
// furniture) has work to do on every line. Deterministic: the same bytes every run.
const words = ['Published', 'Updated', 'Monday', 'November', 'Posted', 'mis à jour', 'Aktualisiert', 'By Anna Smith', 'Photo:', 'Read more'];

export function datedLines(mebibytes = 64) {
  const target = mebibytes * 1024 * 1024 - 100;
  const out = [];
  let size = 0;
  for (let i = 0; size < target; i++) {
    const line = `${words[i % words.length]} ${(i % 28) + 1} item ${i} of the harbour story, said the duty officer ${i % 97}`;
    out.push(line);
    size += Buffer.byteLength(line) + 1;
  }
  return out.join('\n');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [mebibytes] = process.argv.slice(2);
  process.stdout.write(datedLines(mebibytes ? Number(mebibytes) : 64));
}
