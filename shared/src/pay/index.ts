export * from './pay-categories';
export * from './swedish-holidays';
export * from './pay-agreement';
export { AB_PAY_AGREEMENT } from './ab-pay-agreement';
export { storhelgWindows, holidayBWindows, windowInstants, type LocalWindow } from './holiday-windows';
export { obDayProfile, type ObProfileSegment } from './ob-day-profile';
export { obTime } from './ob-hours';
export { segmentsOf, workedMs, type WorkSegment } from './work-segments';
export { classifyEmployee, type PayLine, type PayClassificationOptions } from './classify-employee';
export {
  classifyRoster,
  classifyEmployees,
  assertPayable,
  payOptionsFor,
  type PayClassification,
} from './classify-roster';
export * from './pay-classification-error';
export { PAY_CATEGORY_LABELS } from './pay-category-labels';
