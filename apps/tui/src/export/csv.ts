export { csvField, csvHeader, csvLine } from '@lede/store/read';
