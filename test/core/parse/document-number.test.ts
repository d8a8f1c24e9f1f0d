// The document's own number, read from its heading: it goes into the document id, so that
// decisions № 5 and № 6 of one meeting never share one.
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { parseResolution } from "../../../src/core/parse";
import { resolutionText } from "../../../src/formats/resolution-text";

const GENRE = join(__dirname, "genre");
const CORPUS = join(__dirname, "../../../../shared/corpus");

const numberOf = (text: string) => parseResolution(text).number;

describe("parse: the document's number", () => {
  it("reads the number in the common heading forms", () => {
    const body = "\nКоллегия РЕШИЛА:\n1. Руководителям ОО провести анализ. Срок: до 01.10.2024.";
    assert.equal(numberOf("Решение № 6\nколлегии управления образования\nот 28.08.2024" + body), "6");
    assert.equal(numberOf("РЕШЕНИЕ №5\nколлегии\nот 28.08.2024" + body), "5");
    assert.equal(numberOf("ПРОТОКОЛ № 3\nзаседания коллегии\n28.08.2024" + body), "3");
    assert.equal(numberOf("Приказ от 28.08.2024 № 123\nО проведении конкурса\nПРИКАЗЫВАЮ:\n1. ИМЦ провести конкурс."), "123");
    assert.equal(numberOf("РАСПОРЯЖЕНИЕ\nот 28.08.2024                    № 12-р\nО проведении конкурса" + body), "12-р");
    assert.equal(numberOf("РЕШЕНИЕ КОЛЛЕГИИ\nот «22» апреля 2024 г.     № 2/3\n«О профилактике»" + body), "2/3");
  });

  it("does not take a school's number or a number quoted in the heading", () => {
    const body = "\nПедсовет РЕШИЛ:\n1. Учителям провести консультации.";
    assert.equal(numberOf("МБОУ «СОШ № 3»\nРЕШЕНИЕ\nпедагогического совета\nот 30.08.2024" + body), null);
    assert.equal(numberOf("РЕШЕНИЕ\nпедагогического совета МБОУ СОШ № 7\nот 30.08.2024" + body), null);
    assert.equal(numberOf("РЕШЕНИЕ\nпедагогического совета «Школа № 3»\nот 30.08.2024" + body), null);
    assert.equal(numberOf("РЕШЕНИЕ\nколлегии\nот 28.08.2024" + body.replace("консультации", "консультации по приказу № 45")), null);
  });

  const expected: Record<string, string | null> = {
    "01_prikaz_olimpiada.txt": "9",
    "02_kollegia_profilaktika.txt": "2/3",
    "03_protokol_direktorov.txt": "4",
    "04_rezolyutsiya_avgust.txt": null,
    "05_pedsovet_shkola.txt": "1",
    "06_plan_tabs.txt": null,
    "07_plan_pipes_1251.txt": null,
    "08_one_paragraph.txt": "4",
    "09_spravka_no_decision.txt": null,
    "10_sektsiya_rekomendatsii.txt": null,
    "11_sovet_rimskie.txt": "6",
    "12_forum_nastavnichestvo.txt": null,
    "13_prikaz_konkurs_utf16.txt": "3-од",
    "14_roditelskoe_sobranie.txt": null,
    "15_kollegia_kachestvo.txt": "3",
    "16_soveshchanie_doshkolnoe.txt": null,
    "17_protokol_rabochey_gruppy.txt": "2",
    "18_prikaz_lager.txt": "112",
    "19_metodsovet_razdely.txt": "2",
    "20_prikaz_ispolniteli.txt": "47",
    "21_postanovlenie_tire.txt": "318",
    "22_avgust_tire_gruppy.txt": null,
    "23_kollegia_bez_tochki.txt": "1",
    "24_protokol_reshenie.txt": "3",
    "25_rmo_perenosy.txt": "1",
    "26_sovet_inkluziya.txt": null,
    "27_prikaz_tire_ispolnitel.txt": "318",
    "28_konferentsiya_prioritety.txt": null,
    "29_protokol_odna_stroka.txt": "4",
    "30_pedsovet_skobki.txt": "5",
  };
  it("reads the numbers of the genre documents as printed in their headings", async () => {
    const got: Record<string, string | null> = {};
    for (const file of Object.keys(expected)) {
      got[file] = parseResolution(await resolutionText(new Uint8Array(readFileSync(join(GENRE, file))), file)).number;
    }
    assert.deepEqual(got, expected);
  });

  it("finds no number in the real resolutions, which print none", function () {
    if (!existsSync(CORPUS)) this.skip();
    for (const f of ["000_9ba085fc14256384", "001_73b4b526c7e31b10", "002_27408a7706993244", "003_12a0f9daf7ad7bc4", "004_3a9b20ca66816996"]) {
      assert.equal(numberOf(readFileSync(join(CORPUS, `${f}.txt`), "utf8")), null, f);
    }
  });
});
