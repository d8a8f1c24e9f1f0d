// Child process of the kill test: saves two versions of a large свод over one path, one after
// the other, until it is killed. Prints «ready» once the loop starts.
import { readFileSync } from "node:fs";
import { saveWorkbookFile } from "../../src/cli/workbook-file";
import type { FileWorkbookPort } from "../../src/hosts/file";

const [path, versionA, versionB] = process.argv.slice(2);
const versions = [readFileSync(versionB), readFileSync(versionA)];
// Serialising the workbook is the port's job; here it hands over ready bytes so that nearly
// all the time is spent in the write the test wants to interrupt.
const port = (i: number) => ({ save: async () => new Uint8Array(versions[i % 2]) }) as unknown as FileWorkbookPort;

void (async () => {
  process.stdout.write("ready\n");
  for (let i = 0; ; i++) await saveWorkbookFile(port(i), path);
})();
