import type { LocalizedText } from '@bemanna/shared';
import type { NewNotification } from '../notifications/notifications.service';
import type { ShiftCard } from '../shift-exchange/exchange-lookup';

// What each step of a swap tells the people concerned (in-app and e-mail alike).

const LINK = '/swaps';

/** "2026-03-10 13:30–21:30 (Medicin 1)" */
export function describeShift(s: ShiftCard): string {
  return `${s.date} ${s.startLocal.slice(11, 16)}–${s.endLocal.slice(11, 16)} (${s.departmentName})`;
}

function quote(message: string | null): LocalizedText {
  return message ? { sv: ` Meddelande: ”${message}”`, en: ` Message: “${message}”` } : { sv: '', en: '' };
}

export function offeredToColleague(
  from: string,
  offered: ShiftCard,
  requested: ShiftCard,
  message: string | null,
): NewNotification {
  const q = quote(message);
  return {
    kind: 'swap-offered',
    title: { sv: 'Förfrågan om passbyte', en: 'Shift swap request' },
    body: {
      sv: `${from} vill byta sitt pass ${describeShift(offered)} mot ditt pass ${describeShift(requested)}.${q.sv}`,
      en: `${from} would like to swap their shift ${describeShift(offered)} for your shift ${describeShift(requested)}.${q.en}`,
    },
    link: LINK,
  };
}

export function offeredToAnyone(from: string, offered: ShiftCard, message: string | null): NewNotification {
  const q = quote(message);
  return {
    kind: 'swap-offered',
    title: { sv: 'Pass att ta över', en: 'A shift to take over' },
    body: {
      sv: `${from} erbjuder sitt pass ${describeShift(offered)} till den som kan ta det.${q.sv}`,
      en: `${from} offers their shift ${describeShift(offered)} to anyone who can take it.${q.en}`,
    },
    link: LINK,
  };
}

export function acceptedAwaitingApproval(by: string, offered: ShiftCard): NewNotification {
  return {
    kind: 'swap-accepted',
    title: { sv: 'Bytet är accepterat', en: 'Swap accepted' },
    body: {
      sv: `${by} har accepterat bytet av ditt pass ${describeShift(offered)}. Det väntar nu på schemaläggarens godkännande.`,
      en: `${by} accepted the swap of your shift ${describeShift(offered)}. It now waits for the scheduler's approval.`,
    },
    link: LINK,
  };
}

export function awaitingApproval(
  from: string,
  to: string,
  offered: ShiftCard,
  requested: ShiftCard | null,
  warnings: number,
): NewNotification {
  const what = requested
    ? {
        sv: `${from} och ${to} vill byta pass: ${describeShift(offered)} mot ${describeShift(requested)}.`,
        en: `${from} and ${to} want to swap shifts: ${describeShift(offered)} for ${describeShift(requested)}.`,
      }
    : {
        sv: `${to} vill ta över ${from}s pass ${describeShift(offered)}.`,
        en: `${to} wants to take over ${from}'s shift ${describeShift(offered)}.`,
      };
  const note =
    warnings > 0
      ? { sv: ` ${warnings} mjuka regler påverkas.`, en: ` ${warnings} soft rules are affected.` }
      : { sv: ' Inga regler bryts.', en: ' No rule is broken.' };
  return {
    kind: 'swap-awaiting-approval',
    title: { sv: 'Passbyte att godkänna', en: 'Shift swap to approve' },
    body: { sv: what.sv + note.sv, en: what.en + note.en },
    link: `${LINK}/approvals`,
  };
}

/** Told to each person: what they work now instead. */
export function approved(gives: ShiftCard | null, takes: ShiftCard | null): NewNotification {
  const body =
    gives && takes
      ? {
          sv: `Bytet är genomfört: du arbetar ${describeShift(takes)} i stället för ${describeShift(gives)}.`,
          en: `The swap is done: you work ${describeShift(takes)} instead of ${describeShift(gives)}.`,
        }
      : gives
        ? {
            sv: `Bytet är genomfört: passet ${describeShift(gives)} är inte längre ditt.`,
            en: `The swap is done: the shift ${describeShift(gives)} is no longer yours.`,
          }
        : {
            sv: `Bytet är genomfört: passet ${describeShift(takes!)} är ditt.`,
            en: `The swap is done: the shift ${describeShift(takes!)} is yours.`,
          };
  return { kind: 'swap-approved', title: { sv: 'Passbytet är klart', en: 'Shift swap done' }, body, link: LINK };
}

export function refused(offered: ShiftCard, reasons: LocalizedText[]): NewNotification {
  return {
    kind: 'swap-refused',
    title: { sv: 'Passbytet gick inte igenom', en: 'The shift swap did not go through' },
    body: {
      sv: `Bytet av passet ${describeShift(offered)} gick inte igenom. ${reasons.map((r) => r.sv).join(' ')}`,
      en: `The swap of the shift ${describeShift(offered)} did not go through. ${reasons.map((r) => r.en).join(' ')}`,
    },
    link: LINK,
  };
}

export function declined(by: string, offered: ShiftCard): NewNotification {
  return {
    kind: 'swap-declined',
    title: { sv: 'Nej till passbyte', en: 'Shift swap declined' },
    body: {
      sv: `${by} tackade nej till bytet av ditt pass ${describeShift(offered)}.`,
      en: `${by} declined the swap of your shift ${describeShift(offered)}.`,
    },
    link: LINK,
  };
}

export function withdrawn(by: string, offered: ShiftCard): NewNotification {
  return {
    kind: 'swap-withdrawn',
    title: { sv: 'Förfrågan om passbyte återtagen', en: 'Shift swap withdrawn' },
    body: {
      sv: `${by} har dragit tillbaka bytet av passet ${describeShift(offered)}.`,
      en: `${by} withdrew the swap of the shift ${describeShift(offered)}.`,
    },
    link: LINK,
  };
}
