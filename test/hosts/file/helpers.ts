// Shared helpers of the file-host tests: reopening saved bytes and peeking at package parts.
import { strFromU8, unzipSync } from "fflate";
import { FileWorkbookPort } from "../../../src/hosts/file";

export async function reopen(port: FileWorkbookPort): Promise<FileWorkbookPort> {
  return FileWorkbookPort.open(await port.save());
}

/** Every part of the package whose path matches, as text. */
export function parts(bytes: Uint8Array, path: RegExp): Record<string, string> {
  const files = unzipSync(bytes, { filter: (f) => path.test(f.name) });
  return Object.fromEntries(Object.entries(files).map(([k, v]) => [k, strFromU8(v)]));
}

/** The table part whose name attribute is `name`. */
export function tablePart(bytes: Uint8Array, name: string): string {
  const found = Object.values(parts(bytes, /^xl\/tables\//)).find((x) => x.includes(`name="${name}"`));
  if (!found) throw new Error(`no table part ${name}`);
  return found;
}
