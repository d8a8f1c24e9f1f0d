// Decision № 5 of a collegium meeting on 28.08.2024: shared by the tests of several documents in
// one file (parse) and of ids that must not collide (import). Each test writes its own № 6.
export const DECISION_5 = `РЕШЕНИЕ № 5
коллегии управления образования администрации Заречного района
от 28.08.2024
«Об итогах государственной итоговой аттестации в 2024 году»
Коллегия РЕШИЛА:
1. Руководителям общеобразовательных организаций провести анализ результатов ГИА. Срок: до 01.10.2024.
2. МКУ «ИМЦ» организовать курсы для учителей математики. Срок: до 01.12.2024.
`;
