import { findFullDate } from './extract/text/dates.ts';
console.log(findFullDate('Published October 31, 2024, 8:47 p.m. ET | Updated 11:02 p.m. ET | 5 min read'));
