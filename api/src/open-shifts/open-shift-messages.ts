import { type ExtraTime, extraTimeText, toLocalIso } from '@bemanna/shared';
import type { NewNotification } from '../notifications/notifications.service';
import type { ShiftCard } from '../shift-exchange/exchange-lookup';
import { describeShift } from '../swaps/swap-messages';

// What each step of an open shift tells the people concerned (in-app and e-mail alike).

const EMPLOYEE_LINK = '/open-shifts';
const SCHEDULER_LINK = '/open-shifts/manage';

function clock(instant: Date): string {
  return toLocalIso(instant.getTime()).slice(0, 16).replace('T', ' ');
}

export function published(card: ShiftCard, deadline: Date, extra: ExtraTime): NewNotification {
  const hint = extraTimeText(extra);
  return {
    kind: 'open-shift-published',
    title: { sv: 'Ledigt pass du kan ta', en: 'An open shift you can take' },
    body: {
      sv: `Ledigt pass ${describeShift(card)}. För dig: ${hint.sv}. Anmäl intresse senast ${clock(deadline)}.`,
      en: `Open shift ${describeShift(card)}. For you: ${hint.en}. Apply by ${clock(deadline)}.`,
    },
    link: EMPLOYEE_LINK,
  };
}

export function applied(name: string, card: ShiftCard, extra: ExtraTime): NewNotification {
  const hint = extraTimeText(extra);
  return {
    kind: 'open-shift-application',
    title: { sv: 'Intresseanmälan för ledigt pass', en: 'Application for an open shift' },
    body: {
      sv: `${name} vill ta passet ${describeShift(card)} (${hint.sv}).`,
      en: `${name} would like to take the shift ${describeShift(card)} (${hint.en}).`,
    },
    link: SCHEDULER_LINK,
  };
}

export function assigned(card: ShiftCard): NewNotification {
  return {
    kind: 'open-shift-assigned',
    title: { sv: 'Du har fått passet', en: 'The shift is yours' },
    body: {
      sv: `Passet ${describeShift(card)} är ditt.`,
      en: `The shift ${describeShift(card)} is yours.`,
    },
    link: EMPLOYEE_LINK,
  };
}

export function notChosen(card: ShiftCard): NewNotification {
  return {
    kind: 'open-shift-not-chosen',
    title: { sv: 'Passet gick till en kollega', en: 'The shift went to a colleague' },
    body: {
      sv: `Passet ${describeShift(card)} har gått till en kollega. Tack för din anmälan!`,
      en: `The shift ${describeShift(card)} went to a colleague. Thank you for applying!`,
    },
    link: EMPLOYEE_LINK,
  };
}

export function withdrawn(card: ShiftCard): NewNotification {
  return {
    kind: 'open-shift-withdrawn',
    title: { sv: 'Ledigt pass återtaget', en: 'Open shift withdrawn' },
    body: {
      sv: `Det lediga passet ${describeShift(card)} är inte längre ute.`,
      en: `The open shift ${describeShift(card)} is no longer offered.`,
    },
    link: EMPLOYEE_LINK,
  };
}
