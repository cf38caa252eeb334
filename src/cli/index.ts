#!/usr/bin/env node
/**
 * The fact-claims command: its subcommands share one input, output and error layer (io.ts, options.ts, errors.ts),
 * so a new command takes the same inputs, refuses the same outputs and fails the same way.
 */
import { Command } from 'commander';
import { fail } from './errors.js';
import { collectCommand } from './collect.js';
import { enqueueCommand } from './enqueue.js';
import { extractCommand } from './extract.js';
import { workerCommand } from './queue-worker.js';
import { reportCommand } from './report.js';

const VERSION = '0.1.0';

export function program(): Command {
  const cli = new Command('fact-claims')
    .version(VERSION)
    .description('Extract loss claims (killed, wounded, missing, destroyed ...) from news and encyclopedia text.')
    .enablePositionalOptions()
    // Commander's own errors (a bad option, an unknown command) read like ours: one line, "fact-claims: ...".
    .configureOutput({ outputError: (s, write) => write(`fact-claims: ${s.replace(/^error: /, '')}`) });
  for (const command of [extractCommand(), reportCommand(), enqueueCommand(), workerCommand(), collectCommand()]) cli.addCommand(command.copyInheritedSettings(cli));
  return cli;
}

program().parseAsync(process.argv).catch(fail);
