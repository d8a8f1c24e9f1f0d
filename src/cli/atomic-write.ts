// Writes a file so that it is, at every moment, either the old file or the new one: a temporary
// file in the same folder (a rename is atomic only within one file system), written and
// flushed to the disk, given the old file's mode, renamed over the old one, and the folder
// flushed so the rename itself survives a power cut. Any failure — a full disk, a killed
// process — leaves the old file as it was.
import { randomBytes } from "node:crypto";
import { access, constants, open, readdir, realpath, rename, rm, stat, type FileHandle } from "node:fs/promises";
import type { Stats } from "node:fs";
import { basename, dirname, join } from "node:path";

export interface AtomicWriteOptions {
  /** What the file is, for messages: «Свод» (default) or «Файл». */
  what?: "Свод" | "Файл";
  /** Writes the bytes into the open temporary file; tests inject one that fails as a full disk does. */
  writeBytes?: (file: FileHandle, bytes: Uint8Array) => Promise<void>;
}

const lower = (what: string) => what.toLowerCase();

async function statOrNull(path: string): Promise<Stats | null> {
  try {
    return await stat(path);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === "ENOENT") return null;
    throw e;
  }
}

/**
 * Refuses an existing file that may not be written, before any work is done. The mode bits
 * are checked directly: for root (and on Windows' read-only attribute) `access(W_OK)` alone
 * says yes to a `chmod 444` file. A file that does not exist yet is fine.
 */
export async function assertWritable(path: string, what: AtomicWriteOptions["what"] = "Свод"): Promise<void> {
  const st = await statOrNull(path);
  if (!st) return;
  if (st.isDirectory()) throw new Error(`«${path}» — это папка, а не ${lower(what)}.`);
  if ((st.mode & 0o222) === 0) {
    throw new Error(`${what} «${path}» открыт только для чтения: снимите с файла атрибут «только чтение» и повторите.`);
  }
  try {
    await access(path, constants.W_OK);
  } catch {
    throw new Error(`Нет прав на запись в ${what === "Свод" ? "свод" : "файл"} «${path}»: попросите доступ у владельца файла или сохраните копию в своей папке.`);
  }
}

function writeError(path: string, what: string, e: unknown): Error {
  const code = (e as NodeJS.ErrnoException).code;
  const kept = `${what} остался прежним`;
  switch (code) {
    case "ENOSPC":
    case "EDQUOT":
    case "EFBIG":
      return new Error(`Не удалось записать ${lower(what)} «${path}»: на диске не хватает места (или файл больше допустимого размера). ${kept}; освободите место и повторите.`);
    case "EBUSY":
    case "EPERM":
      return new Error(`Не удалось записать ${lower(what)} «${path}»: файл открыт в другой программе. Закройте его и повторите.`);
    case "EACCES":
      return new Error(`Не удалось записать ${lower(what)} «${path}»: нет прав на запись в папку «${dirname(path)}». ${kept}.`);
    case "EROFS":
      return new Error(`Не удалось записать ${lower(what)} «${path}»: диск доступен только для чтения. ${kept}.`);
    default:
      return new Error(`Не удалось записать ${lower(what)} «${path}» (${code ?? (e as Error).message}). ${kept}.`);
  }
}

/** Flushes a folder's entries (the rename) to the disk; not every system allows it, so best-effort. */
async function syncDirectory(dir: string): Promise<void> {
  let handle: FileHandle | undefined;
  try {
    handle = await open(dir, "r");
    await handle.sync();
  } catch {
    // Windows cannot open a folder this way; the rename is still atomic there.
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

const tempName = (path: string) => `.${basename(path)}.${randomBytes(4).toString("hex")}.tmp`;
const TEMP_SUFFIX = /^[0-9a-f]{8}\.tmp$/;
/** Older than this, a temporary file beside the target is left over from a killed save. */
const STALE_TEMP_MS = 10 * 60_000;

/** Removes temporary files a killed save left beside `path` (best-effort). */
async function removeStaleTemps(path: string): Promise<void> {
  const prefix = `.${basename(path)}.`;
  const dir = dirname(path);
  try {
    for (const name of await readdir(dir)) {
      if (!name.startsWith(prefix) || !TEMP_SUFFIX.test(name.slice(prefix.length))) continue;
      const st = await statOrNull(join(dir, name));
      if (st && Date.now() - st.mtimeMs > STALE_TEMP_MS) await rm(join(dir, name), { force: true });
    }
  } catch {
    // Tidying up is not worth failing a save that succeeded.
  }
}

export async function writeFileAtomically(shownPath: string, bytes: Uint8Array, options: AtomicWriteOptions = {}): Promise<void> {
  const what = options.what ?? "Свод";
  await assertWritable(shownPath, what);
  // Through a symbolic link, the file it points to is replaced, not the link.
  const path = await realpath(shownPath).catch(() => shownPath);
  const old = await statOrNull(path);
  const temp = join(dirname(path), tempName(path));
  let handle: FileHandle | undefined;
  try {
    handle = await open(temp, "wx", 0o666);
    await (options.writeBytes ?? ((file, b) => file.writeFile(b)))(handle, bytes);
    if (old) {
      await handle.chmod(old.mode & 0o7777);
      // Keeps the owner when run as root (e.g. a scheduled job); others may not, and need not.
      await handle.chown(old.uid, old.gid).catch(() => undefined);
    }
    await handle.sync();
    await handle.close();
    handle = undefined;
    await rename(temp, path);
  } catch (e) {
    await handle?.close().catch(() => undefined);
    await rm(temp, { force: true }).catch(() => undefined);
    throw writeError(shownPath, what, e);
  }
  await syncDirectory(dirname(path));
  await removeStaleTemps(path);
}
