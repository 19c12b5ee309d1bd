import { DEMO, type DemoIds, demoIds } from '../support/demo-fixtures';
import { type Agent, type TestApp, startTestApp } from '../support/test-app';

describe('staffing needs (bemanningsbehov)', () => {
  let t: TestApp;
  let ids: DemoIds;
  let med1: Agent;
  const url = () => `/api/departments/${ids.department('MED1')}/staffing-needs`;

  beforeAll(async () => {
    t = await startTestApp();
    ids = await demoIds(t.dataSource);
    med1 = await t.login(DEMO.schedulerMed1);
  });
  afterAll(() => t.close());

  it('saves the grid: per day kind and shift type, min and target per profession and skill', async () => {
    const night = ids.shiftType('MED1', 'N');
    const res = await med1.put(url()).send({
      needs: [
        { dayKind: 'mon', shiftTypeId: night, profession: 'sjukskoterska', min: 2, target: 2 },
        {
          dayKind: 'mon',
          shiftTypeId: night,
          profession: 'sjukskoterska',
          skillId: ids.skill('DIALYS'),
          min: 1,
          target: 1,
        },
        { dayKind: 'mon', shiftTypeId: night, profession: 'underskoterska', min: 3, target: 4 },
        { dayKind: 'holiday', shiftTypeId: night, profession: 'underskoterska', min: 2, target: 3 },
      ],
    });
    expect(res.status).toBe(200);
    expect(res.body).toHaveLength(4);
    expect((await med1.get(url())).body).toEqual(
      expect.arrayContaining([expect.objectContaining({ dayKind: 'holiday', min: 2, target: 3 })]),
    );
  });

  it.each([
    ['min above target', { min: 3, target: 2 }, 'needs.0.min', /större än målet/],
    ['neither profession nor skill', { profession: null }, 'needs.0.profession', /yrke, kompetens/],
    ['an unknown day kind', { dayKind: 'funday' }, 'needs.0.dayKind', /ett av/],
    ['a shift type of another department', { shiftTypeId: 'KIR/N' }, 'needs.0.shiftTypeId', /hör inte till enheten/],
  ])('refuses %s and keeps the grid as it was', async (_label, change, field, messageSv) => {
    const before = (await med1.get(url())).body;
    const need: Record<string, unknown> = {
      dayKind: 'tue',
      shiftTypeId: ids.shiftType('MED1', 'D'),
      profession: 'sjukskoterska',
      min: 1,
      target: 2,
      ...change,
    };
    if (need.shiftTypeId === 'KIR/N') need.shiftTypeId = ids.shiftType('KIR', 'N');
    const res = await med1.put(url()).send({ needs: [need] });
    expect(res.status).toBe(400);
    expect(res.body.details).toEqual(
      expect.arrayContaining([expect.objectContaining({ field, messageSv: expect.stringMatching(messageSv) })]),
    );
    expect((await med1.get(url())).body).toEqual(before);
  });

  it("keeps a scheduler out of another department's grid", async () => {
    const res = await med1.put(`/api/departments/${ids.department('KIR')}/staffing-needs`).send({ needs: [] });
    expect(res.status).toBe(403);
  });
});
