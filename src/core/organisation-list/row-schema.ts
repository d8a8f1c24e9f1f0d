// The boundary between a list's cells and an Organisation: a row becomes one only once this
// schema parses it. Messages are the reasons shown to the methodologist, in Russian.

import { z } from "zod";
import type { Organisation } from "../model";
import { ORG_TYPES } from "./org-type";

/** Loose: something@domain.tld, where the domain may be Cyrillic («школа1.рф»). */
const EMAIL = /^[^\s@<>,;]+@[^\s@<>,;]+\.[^\s@<>,;.]{2,}$/;

const text = (max: number, what: string) => z.string().max(max, { error: `${what} длиннее ${max} знаков` });

export const listedOrganisationSchema = z
  .object({
    code: z
      .string()
      .min(1, { error: "не указан код (коды — ключи организаций в своде)" })
      .max(40, { error: "код длиннее 40 знаков — похоже, в столбце кода стоит не код" }),
    shortName: text(300, "краткое наименование"),
    fullName: text(1000, "полное наименование"),
    type: z.union([z.enum(ORG_TYPES as [string, ...string[]]), z.literal("")]),
    groups: z.array(text(200, "название группы")),
    aliases: z.array(text(500, "другое название")),
    email: z
      .string()
      .max(500, { error: "адрес эл. почты длиннее 500 знаков" })
      .refine((s) => s === "" || s.split("; ").every((a) => EMAIL.test(a)), {
        error: (issue) => `адрес эл. почты «${String(issue.input)}» не похож на адрес`,
      }),
    head: text(300, "имя руководителя"),
  })
  .refine((o) => o.shortName !== "" || o.fullName !== "", { error: "не указано наименование" });

export type ParsedRow = { ok: true; org: Organisation } | { ok: false; reason: string };

export function parseListedOrganisation(candidate: Organisation): ParsedRow {
  const r = listedOrganisationSchema.safeParse(candidate);
  if (r.success) return { ok: true, org: r.data };
  return { ok: false, reason: r.error.issues.map((i) => i.message).join("; ") };
}
