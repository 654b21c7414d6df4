export { exportRows, type ExportFilter, type ExportOrder } from '@lede/store';
