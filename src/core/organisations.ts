// Organisations as rows of `Организации` and back. Lists in a cell are separated by «;».
import type { Organisation } from "./model";
import type { Row } from "./workbook/port";

const list = (v: unknown, separators = /[;\n]/): string[] =>
  String(v ?? "")
    .split(separators)
    .map((s) => s.trim())
    .filter(Boolean);

export function organisationFromRow(r: Row): Organisation {
  const s = (v: unknown) => String(v ?? "").trim();
  return {
    code: s(r.code),
    shortName: s(r.shortName),
    fullName: s(r.fullName),
    type: s(r.type),
    // Group names never hold commas; other names («МБОУ «СОШ № 1», г. Заречный») may.
    groups: list(r.groups, /[;,\n]/),
    aliases: list(r.aliases),
    email: s(r.email),
    head: s(r.head),
  };
}

export function organisationToRow(o: Organisation): Row {
  return { ...o, groups: o.groups.join("; "), aliases: o.aliases.join("; ") };
}

/** Display name of an organisation code for messages and reports. */
export function organisationName(code: string, orgs: Organisation[]): string {
  const o = orgs.find((x) => x.code === code);
  return o ? o.shortName || o.fullName || code : code;
}
