// Preloaded (`node --import`) into a measured command: prints its peak RSS on stderr at exit.
import { writeSync } from 'node:fs';

process.on('exit', () => writeSync(2, `\nLEDE_MAX_RSS_KB ${process.resourceUsage().maxRSS}\n`));
