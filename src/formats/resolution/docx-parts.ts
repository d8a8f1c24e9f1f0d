// Opens a .docx defensively and returns the XML of the parts the text needs: the main
// document (found through _rels/.rels, not assumed), its numbering and styles. Inflation goes
// through zip-guard under caps sized for a resolution, so a zip bomb or a part that declares
// 100 MB is refused before it is inflated; a DOCTYPE (entity expansion) is refused outright.
import { DOMParser } from "@xmldom/xmldom";
import { FileRefusal } from "../ingest/refusal";
import { describeXmlDamage, xmlDamage } from "../ingest/xml-scan";
import { inflateOne, listZipEntries, type ZipEntryInfo, type ZipLimits } from "../zip-guard";
import { ResolutionFileError } from "./errors";

/** A resolution's document.xml is a few hundred KB; 30 MB of XML is not a resolution. */
export const DOCX_LIMITS: ZipLimits = {
  maxEntries: 5000,
  maxEntryBytes: 30 * 1024 * 1024,
  maxTotalBytes: 60 * 1024 * 1024,
  maxRatio: 300,
  ratioFloorBytes: 4 * 1024 * 1024,
};

export interface DocxParts {
  document: Document;
  numbering: Document | null;
  styles: Document | null;
}

export function refusalToRussian(e: unknown, name: string): unknown {
  if (!(e instanceof FileRefusal)) return e;
  switch (e.code) {
    case "zip-bomb":
    case "too-large":
      return new ResolutionFileError(`Файл «${name}» слишком велик внутри (при распаковке больше 30 МБ): это не похоже на резолюцию.`);
    case "encrypted":
      return new ResolutionFileError(`Файл «${name}» защищён паролем. Снимите пароль в Word и сохраните как .docx.`);
    default:
      return new ResolutionFileError(`Файл «${name}» повреждён: архив документа Word не открывается.`);
  }
}

export function parseXml(xml: string, part: string, name: string): Document {
  if (/<!DOCTYPE/i.test(xml.slice(0, 4096)) || /<!ENTITY/i.test(xml)) {
    throw new ResolutionFileError(`Файл «${name}» содержит недопустимые XML-конструкции (DOCTYPE): откройте его в Word и сохраните как .docx заново.`);
  }
  // one linear pass before the DOM parser: a part with thousands of unclosed tags is refused at the first
  const damage = xmlDamage(xml);
  if (damage) throw new ResolutionFileError(`Файл «${name}» повреждён: в части ${part} ${describeXmlDamage(damage)}. Откройте его в Word и сохраните заново.`);
  let failed = false;
  const doc = new DOMParser({
    onError: (level) => {
      if (level === "fatalError") failed = true;
    },
  }).parseFromString(xml, "text/xml") as unknown as Document;
  if (failed || !doc.documentElement) {
    throw new ResolutionFileError(`Файл «${name}» повреждён: часть ${part} не читается как XML.`);
  }
  return doc;
}

/** Target of the first relationship whose type ends with `/kind`, resolved against `base`. */
function relationshipTarget(relsXml: string | null, kind: string, base: string): string | null {
  if (!relsXml) return null;
  for (const m of relsXml.matchAll(/<(?:\w+:)?Relationship\b[^>]*>/g)) {
    const type = /\bType="([^"]*)"/.exec(m[0])?.[1] ?? "";
    const target = /\bTarget="([^"]*)"/.exec(m[0])?.[1];
    if (!target || !type.endsWith(`/${kind}`) || /TargetMode="External"/.test(m[0])) continue;
    if (target.startsWith("/")) return target.slice(1);
    const parts = (base + target).split("/");
    const out: string[] = [];
    for (const p of parts) {
      if (p === "..") out.pop();
      else if (p !== ".") out.push(p);
    }
    return out.join("/");
  }
  return null;
}

export function readDocxParts(bytes: Uint8Array, name: string): DocxParts {
  let entries: ZipEntryInfo[];
  const text = (part: string | null): string | null => {
    if (!part) return null;
    // part names are case-insensitive in OPC
    const entry = entries.find((e) => e.name === part) ?? entries.find((e) => e.name.toLowerCase() === part.toLowerCase());
    if (!entry) return null;
    const raw = inflateOne(bytes, entries, entry.name, DOCX_LIMITS);
    return raw ? new TextDecoder("utf-8").decode(raw) : null;
  };
  try {
    entries = listZipEntries(bytes, DOCX_LIMITS);
    const mainPart = relationshipTarget(text("_rels/.rels"), "officeDocument", "") ?? "word/document.xml";
    const documentXml = text(mainPart) ?? text("word/document.xml");
    if (documentXml === null) {
      throw new ResolutionFileError(`Файл «${name}» не является документом Word: в нём нет основной части (word/document.xml).`);
    }
    const dir = mainPart.includes("/") ? mainPart.slice(0, mainPart.lastIndexOf("/") + 1) : "";
    const rels = text(`${dir}_rels/${mainPart.slice(dir.length)}.rels`);
    const numberingXml = text(relationshipTarget(rels, "numbering", dir) ?? `${dir}numbering.xml`);
    const stylesXml = text(relationshipTarget(rels, "styles", dir) ?? `${dir}styles.xml`);
    return {
      document: parseXml(documentXml, "document.xml", name),
      numbering: numberingXml === null ? null : parseXml(numberingXml, "numbering.xml", name),
      styles: stylesXml === null ? null : parseXml(stylesXml, "styles.xml", name),
    };
  } catch (e) {
    throw refusalToRussian(e, name);
  }
}
