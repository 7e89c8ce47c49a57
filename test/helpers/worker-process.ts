// `chorus worker` as its own process from the sources (for tests that kill it): node --import tsx this-file ARGS.
import { main } from '../../src/cli/main.js';

process.exitCode = await main(['worker', ...process.argv.slice(2)]);
