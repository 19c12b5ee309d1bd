// The roster document of issue 3, as the issue shows it: shared by the parser's specs and the
// API's integration test of POST /api/rules/check.
export function issueExample(): Record<string, unknown> {
  return {
    ruleSet: 'ab-hok-vardforbundet',
    parameters: { weeklyRestMode: 'skr-nonoverlap' },
    period: { start: '2025-03-03', end: '2025-03-30' },
    employees: [
      {
        id: 'anna',
        employmentRate: 100,
        fullTimeHoursPerWeek: 38.25,
        nightWorker: false,
        nightWorkBasis: true,
        skills: ['IVA'],
        dygnsbryt: '00:00',
        counters: {
          year: 2025,
          overtimeHoursYtd: 0,
          extraOvertimeHoursYtd: 0,
          mertidHoursYtd: 0,
          overtimeHoursThisMonth: 0,
        },
      },
    ],
    shifts: [
      {
        id: 's1',
        employeeId: 'anna',
        start: '2025-03-10T13:30',
        end: '2025-03-10T21:30',
        breakMinutes: 30,
        kind: 'work',
        overtime: false,
        requiredSkill: null,
      },
      {
        id: 's2',
        employeeId: 'anna',
        start: '2025-03-11T07:00',
        end: '2025-03-11T15:30',
        breakMinutes: 30,
        kind: 'work',
        overtime: false,
        requiredSkill: null,
      },
    ],
    absences: [{ employeeId: 'anna', start: '2025-03-12', end: '2025-03-14', type: 'leave' }],
    exceptions: [
      { employeeId: 'anna', ruleId: 'daily-rest', type: 'planned-9h', shiftIds: ['s2'], reason: 'särskilda skäl' },
    ],
  };
}
