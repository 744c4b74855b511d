// Runs one lectern command in this process and reports its exit code and peak memory (maxRSS);
// run.js times the whole process from the outside.
import { main } from '../dist/cli.js';

const started = process.hrtime.bigint();
const code = await main(['node', 'lectern', ...process.argv.slice(2)]);
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
process.stderr.write(`\n@@bench ${JSON.stringify({ code, seconds, maxRssBytes: process.resourceUsage().maxRSS * 1024 })}\n`);
process.exitCode = code;
