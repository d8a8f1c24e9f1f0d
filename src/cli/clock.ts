// The CLI's clock, read in exactly one place: main() takes the moment once per command and
// passes the local date-time string to the use cases, so every «now» of a command agrees.
//
// SVODKA_NOW fixes the moment, for tests and for reproducing what a user saw: either a local
// wall-clock time («2024-04-03T06:00») or an instant with its zone («2024-04-02T20:00Z»), which
// is then shown in the local time zone (TZ) as any real moment would be.
import { localIso } from "../core/dates";

const MOMENT = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:\d{2})?$/;

export function cliNowIso(env: NodeJS.ProcessEnv = process.env, now: () => Date = () => new Date()): string {
  const fixed = env.SVODKA_NOW?.trim();
  if (!fixed) return localIso(now());
  // Without a zone, the ECMAScript Date parser reads a date-time as local time.
  const moment = MOMENT.test(fixed) ? new Date(fixed) : null;
  if (!moment || Number.isNaN(moment.getTime())) {
    throw new Error(`Значение SVODKA_NOW «${fixed}» не распознано: укажите момент как 2024-04-03T06:00 (местное время) или 2024-04-02T20:00Z.`);
  }
  return localIso(moment);
}
