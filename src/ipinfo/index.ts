export { parseIpInfoTable, type IpInfoLookup, type NetworkInfo, type TableProblem } from './table.js';
