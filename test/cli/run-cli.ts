// Runs a CLI script as a child process, the way a user runs `npm run svodka -- …`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

/** `env` is added to this process's environment (e.g. TZ, SVODKA_NOW). */
export function runScript(script: string, args: string[], cwd = ROOT, env: NodeJS.ProcessEnv = {}): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], { cwd, encoding: "utf8", timeout: 60_000, env: { ...process.env, ...env } });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const runCli = (...args: string[]): CliRun => runScript("src/cli/main.ts", args);

/** The CLI with extra environment variables, e.g. `{ TZ: "Asia/Vladivostok" }`. */
export const runCliWith = (env: NodeJS.ProcessEnv, ...args: string[]): CliRun => runScript("src/cli/main.ts", args, ROOT, env);
