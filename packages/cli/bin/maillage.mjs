#!/usr/bin/env node
// The maillage command. It runs the built feed package (Node does not run TypeScript): see lib/cli.mjs.
import { main } from '../lib/cli.mjs';

process.exitCode = await main(process.argv.slice(2));
