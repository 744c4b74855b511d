import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Test files that need more than the source: Chromium (the shared browser the global setup
 * launches), the JVM (EPUBCheck, the Nu checker), Ace, synthesized audio files and the tools that
 * read them back, or the built command line (dist/, which `npm test` builds first). Every other
 * test file is a `unit` test: in process, on the source, in seconds (`npm run test:unit`), so a
 * new test lands there unless it is listed here.
 */
const CONFORMANCE = [
  // Chromium (axe-core, the accessibility tree, pages under their CSP); epub also EPUBCheck and Ace.
  'test/fuzz.test.ts',
  'test/writers/epub.test.ts',
  'test/writers/footnotes.test.ts',
  'test/writers/html.test.ts',
  'test/writers/html-read-along.test.ts',
  // foliate-js opening every fixture's book, and playing a read-along book, in Chromium.
  'test/writers/epub-audio-foliate.test.ts',
  'test/writers/epub-foliate.test.ts',
  // The Nu checker (JVM).
  'test/writers/html-nu.test.ts',
  // Narration of whole articles, read back by ffmpeg, eyeD3, mutagen, mp3guessenc; EPUBCheck and Ace on the read-along book.
  'test/writers/audio.test.ts',
  'test/writers/epub-audio.test.ts',
  // EPUBCheck on books cut by the chunk plan.
  'test/writers/chunks.test.ts',
  'test/writers/voices.test.ts',
  // The built command line, in processes of its own.
  'test/cli.test.ts',
  'test/export-ids.test.ts',
  'test/local-files.test.ts',
  'test/network.test.ts',
  'test/readers/harbour-bridge.test.ts',
  // The built readers, loaded with the RegExp constructor watched.
  'test/readers/pattern-size.test.ts',
  // The built command line in a heap of fixed size.
  'test/readers/news-text-memory.test.ts',
];

export default defineConfig({
  test: {
    // The browser, EPUBCheck and Ace suites share one Chromium and one JVM each: run files one at a time.
    fileParallelism: false,
    testTimeout: 60_000,
    hookTimeout: 120_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'unit',
          include: ['test/**/*.test.ts'],
          exclude: [...configDefaults.exclude, ...CONFORMANCE],
          // One worker imports the modules once for every unit file (130 s → 44 s, measured on a loaded machine):
          // no unit test mocks a module or changes a global, and spies are restored after each test.
          isolate: false,
        },
      },
      // Only these files get the global setup, so Chromium is launched only when one of them runs.
      { extends: true, test: { name: 'conformance', include: CONFORMANCE, globalSetup: ['test/global-setup.ts'] } },
    ],
  },
});
