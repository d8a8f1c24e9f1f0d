// The свод as a file on disk for the CLI: open it, refuse early one that may not be written,
// and save it atomically (see atomic-write.ts), so a failure never leaves a half-written свод.
import { readFile } from "node:fs/promises";
import { FileWorkbookPort } from "../hosts/file";
import { assertWritable, writeFileAtomically, type AtomicWriteOptions } from "./atomic-write";

export { assertWritable };

export async function openWorkbookFile(path: string): Promise<FileWorkbookPort> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT")
      throw new Error(`Свод не найден: ${path}. Создайте его командой «init».`);
    throw e;
  }
  return FileWorkbookPort.open(bytes);
}

export async function saveWorkbookFile(port: FileWorkbookPort, path: string, options: Omit<AtomicWriteOptions, "what"> = {}): Promise<void> {
  await writeFileAtomically(path, await port.save(), { ...options, what: "Свод" });
}
