// Runs a few npm scripts at the same time and fails when any of them fails. Each one's output is
// held back and printed whole when it ends, so two logs never interleave line by line.
// `npm test` uses it for the type check and the lint: one mostly waits on the TypeScript
// checker, the other on typed ESLint, and on two cores side by side they take the time of the
// longer one (measured in the README's "Snel bouwen" table).
import { spawn } from 'node:child_process';

interface Outcome {
  script: string;
  code: number;
  output: string;
  seconds: number;
}

function runScript(script: string): Promise<Outcome> {
  const started = performance.now();
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    const child = spawn('npm', ['run', script], {
      stdio: ['ignore', 'pipe', 'pipe'],
      // Colours as in a terminal, although the output goes through a pipe first.
      env: { ...process.env, FORCE_COLOR: process.stdout.isTTY ? '1' : process.env.FORCE_COLOR },
    });
    child.stdout.on('data', (chunk: Buffer) => chunks.push(chunk));
    child.stderr.on('data', (chunk: Buffer) => chunks.push(chunk));
    const done = (code: number) =>
      resolve({
        script,
        code,
        output: Buffer.concat(chunks).toString('utf8'),
        seconds: (performance.now() - started) / 1000,
      });
    child.on('error', (error) => {
      chunks.push(Buffer.from(`${error.message}\n`));
      done(1);
    });
    child.on('close', (code, signal) => done(code ?? (signal ? 1 : 0)));
  });
}

const scripts = process.argv.slice(2);
if (scripts.length === 0) {
  console.error('Gebruik: tsx scripts/run-together.ts <npm-script> [<npm-script> ...]');
  process.exit(2);
}
const outcomes = await Promise.all(
  scripts.map((script) =>
    runScript(script).then((outcome) => {
      process.stdout.write(outcome.output);
      const verdict = outcome.code === 0 ? 'geslaagd' : `MISLUKT (code ${outcome.code})`;
      console.log(`── npm run ${script}: ${verdict} in ${outcome.seconds.toFixed(1)} s`);
      return outcome;
    }),
  ),
);
const failed = outcomes.filter((o) => o.code !== 0).map((o) => o.script);
if (failed.length > 0) {
  console.error(`Mislukt: ${failed.map((s) => `npm run ${s}`).join(', ')}`);
  process.exit(1);
}
