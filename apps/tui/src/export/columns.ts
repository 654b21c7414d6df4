// The export tables live in @lede/store so the CLI and the web reader share one definition.
export { exportTables, exportTableNames, type ExportTable, type Cell, type Column, type ColumnType, type ExportRow as Row } from '@lede/store';
