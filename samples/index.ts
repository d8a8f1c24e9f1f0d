// Built-in sample data (Node only: the resolution is read from the file beside this one).
// The organisations are plain data and can be imported by the browser from ./organisations.
import { readFile } from "node:fs/promises";
import { join } from "node:path";

export { SAMPLE_DISTRICT, SAMPLE_ORGANISATIONS } from "./organisations";

/** File name the sample resolution is imported under (shows in «Документы» and «Журнал»). */
export const SAMPLE_RESOLUTION_NAME = "Резолюция августовской конференции 2024.txt";

export const SAMPLE_RESOLUTION_PATH = join(__dirname, "resolution.txt");

/** Text of the sample resolution of the August conference. */
export async function loadSampleResolution(): Promise<string> {
  return readFile(SAMPLE_RESOLUTION_PATH, "utf8");
}
