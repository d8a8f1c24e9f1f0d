// What the import preview shows, computed from the use case's plan: one line per directive
// (№, short text, executors, deadline as ДД.ММ.ГГГГ, warnings) and, for a re-import, the
// added/changed/removed directives before the unchanged ones.

import { formatRu } from "../core/dates";
import { normalisePhrase } from "../core/import/addressees";
import type { ImportPlan, ItemChange, PreviewItem } from "../core/import/plan";
import { count, DIRECTIVE_FORMS, shorten } from "./russian";

export type PreviewPlan = Pick<ImportPlan, "title" | "isUpdate" | "items" | "counts" | "unresolved" | "newAddressees">;

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

/** `extraNotes`: remarks from elsewhere, e.g. problems with the `Настройки` sheet. */
export function previewView(plan: PreviewPlan, extraNotes: string[] = []): PreviewView {
  const views = plan.items.map((i) => itemView(i, plan.isUpdate));
  const changes = plan.isUpdate ? views.filter((v) => v.change !== "unchanged") : [];
  const others = plan.isUpdate ? views.filter((v) => v.change === "unchanged") : views;
  const notes: string[] = [...extraNotes];
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
    summary: summaryOf(plan),
    changes,
    others,
    notes,
    doubtfulCount: views.filter((v) => v.warnings.length > 0).length,
  };
}
