// A small fictional district for tests.
import type { Organisation } from "../../src/core/model";

const org = (code: string, shortName: string, type: string, groups: string[] = [], aliases: string[] = []): Organisation => ({
  code,
  shortName,
  fullName: shortName,
  type,
  groups,
  aliases,
  email: "",
  head: "",
});

export const TEST_ORGS: Organisation[] = [
  org("УО", "Управление образования", "УО", [], ["Управление образования администрации Заречного района"]),
  org("ИМЦ", "МКУ «Информационно-методический центр»", "МКУ", [], ["ИМЦ"]),
  org("ОО-01", "МБОУ «СОШ № 1»", "ОО", ["школы города"]),
  org("ОО-02", "МБОУ «СОШ № 2»", "ОО", ["школы города"]),
  org("ДОО-01", "МБДОУ «Детский сад № 1»", "ДОО"),
  org("УДО-01", "МБУ ДО «Дом детского творчества»", "УДО"),
];
