// The pane's clock: the current moment as the use cases expect it, a local date-time in ISO
// form without a zone («2024-03-05T14:07:00»), formatted by the core's one clock format.
import { localIso } from "../core/dates";

export function localNowIso(now: Date = new Date()): string {
  return localIso(now);
}
