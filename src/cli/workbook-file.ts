// The свод as a file on disk for the CLI: open it, and save it atomically (a temporary file
// beside it, then rename), so that a failure never leaves a half-written свод.
import { randomBytes } from "node:crypto";
import { readFile, rename, rm, writeFile } from "node:fs/promises";
import { basename, dirname, join } from "node:path";
import { FileWorkbookPort } from "../hosts/file";

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

export async function saveWorkbookFile(port: FileWorkbookPort, path: string): Promise<void> {
  const bytes = await port.save();
  const temp = join(dirname(path), `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`);
  try {
    await writeFile(temp, bytes);
    await rename(temp, path);
  } catch (e) {
    await rm(temp, { force: true });
    if ((e as NodeJS.ErrnoException).code === "EBUSY" || (e as NodeJS.ErrnoException).code === "EPERM")
      throw new Error(`Не удалось записать свод «${path}»: файл открыт в другой программе. Закройте его и повторите.`);
    throw e;
  }
}

/** Local wall-clock time as ISO `YYYY-MM-DDTHH:MM`: the Journal shows it as the user's time. */
export function localNowIso(now: Date = new Date()): string {
  const p = (n: number) => String(n).padStart(2, "0");
  return `${now.getFullYear()}-${p(now.getMonth() + 1)}-${p(now.getDate())}T${p(now.getHours())}:${p(now.getMinutes())}`;
}
