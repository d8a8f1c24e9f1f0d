// Runs a CLI script as a child process, the way a user runs `npm run svodka -- …`.
import { spawnSync } from "node:child_process";
import { join } from "node:path";

const ROOT = join(__dirname, "../..");

export interface CliRun {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runScript(script: string, args: string[], cwd = ROOT): CliRun {
  const r = spawnSync(process.execPath, ["--import", "tsx", join(ROOT, script), ...args], { cwd, encoding: "utf8", timeout: 60_000 });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

export const runCli = (...args: string[]): CliRun => runScript("src/cli/main.ts", args);
