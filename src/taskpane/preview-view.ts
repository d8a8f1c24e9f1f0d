// What the import preview shows, computed from the use case's plan: one line per directive
// (№, short text with the full one on demand, executors and how many organisations they are,
// deadline as ДД.ММ.ГГГГ or as she corrected it, target, «не на контроле», warnings) and, for a re-import, the
// added/changed/removed directives before the unchanged ones. When another document of the
// свод already has the id this one would get, the view says so and names the two choices.

import { formatRu } from "../core/dates";
import { normalisePhrase } from "../core/import/addressees";
import { existingLabel, type IdentityChoice } from "../core/import/document-identity";
import type { ImportPlan, ItemChange, PreviewItem } from "../core/import/plan";
import type { Row } from "../core/workbook/port";
import { DirectivesTable } from "../core/workbook/tables/directives";
import { ORGANISATION_FORMS } from "./organisation-view";
import { count, DIRECTIVE_FORMS, shorten } from "./russian";

export type PreviewPlan = Pick<ImportPlan, "title" | "isUpdate" | "items" | "counts" | "unresolved" | "newAddressees"> &
  Partial<Pick<ImportPlan, "documentId" | "clash" | "recognisedAs" | "directiveRows">>;

/** What she corrected for one directive in the preview (the use case's ItemCorrection). */
export interface PreviewCorrection {
  controlDate?: string;
  onControl?: boolean;
}

/** Another document of the свод has this id: what she is told and the two ways on. */
export interface ClashView {
  message: string;
  asNew: { choice: IdentityChoice; label: string };
  asEdition: { choice: IdentityChoice; label: string };
}

export interface PreviewItemView {
  key: string;
  n: string;
  text: string;
  fullText: string;
  /** The text is cut with «…»: the card offers the full one. */
  shortened: boolean;
  executors: string;
  /** «14 организаций»: how many organisations the executors resolve to; empty when unknown. */
  organisations: string;
  deadline: string;
  /** The deadline is hers, not the document's. */
  deadlineCorrected: boolean;
  /** The control date now in effect (ISO), for the correction field. */
  controlDate: string | null;
  /** «Целевое значение: до 80 %»; empty when the directive sets none. */
  target: string;
  onControl: boolean;
  /** She may correct the deadline (not for directives the new edition drops). */
  canCorrect: boolean;
  /** She may set «на контроле» here: only for a new row (on an existing one it is hers in the sheet). */
  canSetControl: boolean;
  warnings: string[];
  change: ItemChange;
  /** «новое», «изменено: срок», «исключено»; empty for unchanged items and first imports. */
  changeLabel: string;
}

export interface PreviewView {
  title: string;
  /** «Код документа: Колл-2024-08-28-5»; empty when unknown. */
  idLine: string;
  /** Set while the id clash is not settled: nothing may be added until she chooses. */
  clash: ClashView | null;
  summary: string;
  /** Added, changed and removed directives of a re-import, shown first. */
  changes: PreviewItemView[];
  /** The other directives (all of them on a first import). */
  others: PreviewItemView[];
  /** Remarks about the whole document (settings problems, known phrases that name nobody). */
  notes: string[];
  doubtfulCount: number;
}

function deadlineText(item: PreviewItem): string {
  if (item.controlDate) return formatRu(item.controlDate);
  if (item.deadlineRaw) return item.deadlineRaw;
  return "срок не указан";
}

function changeLabel(item: PreviewItem, isUpdate: boolean): string {
  if (!isUpdate) return "";
  switch (item.change) {
    case "added":
      return "новое";
    case "changed":
      return item.changedFields.length ? `изменено: ${item.changedFields.join(", ")}` : "изменено";
    case "removed":
      return "исключено";
    default:
      return "";
  }
}

/** How many organisations the planned row gives the directive; nothing when the plan leaves them as they are. */
function organisationCount(row: Row | undefined): string {
  const codes = row ? DirectivesTable.readPresent(row).addressees : undefined;
  if (!codes) return "";
  return codes.length ? count(codes.length, ORGANISATION_FORMS) : "ни одной организации";
}

export function itemView(item: PreviewItem, isUpdate: boolean, correction: PreviewCorrection = {}, row?: Row): PreviewItemView {
  const text = shorten(item.text);
  const controlDate = correction.controlDate ?? item.controlDate;
  return {
    key: item.key,
    n: item.n,
    text,
    fullText: item.text,
    shortened: text !== item.text.replace(/\s+/g, " ").trim(),
    executors: item.executors.join("; ") || "исполнитель не указан",
    organisations: organisationCount(row),
    deadline: correction.controlDate ? formatRu(correction.controlDate) : deadlineText(item),
    deadlineCorrected: !!correction.controlDate,
    controlDate,
    target: item.target ? `Целевое значение: ${item.target}` : "",
    onControl: correction.onControl ?? item.controlled,
    canCorrect: item.change !== "removed",
    canSetControl: item.change === "added",
    warnings: item.warnings,
    change: item.change,
    changeLabel: changeLabel(item, isUpdate),
  };
}

function summaryOf(plan: PreviewPlan): string {
  const total = plan.items.filter((i) => i.change !== "removed").length;
  if (!plan.isUpdate) return `Найдено ${count(total, DIRECTIVE_FORMS)}.`;
  const { added, changed, removed, unchanged } = plan.counts;
  if (!added && !changed && !removed) return `Документ уже есть в своде, изменений нет (${count(unchanged, DIRECTIVE_FORMS)}).`;
  return `Документ уже есть в своде. Новых: ${added}, изменённых: ${changed}, исключённых: ${removed}, без изменений: ${unchanged}.`;
}

/** « Не на контроле: 2.» */
function notOnControl(views: PreviewItemView[]): string {
  const n = views.filter((v) => v.canCorrect && !v.onControl).length;
  return n ? ` Не на контроле: ${n}.` : "";
}

function clashView(plan: PreviewPlan): ClashView | null {
  const clash = plan.clash;
  if (!clash) return null;
  return {
    message: `В своде уже есть другой документ с кодом ${clash.id}: ${existingLabel(clash)}. Этот документ отличается от него (другие название и поручения). Как его записать?`,
    asNew: { choice: "new", label: `Отдельным документом с кодом ${clash.distinctId}` },
    asEdition: { choice: "edition", label: `Новой редакцией документа ${clash.id}` },
  };
}

function choiceNote(plan: PreviewPlan, choice: IdentityChoice | undefined): string | null {
  if (plan.clash || !plan.documentId) return null;
  if (choice === "new") return `Документ будет записан отдельно, с кодом ${plan.documentId}; документ, уже бывший в своде, не меняется.`;
  if (choice === "edition") return `Документ будет записан как новая редакция документа ${plan.documentId}.`;
  return null;
}

/**
 * `extraNotes`: remarks from elsewhere, e.g. problems with the `Настройки` sheet; `choice`: how
 * she settled a clash of ids, if she did; `corrections`: deadlines and flags she corrected, by key.
 */
export function previewView(
  plan: PreviewPlan,
  extraNotes: string[] = [],
  choice?: IdentityChoice,
  corrections: Partial<Record<string, PreviewCorrection>> = {},
): PreviewView {
  const rows = new Map((plan.directiveRows ?? []).map((r) => [String(r.key), r]));
  const views = plan.items.map((i) => itemView(i, plan.isUpdate, corrections[i.key], rows.get(i.key)));
  const changes = plan.isUpdate ? views.filter((v) => v.change !== "unchanged") : [];
  const others = plan.isUpdate ? views.filter((v) => v.change === "unchanged") : views;
  const notes: string[] = [...extraNotes];
  const chosen = choiceNote(plan, choice);
  if (chosen) notes.push(chosen);
  if (plan.recognisedAs) notes.push(`Документ узнан по содержанию: он уже есть в своде под кодом ${plan.recognisedAs}.`);
  // New phrases have their own block («Новые исполнители») with a choice and a warning each;
  // here only the phrases already in «Адресаты» that still name no organisation.
  const isNew = new Set(plan.newAddressees.map((m) => normalisePhrase(m.phrase)));
  const unresolved = plan.unresolved.filter((p) => !isNew.has(normalisePhrase(p)));
  if (unresolved.length)
    notes.push(
      `Организации не определены для: ${unresolved.map((p) => `«${p}»`).join(", ")} — отчётов по этим поручениям не будет, пока вы не укажете их в листе «Адресаты».`,
    );
  if (!plan.items.length) notes.push("В тексте не найдено ни одного пронумерованного поручения. Проверьте, тот ли это документ.");
  return {
    title: plan.title,
    idLine: plan.documentId && !plan.clash ? `Код документа: ${plan.documentId}` : "",
    clash: clashView(plan),
    summary: summaryOf(plan) + notOnControl(views),
    changes,
    others,
    notes,
    doubtfulCount: views.filter((v) => v.warnings.length > 0).length,
  };
}
