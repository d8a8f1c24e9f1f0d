// What the import preview shows, computed from the use case's plan: one line per directive
// (№, short text, executors, deadline as ДД.ММ.ГГГГ, warnings) and, for a re-import, the
// added/changed/removed directives before the unchanged ones. When another document of the
// свод already has the id this one would get, the view says so and names the two choices.

import { formatRu } from "../core/dates";
import { normalisePhrase } from "../core/import/addressees";
import { existingLabel, type IdentityChoice } from "../core/import/document-identity";
import type { ImportPlan, ItemChange, PreviewItem } from "../core/import/plan";
import { count, DIRECTIVE_FORMS, shorten } from "./russian";

export type PreviewPlan = Pick<ImportPlan, "title" | "isUpdate" | "items" | "counts" | "unresolved" | "newAddressees"> &
  Partial<Pick<ImportPlan, "documentId" | "clash" | "recognisedAs">>;

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
  executors: string;
  deadline: string;
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

export function itemView(item: PreviewItem, isUpdate: boolean): PreviewItemView {
  return {
    key: item.key,
    n: item.n,
    text: shorten(item.text),
    fullText: item.text,
    executors: item.executors.join("; ") || "исполнитель не указан",
    deadline: deadlineText(item),
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
 * she settled a clash of ids, if she did.
 */
export function previewView(plan: PreviewPlan, extraNotes: string[] = [], choice?: IdentityChoice): PreviewView {
  const views = plan.items.map((i) => itemView(i, plan.isUpdate));
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
    summary: summaryOf(plan),
    changes,
    others,
    notes,
    doubtfulCount: views.filter((v) => v.warnings.length > 0).length,
  };
}
