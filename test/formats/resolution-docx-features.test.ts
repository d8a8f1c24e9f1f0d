// What Word puts in a .docx besides plain paragraphs, one feature at a time, in hand-written
// WordprocessingML: the text must come out as the methodologist sees it printed.
import assert from "node:assert/strict";
import { resolutionText } from "../../src/formats/resolution-text";
import { parseResolution } from "../../src/core/parse";
import { list, packDocx, para, type PackParts } from "../support/docx-corpus/pack-docx";

async function lines(parts: PackParts): Promise<string[]> {
  const text = await resolutionText(await packDocx(parts), "решение.docx");
  return text.split("\n").filter((l) => l.trim());
}

const run = (inner: string) => `<w:r>${inner}</w:r>`;
const t = (s: string) => run(`<w:t xml:space="preserve">${s}</w:t>`);
const p = (...inner: string[]) => `<w:p>${inner.join("")}</w:p>`;

describe("resolutionText: Word features in .docx", () => {
  describe("list labels", () => {
    it("prints decimal, Russian-letter, Roman and Latin-letter labels as Word does", async () => {
      const numbering =
        list(1, [["%1.", "upperRoman"], ["%1.%2.", "decimal", '<w:isLgl/>'], ["%3)", "russianLower"], ["%4)", "lowerLetter"]]);
      const got = await lines({
        numbering,
        body: [
          para("Общие положения", [1, 0]),
          para("Раздел о школах", [1, 0]),
          para("Руководителям ОО:", [1, 1]),
          para("провести мониторинг;", [1, 2]),
          para("подготовить отчёт;", [1, 2]),
          para("по форме 1;", [1, 3]),
          para("по форме 2.", [1, 3]),
        ].join(""),
      });
      assert.deepEqual(got, [
        "I.\tОбщие положения",
        "II.\tРаздел о школах",
        "2.1.\tРуководителям ОО:", // isLgl: «2.1.», not «II.1.»
        "а)\tпровести мониторинг;",
        "б)\tподготовить отчёт;",
        "a)\tпо форме 1;",
        "b)\tпо форме 2.",
      ]);
    });

    it("follows the level's suffix: tab by default, a space, or nothing", async () => {
      const numbering = list(1, [["%1.", "decimal", '<w:suff w:val="space"/>'], ["%1.%2.", "decimal", '<w:suff w:val="nothing"/>'], ["%1.%2.%3.", "decimal"]]);
      const got = await lines({ numbering, body: para("Управлению:", [1, 0]) + para("Провести.", [1, 1]) + para("Обеспечить.", [1, 2]) });
      assert.deepEqual(got, ["1. Управлению:", "1.1.Провести.", "1.1.1.\tОбеспечить."]);
    });

    it("prints bullets the parser knows; Symbol and Courier bullets become «•» and «◦»", async () => {
      const numbering =
        list(1, [["\uF0B7", "bullet"]]) + list(2, [["o", "bullet"]]) + list(3, [["–", "bullet"]]) + list(4, [["\uF0E8", "bullet"]]);
      const got = await lines({ numbering, body: para("один", [1, 0]) + para("два", [2, 0]) + para("три", [3, 0]) + para("четыре", [4, 0]) });
      assert.deepEqual(got, ["\uF0B7\tодин", "◦\tдва", "–\tтри", "•\tчетыре"]);
    });

    it("numbers empty list paragraphs too, without printing a bare label", async () => {
      const numbering = list(1, [["%1.", "decimal"]]);
      const got = await lines({ numbering, body: para("Первый.", [1, 0]) + para("", [1, 0]) + para("Третий.", [1, 0]) });
      assert.deepEqual(got, ["1.\tПервый.", "3.\tТретий."]);
    });

    it("continues a list across unnumbered paragraphs and restarts on a start override", async () => {
      const numbering =
        list(1, [["%1.", "decimal"], ["%1.%2.", "decimal"]]) +
        '<w:num w:numId="2"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="1"/></w:lvlOverride></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:startOverride w:val="5"/></w:lvlOverride></w:num>';
      const got = await lines({
        numbering,
        body: [para("Первый.", [1, 0]), para("Срок: до 01.10.2024"), para("Второй.", [1, 0]), para("Заново.", [2, 0]), para("Подпункт.", [3, 1])].join(""),
      });
      assert.deepEqual(got, ["1.\tПервый.", "Срок: до 01.10.2024", "2.\tВторой.", "1.\tЗаново.", "5.1.\tПодпункт."]);
    });

    it("keeps a deeper level going when its lvlRestart is 0, and restarts it otherwise", async () => {
      const numbering = list(1, [["%1.", "decimal"], ["%2)", "decimal", '<w:lvlRestart w:val="0"/>']]) + list(2, [["%1.", "decimal"], ["%2)", "decimal"]]);
      const body = (id: number) => [para("А", [id, 0]), para("а1", [id, 1]), para("Б", [id, 0]), para("б1", [id, 1])].join("");
      assert.deepEqual(await lines({ numbering, body: body(1) }), ["1.\tА", "1)\tа1", "2.\tБ", "2)\tб1"]);
      assert.deepEqual(await lines({ numbering, body: body(2) }), ["1.\tА", "1)\tа1", "2.\tБ", "1)\tб1"]);
    });

    it("replaces a level by lvlOverride and borrows levels through numStyleLink", async () => {
      const numbering =
        '<w:abstractNum w:abstractNumId="1"><w:styleLink w:val="ListRes"/><w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1."/></w:lvl></w:abstractNum>' +
        '<w:abstractNum w:abstractNumId="2"><w:numStyleLink w:val="ListRes"/></w:abstractNum>' +
        '<w:num w:numId="1"><w:abstractNumId w:val="1"/></w:num>' +
        '<w:num w:numId="2"><w:abstractNumId w:val="2"/></w:num>' +
        '<w:num w:numId="3"><w:abstractNumId w:val="1"/><w:lvlOverride w:ilvl="0"><w:lvl w:ilvl="0"><w:start w:val="3"/><w:numFmt w:val="decimal"/><w:lvlText w:val="%1)"/></w:lvl></w:lvlOverride></w:num>';
      const styles = '<w:style w:type="numbering" w:styleId="ListRes"><w:pPr><w:numPr><w:numId w:val="1"/></w:numPr></w:pPr></w:style>';
      const got = await lines({ numbering, styles, body: para("Первый.", [2, 0]) + para("Второй.", [2, 0]) + para("Особый.", [3, 0]) });
      assert.deepEqual(got, ["1.\tПервый.", "2.\tВторой.", "3)\tОсобый."]);
    });

    it("numbers paragraphs through their style, inherited by basedOn, and numId 0 switches it off", async () => {
      const numbering = list(7, [["%1.", "decimal"], ["%1.%2.", "decimal", '<w:pStyle w:val="Sub"/>']]);
      const styles =
        '<w:style w:type="paragraph" w:styleId="Item"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>' +
        '<w:style w:type="paragraph" w:styleId="ItemBold"><w:basedOn w:val="Item"/></w:style>' +
        '<w:style w:type="paragraph" w:styleId="Sub"><w:pPr><w:numPr><w:numId w:val="7"/></w:numPr></w:pPr></w:style>';
      const style = (s: string) => `<w:pStyle w:val="${s}"/>`;
      const got = await lines({
        numbering,
        styles,
        body: [
          para("Управлению образования:", undefined, style("Item")),
          para("Провести конкурс.", undefined, style("Sub")),
          para("Школам:", undefined, style("ItemBold")),
          para("Без номера.", [0, 0], style("Item")),
        ].join(""),
      });
      assert.deepEqual(got, ["1.\tУправлению образования:", "1.1.\tПровести конкурс.", "2.\tШколам:", "Без номера."]);
    });
  });

  describe("runs", () => {
    it("turns soft breaks into lines and tabs into tabs; keeps hyphens and symbols, drops soft hyphens", async () => {
      const got = await lines({
        body: p(
          t("Руководителям ОО провести мо"),
          run("<w:softHyphen/>"),
          t("ниторинг\u00ADа во 2"),
          run("<w:noBreakHyphen/>"),
          t("м полугодии"),
          run('<w:sym w:font="Symbol" w:char="F02D"/>'),
          t("до 01.10.2024"),
          run("<w:br/>"),
          t("Срок:"),
          run("<w:tab/>"),
          t("до 01.10.2024"),
        ),
      });
      assert.deepEqual(got, ["Руководителям ОО провести мониторинга во 2-м полугодии-до 01.10.2024", "Срок:\tдо 01.10.2024"]);
    });

    it("keeps field results and drops field instructions (HYPERLINK, PAGE, nested)", async () => {
      const fld = (type: string) => run(`<w:fldChar w:fldCharType="${type}"/>`);
      const instr = (s: string) => run(`<w:instrText xml:space="preserve">${s}</w:instrText>`);
      const got = await lines({
        body:
          p(t("Разместить на сайте "), fld("begin"), instr(' HYPERLINK "http://uo.example.ru" '), fld("separate"), t("uo.example.ru"), fld("end"), t(".")) +
          p(t("Страница "), fld("begin"), instr(" PAGE "), fld("separate"), t("3"), fld("end")) +
          p(fld("begin"), instr(" IF "), fld("begin"), instr(" DATE "), fld("end"), instr(' = 1 "скрыто" '), fld("separate"), t("видно"), fld("end")) +
          p('<w:fldSimple w:instr=" DOCPROPERTY Title "><w:r><w:t>Решение коллегии</w:t></w:r></w:fldSimple>') +
          p('<w:hyperlink r:id="rId9">', t("ссылка"), "</w:hyperlink>"),
      });
      assert.deepEqual(got, ["Разместить на сайте uo.example.ru.", "Страница 3", "видно", "Решение коллегии", "ссылка"]);
    });

    it("drops deleted and moved-away revisions and hidden text, keeps insertions", async () => {
      const got = await lines({
        body: p(
          t("Срок: до "),
          '<w:del w:id="1" w:author="А"><w:r><w:delText>01.09.2024</w:delText></w:r></w:del>',
          '<w:ins w:id="2" w:author="А"><w:r><w:t>01.10.2024</w:t></w:r></w:ins>',
          '<w:moveFrom w:id="3" w:author="А"><w:r><w:t> старое</w:t></w:r></w:moveFrom>',
          '<w:r><w:rPr><w:vanish/></w:rPr><w:t> скрытое</w:t></w:r>',
        ),
      });
      assert.deepEqual(got, ["Срок: до 01.10.2024"]);
    });

    it("reads a text box once though Word stores it twice (mc:Choice and mc:Fallback)", async () => {
      const box = (s: string) => `<w:txbxContent>${para(s)}</w:txbxContent>`;
      const got = await lines({
        body: p(
          t("Коллегия РЕШИЛА:"),
          `<w:r><mc:AlternateContent><mc:Choice Requires="wps"><w:drawing><wps:txbx>${box("Текст во врезке")}</wps:txbx></w:drawing></mc:Choice>` +
            `<mc:Fallback><w:pict><v:shape><v:textbox>${box("Текст во врезке")}</v:textbox></v:shape></w:pict></mc:Fallback></mc:AlternateContent></w:r>`,
        ),
      });
      assert.deepEqual(got, ["Коллегия РЕШИЛА:", "Текст во врезке"]);
    });

    it("ignores headers, footers and footnotes", async () => {
      const got = await lines({
        body: p(t("Провести мониторинг"), run('<w:footnoteReference w:id="1"/>'), t(".")) + '<w:sectPr><w:headerReference w:type="default" r:id="rId5"/></w:sectPr>',
        extra: {
          "word/header1.xml": `<w:hdr xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:p><w:r><w:t>Колонтитул</w:t></w:r></w:p></w:hdr>`,
          "word/footnotes.xml": `<w:footnotes xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:footnote w:id="1"><w:p><w:r><w:t>Сноска</w:t></w:r></w:p></w:footnote></w:footnotes>`,
        },
      });
      assert.deepEqual(got, ["Провести мониторинг."]);
    });
  });

  describe("tables", () => {
    const cell = (...ps: string[]) => `<w:tc>${ps.join("")}</w:tc>`;
    const row = (...cells: string[]) => `<w:tr>${cells.join("")}</w:tr>`;

    it("reads a plan table row by row, with Word-numbered № cells and a row of column numbers skipped", async () => {
      const numbering = list(1, [["%1.", "decimal"]]);
      const body =
        para("Коллегия РЕШИЛА:") +
        "<w:tbl>" +
        row(cell(para("№ п/п")), cell(para("Мероприятие")), cell(para("Срок")), cell(para("Ответственный"))) +
        row(cell(para("1")), cell(para("2")), cell(para("3")), cell(para("4"))) +
        row(cell(para("", [1, 0])), cell(para("Провести конкурс «Учитель года»")), cell(para("до 1 декабря 2024 г.")), cell(para("МКУ «ИМЦ»"))) +
        row(cell(para("", [1, 0])), cell(para("Подготовить"), para("аналитическую справку")), cell(para("ежеквартально")), cell(para("Управление образования"))) +
        "</w:tbl>";
      const got = await lines({ numbering, body });
      assert.deepEqual(got, [
        "Коллегия РЕШИЛА:",
        "1. Провести конкурс «Учитель года»",
        "Срок: до 1 декабря 2024 г.",
        "Ответственный: МКУ «ИМЦ»",
        "2. Подготовить аналитическую справку",
        "Срок: ежеквартально",
        "Ответственный: Управление образования",
      ]);
      const doc = parseResolution(await resolutionText(await packDocx({ numbering, body }), "план.docx"));
      assert.deepEqual(doc.directives.map((d) => [d.n, d.deadline.due, d.executors]), [
        ["1", "2024-12-01", ["МКУ «ИМЦ»"]],
        ["2", null, ["Управление образования"]],
      ]);
    });

    it("reads any other table row by row, one line per row", async () => {
      const body = "<w:tbl>" + row(cell(para("Начальник управления")), cell(para("И.И. Иванова"))) + "</w:tbl>";
      assert.deepEqual(await lines({ body }), ["Начальник управления И.И. Иванова"]);
    });
  });
});
