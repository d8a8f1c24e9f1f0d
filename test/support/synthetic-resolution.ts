// A generated resolution in the genre's style with N directives, for sync counts and benchmarks.
const VERBS = ["Обеспечить", "Организовать", "Провести", "Продолжить работу по", "Разработать"];
const OBJECTS = [
  "участие педагогов в курсах повышения квалификации",
  "мониторинг качества образования в общеобразовательных организациях",
  "методическое сопровождение молодых педагогов",
  "охват обучающихся программами дополнительного образования до 80 %",
  "информирование родителей о результатах оценочных процедур",
];
const DEADLINES = ["до 01.12.2024", "постоянно", "в течение 2024-2025 учебного года", "декабрь 2024 г.", "ежеквартально"];
const GROUPS = ["Управлению образования", "МКУ «ИМЦ»", "Руководителям общеобразовательных организаций"];

export function syntheticResolution(directives: number): string {
  const lines = [
    "РЕЗОЛЮЦИЯ",
    "августовской конференции педагогических работников Заречного муниципального района",
    "28 августа 2024 года",
    "",
    "Заслушав и обсудив доклад начальника управления образования, конференция РЕШИЛА:",
  ];
  const perGroup = Math.ceil(directives / GROUPS.length);
  let made = 0;
  GROUPS.forEach((group, g) => {
    if (made >= directives) return;
    lines.push(`${g + 1}. ${group}:`);
    for (let k = 1; k <= perGroup && made < directives; k++, made++) {
      lines.push(`${g + 1}.${k}. ${VERBS[made % VERBS.length]} ${OBJECTS[(made * 3) % OBJECTS.length]} (пункт ${made + 1}).`);
      lines.push(`Срок: ${DEADLINES[made % DEADLINES.length]}.`);
    }
  });
  lines.push("", "Председатель конференции                     А.В. Петрова");
  return lines.join("\n");
}
