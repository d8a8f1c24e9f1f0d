// The current moment as the use cases expect it: a local date-time in ISO form without a zone
// («2024-03-05T14:07:00»), because the свод shows it to the methodologist as her own clock time.
export function localNowIso(now: Date = new Date()): string {
  const pad = (n: number) => String(n).padStart(2, "0");
  return (
    `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}` +
    `T${pad(now.getHours())}:${pad(now.getMinutes())}:${pad(now.getSeconds())}`
  );
}
