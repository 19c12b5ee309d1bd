// AB (Allmänna bestämmelser) § 20–21 for the region sector as RULES.md A4 and Part B §2.3, §3.1,
// §3.2 describe them. The windows are VERIFIED wording (Vårdförbundet 2016 page) except where
// noted; `fridayStart` 19:00 and `pingstIsStorhelg` false are the A4 defaults of two UNVERIFIED
// claims (AB 25 moving B to Friday 17:00; pingst dropped from storhelg in SKR's area).
import { type PayAgreementVersion } from './pay-agreement';

export const AB_PAY_AGREEMENT: readonly PayAgreementVersion[] = [
  {
    agreement: 'ab',
    validFrom: '2016-12-01',
    source: 'AB § 20, § 21 (O-tilläggstid A–D); RULES.md A4, Part B §2.3, §3.1–3.2, §0.7',
    ob: {
      priority: ['ob-a', 'ob-b', 'ob-c', 'ob-d'],
      d: { weekdays: [1, 2, 3, 4, 5], from: '19:00', to: '22:00' },
      c: { nightsStartingOn: [1, 2, 3, 4], from: '22:00', to: '06:00' },
      b: {
        fridayStart: '19:00',
        eveStartHolidays: [
          'trettondedag-jul',
          'forsta-maj',
          'kristi-himmelsfardsdag',
          'nationaldagen',
          'alla-helgons-dag',
        ],
        eveStart: '16:00',
        endsAt: '07:00',
      },
      a: {
        blocks: [
          { name: 'pask', days: ['langfredagen', 'paskafton', 'paskdagen', 'annandag-pask'] },
          { name: 'midsommar', days: ['midsommarafton', 'midsommardagen'] },
          { name: 'jul', days: ['julafton', 'juldagen', 'annandag-jul'] },
          { name: 'nyar', days: ['nyarsafton', 'nyarsdagen'] },
        ],
        pingstIsStorhelg: false,
        pingstBlock: { name: 'pingst', days: ['pingstafton', 'pingstdagen'] },
        startsDayBefore: '18:00',
        endsAt: '07:00',
      },
      // "Nights toward Saturday, Sunday or a public holiday"; ka.se 2017: the nights toward
      // nyårsafton and (so) the other eves treated like holidays are raised too.
      night: {
        from: '22:00',
        to: '06:00',
        towardWeekdays: [6, 7],
        towardPublicHolidays: true,
        towardEves: ['midsommarafton', 'julafton', 'nyarsafton'],
      },
      // DIK: during overtime OB is paid only if the employee normally works OB hours, which the
      // roster document does not say; overtime is paid 180/240 % instead. Fyllnadstid gets OB.
      onMertid: true,
      onOvertime: false,
    },
    overtime: { simpleWindowHours: 2, simpleMaxHoursPerShift: 2 },
    obMonthlyRounding: { stepHours: 0.5, minimumHours: 1 },
  },
];
