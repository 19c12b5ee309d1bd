import type { NewNotification } from '../notifications/notifications.service';

/** What an employee is told when their leave request is decided (issue 5, notifications). */
export function leaveDecisionMessage(
  decision: 'approve' | 'deny',
  request: { startDate: string; endDate: string },
  reason: string | null,
): NewNotification {
  const range = request.startDate === request.endDate ? request.startDate : `${request.startDate} – ${request.endDate}`;
  const because = reason ? { sv: ` Motivering: ${reason}`, en: ` Reason: ${reason}` } : { sv: '', en: '' };
  return decision === 'approve'
    ? {
        kind: 'leave-approved',
        title: { sv: 'Ledighet beviljad', en: 'Leave approved' },
        body: {
          sv: `Din ansökan om ledighet ${range} är beviljad.${because.sv}`,
          en: `Your leave request for ${range} is approved.${because.en}`,
        },
        link: '/leave',
      }
    : {
        kind: 'leave-denied',
        title: { sv: 'Ledighet avslagen', en: 'Leave denied' },
        body: {
          sv: `Din ansökan om ledighet ${range} är avslagen.${because.sv}`,
          en: `Your leave request for ${range} is denied.${because.en}`,
        },
        link: '/leave',
      };
}
