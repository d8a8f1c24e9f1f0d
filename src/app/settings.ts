// «Настройки» is read in the core (src/core/settings.ts), where ingestion and the parser can
// reach it too; this module keeps the names the app and the pane import.
export { defaultSettingsRows, readSettings, SETTING_NAMES, type SettingsRead } from "../core/settings";
