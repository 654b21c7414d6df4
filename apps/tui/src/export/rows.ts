export { exportRows, type ExportFilter } from '@lede/store';
