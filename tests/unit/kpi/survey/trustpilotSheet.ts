import type { Sheet, SheetCell } from '../../../../shared/kpi/types';

// The "Trustpilot export" sheet of journey_kpi_workbook.xlsx cell by cell, as an xlsx reader
// returns it (xl/worksheets/sheet2.xml: B is a datetime serial with format 166, I6 absent).
// trustpilotWorkbook.test.ts reads the same sheet from the real file through core's reader.
export const s = (value: string): SheetCell => ({ type: 'string', value });
export const n = (value: number, format?: string): SheetCell => (format ? { type: 'number', value, format } : { type: 'number', value });
const DT = 'yyyy\\-mm\\-dd\\ hh:mm:ss';
const HEADER = ['Review Id', 'Review Created (UTC)', 'Review Consumer User Id', 'Review Username', 'Review Title', 'Review Content', 'Review Stars', 'Source Of Review', 'Reference Id', 'Domain URL', 'Webshop Name', 'Business Unit Id'];
const tail = [s('www.northwind-outdoor.example'), s('Northwind Outdoor'), s('5a1b2c3d4e5f6a7b8c9d0e1f')];
export const trustpilotSheet = (refCell: SheetCell = s('00012345')): Sheet => ({
  name: 'Trustpilot export',
  rows: [
    HEADER.map(s),
    [s('664f0a1b2c3d4e5f6a7b8c01'), n(45415.431759259256, DT), s('5f9a0b1c2d3e4f5a6b7c8d01'), s('Hannah R.'), s('Great After-Sales Service!'), s('Wrong size sent, exchanged within 3 days, no fuss.'), n(5), s('AFSv2'), s('NW-100270'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c02'), n(45421.70978009259, DT), s('5f9a0b1c2d3e4f5a6b7c8d02'), s('Tom'), s('Checkout kept failing'), s('Card declined three times at payment step, worked on PayPal in the end.'), n(2), s('AFSv2'), s('NW-100341'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c03'), n(45426.364583333336, DT), s('5f9a0b1c2d3e4f5a6b7c8d03'), s('Aoife Byrne'), s('Fast delivery'), s('Arrived next day as promised.'), n(5), s('Organic'), refCell, ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c04'), n(45433.84140046296, DT), s('5f9a0b1c2d3e4f5a6b7c8d04'), s('M. Schulz'), s('Okay'), s('Jacket is fine, packaging excessive.'), n(3), s('AFSv2'), s('NW-100466'), ...tail],
    [s('664f0a1b2c3d4e5f6a7b8c05'), n(45442.50021990741, DT), s('5f9a0b1c2d3e4f5a6b7c8d05'), s('priya_k'), s('Refund still pending'), s("Returned boots 3 weeks ago, still no refund and support doesn't reply."), n(1), s('AFSv2'), null, ...tail],
  ],
});
