// exceljs takes about 2 s to load, most of the service's start-up where files are slow to open (a
// container on an overlay filesystem): it is loaded by the first spreadsheet read or write instead.
import type ExcelJS from 'exceljs';

let loaded: typeof ExcelJS | undefined;

/** The exceljs module, loaded on first use. */
export function exceljs(): typeof ExcelJS {
  loaded ??= require('exceljs') as typeof ExcelJS;
  return loaded;
}
