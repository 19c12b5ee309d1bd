import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterPeriod, RosterView } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useRuleCatalog } from '../roster.queries';
import {
  isActive,
  useAcceptGeneration,
  useCancelGeneration,
  useDiscardGeneration,
  useGenerationRun,
  useGenerationRuns,
  useStartGeneration,
} from './generation.queries';
import { GenerationWeights } from './GenerationWeights';
import { PersonLimits } from './PersonLimits';
import { ProposalReview } from './ProposalReview';
import './generation.css';

const TIME_LIMITS = [10, 30, 60, 120, 300];

interface GeneratePanelProps {
  period: RosterPeriod;
  view: RosterView;
}

/**
 * Automatic roster generation for the period: the settings, the live progress of the background
 * job (with cancel), then the proposal to review, accept in full or in part, or discard.
 */
export function GeneratePanel({ period, view }: GeneratePanelProps) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const catalog = useRuleCatalog();
  const [open, setOpen] = useState(false);
  const [mode, setMode] = useState<'generate' | 'fill-gaps'>('generate');
  const [keepExisting, setKeepExisting] = useState(true);
  const [timeLimitSeconds, setTimeLimit] = useState(30);
  const [runId, setRunId] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const start = useStartGeneration(period.id);
  const cancel = useCancelGeneration();
  const accept = useAcceptGeneration(period.id);
  const discard = useDiscardGeneration();
  const run = useGenerationRun(runId);
  // An accepted or discarded run is history: the panel starts afresh.
  const current = run.data && run.data.status !== 'accepted' && run.data.status !== 'discarded' ? run.data : undefined;
  const earlier = useGenerationRuns(period.id);

  // After a reload, a run that is still going or waiting for review is shown again.
  useEffect(() => {
    const latest = earlier.data?.[0];
    if (latest && (isActive(latest) || latest.status === 'proposal')) setRunId((id) => id ?? latest.id);
  }, [earlier.data]);

  const close = (message: string | null) => {
    setRunId(null);
    setOpen(false);
    setStatus(message);
  };

  const begin = () => {
    setStatus(null);
    start.mutate(
      { mode, keepExisting: mode === 'fill-gaps' ? true : keepExisting, timeLimitSeconds },
      { onSuccess: (r) => setRunId(r.id) },
    );
  };

  const progress = current?.progress;
  const elapsed = Math.min(progress?.elapsedMs ?? 0, progress?.timeLimitMs ?? 0);
  const limit = progress?.timeLimitMs ?? timeLimitSeconds * 1000;

  return (
    <section className="card generate-panel" aria-labelledby="generate-title">
      <div className="generate-panel__head">
        <h2 id="generate-title" className="generate-panel__title">
          {t('generation.title')}
        </h2>
        {!open && !current ? (
          <button type="button" className="button button--secondary" onClick={() => setOpen(true)}>
            {t('generation.open')}
          </button>
        ) : null}
      </div>
      <StatusMessage message={status} />

      {open && !current ? (
        <form
          className="generate-form"
          onSubmit={(e) => {
            e.preventDefault();
            begin();
          }}
        >
          <fieldset className="generate-form__group">
            <legend>{t('generation.mode')}</legend>
            <label className="generate-form__choice">
              <input type="radio" name="mode" checked={mode === 'generate'} onChange={() => setMode('generate')} />
              <span>
                {t('generation.modeGenerate')}
                <small>{t('generation.modeGenerateHint')}</small>
              </span>
            </label>
            <label className="generate-form__choice">
              <input type="radio" name="mode" checked={mode === 'fill-gaps'} onChange={() => setMode('fill-gaps')} />
              <span>
                {t('generation.modeFillGaps')}
                <small>{t('generation.modeFillGapsHint')}</small>
              </span>
            </label>
          </fieldset>
          {mode === 'generate' ? (
            <fieldset className="generate-form__group">
              <legend>{t('generation.existing')}</legend>
              <label className="generate-form__choice">
                <input type="radio" name="keep" checked={keepExisting} onChange={() => setKeepExisting(true)} />
                <span>{t('generation.keep')}</span>
              </label>
              <label className="generate-form__choice">
                <input type="radio" name="keep" checked={!keepExisting} onChange={() => setKeepExisting(false)} />
                <span>
                  {t('generation.replace')}
                  <small>{t('generation.replaceHint')}</small>
                </span>
              </label>
            </fieldset>
          ) : null}
          <label className="generate-form__limit">
            <span>{t('generation.timeLimit')}</span>
            <select value={timeLimitSeconds} onChange={(e) => setTimeLimit(Number(e.target.value))}>
              {TIME_LIMITS.map((s) => (
                <option key={s} value={s}>
                  {s < 60 ? t('generation.seconds', { count: s }) : t('generation.minutes', { count: s / 60 })}
                </option>
              ))}
            </select>
          </label>
          <div className="generate-form__actions">
            <button type="submit" className="button button--primary" disabled={start.isPending}>
              {t('generation.start')}
            </button>
            <button type="button" className="button button--secondary" onClick={() => setOpen(false)}>
              {t('common.cancel')}
            </button>
          </div>
          <ErrorBanner error={start.error} />
        </form>
      ) : null}
      {open && !current ? <PersonLimits departmentId={period.departmentId} shiftTypes={view.shiftTypes} /> : null}
      {open && !current ? <GenerationWeights departmentId={period.departmentId} /> : null}

      {current && isActive(current) ? (
        <div className="generate-progress">
          <label className="generate-progress__label" htmlFor="generate-progress">
            {current.status === 'queued'
              ? t('generation.queued')
              : t(`generation.phase.${progress?.phase ?? 'solving'}`, { defaultValue: t('generation.phase.solving') })}
          </label>
          <progress id="generate-progress" max={limit} value={current.status === 'queued' ? undefined : elapsed} />
          <p className="generate-progress__figures" aria-live="polite">
            {t('generation.elapsed', { elapsed: Math.round(elapsed / 1000), limit: Math.round(limit / 1000) })}
            {progress?.bestScore !== null && progress?.bestScore !== undefined
              ? ` · ${t('generation.best', { score: progress.bestScore })}`
              : ''}
            {typeof progress?.currentScore === 'number'
              ? ` · ${t('generation.currentScore', { score: progress.currentScore })}`
              : ''}
          </p>
          <button
            type="button"
            className="button button--secondary"
            disabled={cancel.isPending}
            onClick={() => cancel.mutate(current.id)}
          >
            {t('generation.cancel')}
          </button>
          <ErrorBanner error={cancel.error} />
        </div>
      ) : null}

      {current?.status === 'proposal' && current.proposal ? (
        <ProposalReview
          proposal={current.proposal}
          view={view}
          catalog={catalog.data}
          busy={accept.isPending || discard.isPending}
          error={accept.error ?? discard.error}
          onAccept={(changeIds) =>
            accept.mutate(
              { id: current.id, changeIds },
              { onSuccess: (r) => close(t('generation.accepted', { count: r.applied })) },
            )
          }
          onDiscard={() => discard.mutate(current.id, { onSuccess: () => close(t('generation.discarded')) })}
        />
      ) : null}

      {current && (current.status === 'infeasible' || current.status === 'failed') ? (
        <div className="banner banner--warning generate-explanations" role="alert">
          <p className="banner__title">
            {current.status === 'infeasible' ? t('generation.infeasible') : t('generation.failed')}
          </p>
          <ul className="banner__list">
            {current.explanations.map((x, i) => (
              <li key={i}>{x.message[lang]}</li>
            ))}
          </ul>
          <button type="button" className="button button--secondary" onClick={() => close(null)}>
            {t('generation.close')}
          </button>
        </div>
      ) : null}

      {current?.status === 'cancelled' ? (
        <div className="generate-progress">
          <p>{t('generation.cancelled')}</p>
          <button type="button" className="button button--secondary" onClick={() => close(null)}>
            {t('generation.close')}
          </button>
        </div>
      ) : null}
      <ErrorBanner error={run.error} />
    </section>
  );
}
