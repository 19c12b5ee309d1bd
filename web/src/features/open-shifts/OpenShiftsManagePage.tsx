import { PROFESSIONS, type Profession } from '@bemanna/shared';
import { type FormEvent, useEffect, useId, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import type { Department } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Field } from '../../ui/Field';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { StatusMessage } from '../../ui/StatusMessage';
import { useDepartments } from '../departments/departments.queries';
import { Reasons } from '../swaps/Reasons';
import { ShiftSummary } from '../swaps/ShiftSummary';
import { wallClockInput } from '../swaps/shift-text';
import type { ExchangeShift } from '../swaps/swaps.queries';
import { ExtraTimeBadge } from './ExtraTimeBadge';
import {
  type OpenShift,
  useAssign,
  useOpenShifts,
  usePublishOpenShift,
  useSaveSelfServiceSettings,
  useSelfServiceSettings,
  useUnassignedShifts,
  useWithdrawOpenShift,
} from './open-shifts.queries';
import '../swaps/swaps.css';

const DAY_MS = 86_400_000;

/** The scheduler's side: put unstaffed shifts out, pick among applicants, see what needs agency staff. */
export function OpenShiftsManagePage() {
  const { t } = useTranslation();
  const departments = useDepartments();
  const [params, setParams] = useSearchParams();
  const managed = useMemo(
    () => (departments.data ?? []).filter((d) => d.managed && d.kind !== 'hospital' && d.kind !== 'clinic'),
    [departments.data],
  );
  const departmentId = params.get('department') ?? managed[0]?.id ?? null;
  const unassignedId = useId();
  const postedId = useId();
  const unassigned = useUnassignedShifts(departmentId);
  const postings = useOpenShifts(departmentId ?? undefined);
  const current = (postings.data ?? []).filter((p) => p.status === 'open' || p.status === 'filled');
  return (
    <div className="exchange-page exchange-page--wide">
      <PageHeader title={t('openShifts.manageTitle')} description={t('openShifts.manageIntro')} />
      <ErrorBanner error={departments.error} />
      <Field label={t('openShifts.department')} className="exchange-department">
        {(control) => (
          <select
            {...control}
            value={departmentId ?? ''}
            onChange={(e) => setParams({ department: e.target.value }, { replace: true })}
          >
            {managed.map((d) => (
              <option key={d.id} value={d.id}>
                {d.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {departmentId ? (
        <>
          <section className="card exchange-section" aria-labelledby={postedId}>
            <h2 id={postedId}>{t('openShifts.postedTitle')}</h2>
            <ErrorBanner error={postings.error} />
            {postings.isPending ? (
              <Loading />
            ) : current.length === 0 ? (
              <p className="empty">{t('openShifts.noPosted')}</p>
            ) : (
              <ul className="exchange-list">
                {current.map((p) => (
                  <PostingItem key={p.id} posting={p} />
                ))}
              </ul>
            )}
          </section>
          <section className="card exchange-section" aria-labelledby={unassignedId}>
            <h2 id={unassignedId}>{t('openShifts.unassignedTitle')}</h2>
            <ErrorBanner error={unassigned.error} />
            {unassigned.isPending ? (
              <Loading />
            ) : (unassigned.data ?? []).length === 0 ? (
              <p className="empty">{t('openShifts.noUnassigned')}</p>
            ) : (
              <ul className="exchange-list">
                {unassigned.data!.map((s) => (
                  <UnassignedItem
                    key={s.id}
                    shift={s}
                    others={(departments.data ?? []).filter(
                      (d) => d.id !== departmentId && (d.kind === 'ward' || d.kind === 'reception'),
                    )}
                  />
                ))}
              </ul>
            )}
          </section>
          <SettingsForm departmentId={departmentId} />
        </>
      ) : null}
    </div>
  );
}

function PostingItem({ posting }: { posting: OpenShift }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const assign = useAssign();
  const withdraw = useWithdrawOpenShift();
  const agency = posting.agency;
  return (
    <li className="exchange-item">
      <div className="exchange-item__head">
        <ShiftSummary shift={posting.shift} />
        <span className={`badge ${posting.status === 'filled' ? 'badge--ok' : 'badge--muted'} exchange-status`}>
          {t(`openShifts.status.${posting.status}`)}
        </span>
      </div>
      {agency?.flagged ? (
        <p className="banner banner--warning exchange-reasons">
          {t('openShifts.agency', { cost: (agency.estimatedCost ?? 0).toLocaleString('sv-SE') })}
        </p>
      ) : null}
      {posting.filledBy ? <p className="muted">{t('openShifts.filledBy', { name: posting.filledBy.name })}</p> : null}
      <ErrorBanner error={assign.error ?? withdraw.error} />
      {posting.status === 'open' ? (
        <>
          <h3 className="exchange-subtitle">{t('openShifts.applicants')}</h3>
          {posting.applicants.length === 0 ? (
            <p className="muted">{t('openShifts.noApplicants')}</p>
          ) : (
            <ul className="exchange-applicants">
              {posting.applicants.map((a) => (
                <li key={a.employeeId} className="exchange-applicant">
                  <div className="exchange-applicant__who">
                    <span className="exchange-item__title">{a.name}</span>
                    <span className="muted">{labels.profession(a.profession)}</span>
                    <span className="exchange-cost">
                      {a.eligible ? (
                        <ExtraTimeBadge extra={a.extraTime} whose="theirs" />
                      ) : (
                        <span className="badge badge--warning">{t('openShifts.notEligible')}</span>
                      )}
                    </span>
                  </div>
                  <Reasons reasons={a.reasons} tone="warning" />
                  {a.eligible ? (
                    <button
                      type="button"
                      className="button button--primary button--large"
                      disabled={assign.isPending}
                      onClick={() => assign.mutate({ posting, employeeId: a.employeeId })}
                    >
                      {t('openShifts.choose')}
                    </button>
                  ) : null}
                </li>
              ))}
            </ul>
          )}
          <div className="exchange-actions">
            <button
              type="button"
              className="button button--secondary"
              disabled={withdraw.isPending}
              onClick={() => withdraw.mutate(posting)}
            >
              {t('openShifts.withdraw')}
            </button>
          </div>
        </>
      ) : null}
    </li>
  );
}

function UnassignedItem({ shift, others }: { shift: ExchangeShift; others: Department[] }) {
  const { t } = useTranslation();
  const labels = useLabels();
  const publish = usePublishOpenShift();
  const [open, setOpen] = useState(false);
  const start = Date.parse(shift.startLocal);
  const [profession, setProfession] = useState<Profession | ''>('sjukskoterska');
  const [deadline, setDeadline] = useState(() => wallClockInput(Math.max(Date.now(), start - DAY_MS)));
  const [includePool, setIncludePool] = useState(false);
  const [include, setInclude] = useState<string[]>([]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    publish.mutate({
      shiftId: shift.id,
      profession: profession || null,
      deadline,
      includePool,
      includeDepartmentIds: include,
    });
  };
  return (
    <li className="exchange-item">
      <ShiftSummary shift={shift} />
      {open ? (
        <form onSubmit={submit} className="exchange-publish">
          <Field label={t('openShifts.profession')}>
            {(control) => (
              <select {...control} value={profession} onChange={(e) => setProfession(e.target.value as Profession)}>
                <option value="">{t('openShifts.anyProfession')}</option>
                {PROFESSIONS.map((p) => (
                  <option key={p} value={p}>
                    {labels.profession(p)}
                  </option>
                ))}
              </select>
            )}
          </Field>
          <Field label={t('openShifts.deadlineLabel')} hint={t('openShifts.deadlineHint')}>
            {(control) => (
              <input
                {...control}
                type="datetime-local"
                value={deadline}
                onChange={(e) => setDeadline(e.target.value)}
              />
            )}
          </Field>
          <label className="exchange-toggle">
            <input type="checkbox" checked={includePool} onChange={(e) => setIncludePool(e.target.checked)} />
            <span>{t('openShifts.includePool')}</span>
          </label>
          {others.length > 0 ? (
            <fieldset className="exchange-include">
              <legend className="field__label">{t('openShifts.includeDepartments')}</legend>
              {others.map((d) => (
                <label key={d.id} className="checkbox">
                  <input
                    type="checkbox"
                    checked={include.includes(d.id)}
                    onChange={(e) =>
                      setInclude((list) => (e.target.checked ? [...list, d.id] : list.filter((x) => x !== d.id)))
                    }
                  />
                  <span>{d.name}</span>
                </label>
              ))}
            </fieldset>
          ) : null}
          <ErrorBanner error={publish.error} />
          <div className="exchange-actions">
            <button type="submit" className="button button--primary button--large" disabled={publish.isPending}>
              {t('openShifts.publish')}
            </button>
            <button type="button" className="button button--secondary button--large" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      ) : (
        <div className="exchange-actions">
          <button type="button" className="button button--secondary button--large" onClick={() => setOpen(true)}>
            {t('openShifts.publish')}
          </button>
        </div>
      )}
    </li>
  );
}

function SettingsForm({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const settings = useSelfServiceSettings(departmentId);
  const save = useSaveSelfServiceSettings();
  const [swapApproval, setSwapApproval] = useState<'scheduler' | 'automatic'>('scheduler');
  const [assignment, setAssignment] = useState<'scheduler' | 'first-eligible'>('scheduler');
  const [rate, setRate] = useState('1100');
  useEffect(() => {
    if (!settings.data) return;
    setSwapApproval(settings.data.swapApproval);
    setAssignment(settings.data.openShiftAssignment);
    setRate(String(settings.data.agencyHourlyRate));
  }, [settings.data]);
  const submit = (e: FormEvent) => {
    e.preventDefault();
    save.mutate({
      departmentId,
      body: {
        swapApproval,
        openShiftAssignment: assignment,
        agencyHourlyRate: Number(rate),
        version: settings.data?.version,
      },
    });
  };
  return (
    <section className="card exchange-section" aria-labelledby={headingId}>
      <h2 id={headingId}>{t('openShifts.settingsTitle')}</h2>
      <ErrorBanner error={settings.error ?? save.error} />
      <form onSubmit={submit}>
        <Field label={t('openShifts.swapApproval')}>
          {(control) => (
            <select
              {...control}
              value={swapApproval}
              onChange={(e) => setSwapApproval(e.target.value as 'scheduler' | 'automatic')}
            >
              <option value="scheduler">{t('openShifts.swapApprovalScheduler')}</option>
              <option value="automatic">{t('openShifts.swapApprovalAutomatic')}</option>
            </select>
          )}
        </Field>
        <Field label={t('openShifts.assignment')}>
          {(control) => (
            <select
              {...control}
              value={assignment}
              onChange={(e) => setAssignment(e.target.value as 'scheduler' | 'first-eligible')}
            >
              <option value="scheduler">{t('openShifts.assignmentScheduler')}</option>
              <option value="first-eligible">{t('openShifts.assignmentFirst')}</option>
            </select>
          )}
        </Field>
        <Field label={t('openShifts.agencyRate')}>
          {(control) => (
            <input
              {...control}
              type="number"
              min={0}
              step={10}
              value={rate}
              onChange={(e) => setRate(e.target.value)}
            />
          )}
        </Field>
        <StatusMessage message={save.isSuccess ? t('openShifts.settingsSaved') : null} />
        <button type="submit" className="button button--primary" disabled={save.isPending || settings.isPending}>
          {t('common.save')}
        </button>
      </form>
    </section>
  );
}
