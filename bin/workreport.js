#!/usr/bin/env node
// Runs the TypeScript CLI with plain `node` right after `npm ci`: tsx compiles it on the fly.
import { register } from 'tsx/esm/api';

register();
await import('../src/cli/main.ts');
