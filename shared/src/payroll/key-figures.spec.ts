import { payrollKeyFigures } from './key-figures';

describe('payrollKeyFigures', () => {
  const staff = [
    {
      isAgency: false,
      totals: {
        ordinary: 100,
        'overtime-simple': 2,
        'overtime-qualified': 1,
        'ob-d': 3,
        'ob-b-night': 4,
        'absence-sick': 8,
      },
    },
    { isAgency: true, totals: { ordinary: 40, mertid: 5, 'ob-c': 2 } },
  ];

  it('sums overtime, mertid, OB, sickness and agency hours', () => {
    expect(payrollKeyFigures(staff, null)).toEqual({
      workedHours: 148,
      overtimeHours: 3,
      overtimeSimpleHours: 2,
      overtimeQualifiedHours: 1,
      estimatedOvertimeCost: null,
      mertidHours: 5,
      estimatedMertidCost: null,
      obHours: 9,
      sickHours: 8,
      agencyHours: 45,
    });
  });

  it('estimates the cost from an average monthly salary: 180 % / 240 % / 120 % of salary ÷ 165', () => {
    const figures = payrollKeyFigures(staff, 33_000);
    // 200 kr/h: 2 × 360 + 1 × 480 = 1 200; mertid 5 × 240 = 1 200.
    expect(figures.estimatedOvertimeCost).toBe(1200);
    expect(figures.estimatedMertidCost).toBe(1200);
  });
});
