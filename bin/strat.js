#!/usr/bin/env node
import { main } from '../out/language/cli/main.js';

await main(process.argv);
