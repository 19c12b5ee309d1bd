import type { Profession, RuleCatalog } from '@bemanna/shared';
import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { RosterView } from '../../../api/client';
import { useLabels } from '../../../i18n/labels';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { useSkills } from '../../skills/skills.queries';
import { ruleTitle } from '../rule-title';
import type { Proposal, ProposalChange } from './generation.queries';

interface ProposalReviewProps {
  proposal: Proposal;
  view: RosterView;
  catalog: RuleCatalog | undefined;
  busy: boolean;
  error: unknown;
  /** All changes when called without ids. */
  onAccept(changeIds?: string[]): void;
  onDiscard(): void;
}

/** A generated proposal: what it changes, how it scores, what it leaves uncovered and why. */
export function ProposalReview({ proposal, view, catalog, busy, error, onAccept, onDiscard }: ProposalReviewProps) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const [selected, setSelected] = useState<ReadonlySet<string>>(() => new Set(proposal.changes.map((c) => c.id)));
  const names = useMemo(
    () => new Map(view.rows.map((r) => [r.employeeId, `${r.firstName} ${r.lastName}`])),
    [view.rows],
  );
  const types = useMemo(() => new Map(view.shiftTypes.map((s) => [s.id, s])), [view.shiftTypes]);
  const skillList = useSkills();
  const skills = useMemo(() => new Map((skillList.data ?? []).map((s) => [s.id, s.name])), [skillList.data]);
  const byDate = useMemo(() => {
    const groups = new Map<string, ProposalChange[]>();
    for (const c of proposal.changes) groups.set(c.date, [...(groups.get(c.date) ?? []), c]);
    return [...groups];
  }, [proposal.changes]);
  const { score, uncovered } = proposal;
  const day = (date: string) =>
    new Intl.DateTimeFormat(i18n.language.startsWith('sv') ? 'sv-SE' : 'en-GB', {
      timeZone: 'UTC',
      weekday: 'short',
      day: 'numeric',
      month: 'short',
    }).format(new Date(`${date}T12:00:00Z`));
  const num = (n: number) =>
    new Intl.NumberFormat(i18n.language.startsWith('sv') ? 'sv-SE' : 'en-GB', { maximumFractionDigits: 1 }).format(n);
  const toggle = (id: string) =>
    setSelected((sel) => {
      const next = new Set(sel);
      if (next.has(id)) next.delete(id);
      else next.add(id);
      return next;
    });
  const allSelected = selected.size === proposal.changes.length;
  const softRules = Object.entries(proposal.check.softByRule);

  return (
    <div className="proposal">
      <h3 className="proposal__title">{t('generation.review.title')}</h3>
      <dl className="proposal-score">
        <div>
          <dt>{t('generation.review.belowMin')}</dt>
          <dd>
            {t('generation.review.beforeAfter', {
              before: score.underCover.belowMinBefore,
              after: score.underCover.belowMin,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('generation.review.belowTarget')}</dt>
          <dd>
            {t('generation.review.beforeAfter', {
              before: score.underCover.belowTargetBefore,
              after: score.underCover.belowTarget,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('generation.review.wishes')}</dt>
          <dd>
            {score.wishes.wishes === 0
              ? t('generation.review.noWishes')
              : [
                  t('generation.review.wishesMet', {
                    met: score.wishes.met,
                    wishes: score.wishes.wishes,
                    share: Math.round(score.wishes.share * 100),
                  }),
                  // Only when someone is denied any: "at most 0" says nothing.
                  ...(score.fairness.mostUnmetWishes > 0
                    ? [t('generation.review.wishesMostUnmet', { count: score.fairness.mostUnmetWishes })]
                    : []),
                ].join('; ')}
          </dd>
        </div>
        <div>
          <dt>{t('generation.review.fairness')}</dt>
          <dd>
            {t('generation.review.fairnessFigures', {
              nights: num(score.fairness.nightsSpread),
              weekends: score.fairness.weekendsSpread,
              wishes: Math.round(score.fairness.wishesSpread * 100),
            })}
          </dd>
        </div>
        <div>
          <dt>{t('generation.review.nightShares')}</dt>
          <dd>
            {t('generation.review.nightSharesFigures', {
              beyond: score.fairness.nightsBeyondShare,
              short: score.fairness.nightsShortOfShare,
            })}
          </dd>
        </div>
        <div>
          <dt>{t('generation.review.hours')}</dt>
          <dd>
            {t('generation.review.hoursFigures', {
              deviation: num(score.hours.contractDeviationHours),
              mertid: num(score.hours.mertidHours),
              overtime: num(score.hours.overtimeHours),
            })}
          </dd>
        </div>
        <div className="proposal-score__rules">
          <dt>{t('generation.review.rules')}</dt>
          <dd>
            <strong>{t('generation.review.noHard')}</strong>
            {softRules.length > 0
              ? ` · ${softRules.map(([id, n]) => `${ruleTitle(catalog, id, i18n.language)} ${n}`).join(', ')}`
              : ''}
          </dd>
        </div>
      </dl>

      {uncovered.length > 0 ? (
        <details className="proposal__uncovered" open>
          <summary>{t('generation.review.uncovered', { count: uncovered.reduce((n, u) => n + u.missing, 0) })}</summary>
          <ul>
            {uncovered.map((u, i) => (
              <li key={i}>
                <strong>
                  {day(u.date)} · {types.get(u.shiftTypeId)?.name ?? u.shiftTypeId}
                </strong>{' '}
                {u.profession ? labels.profession(u.profession as Profession) : ''}
                {u.skillId ? ` ${skills.get(u.skillId) ?? ''}` : ''}{' '}
                {t('generation.review.missing', { count: u.missing })} —{' '}
                {t(`generation.reason.${u.reason}`, {
                  rules: u.ruleIds.map((id) => ruleTitle(catalog, id, i18n.language)).join(', '),
                })}
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <div className="proposal__changes-head">
        <h4>{t('generation.review.changes', { count: proposal.changes.length })}</h4>
        {proposal.changes.length > 0 ? (
          <label className="proposal__all">
            <input
              type="checkbox"
              checked={allSelected}
              onChange={() => setSelected(allSelected ? new Set() : new Set(proposal.changes.map((c) => c.id)))}
            />
            {t('generation.review.selectAll')}
          </label>
        ) : null}
      </div>
      <div className="proposal__changes">
        {byDate.map(([date, changes]) => (
          <fieldset key={date} className="proposal__day">
            <legend>{day(date)}</legend>
            {changes.map((c) => {
              const type = types.get(c.shiftTypeId);
              return (
                <label key={c.id} className={`proposal-change proposal-change--${c.kind}`}>
                  <input type="checkbox" checked={selected.has(c.id)} onChange={() => toggle(c.id)} />
                  <span className="proposal-change__kind">{t(`generation.kind.${c.kind}`)}</span>
                  <span className="proposal-change__who">{names.get(c.employeeId) ?? c.employeeId}</span>
                  <span className="proposal-change__shift" style={{ borderColor: type?.colour }}>
                    {type?.code ?? '?'} {c.start.slice(11, 16)}–{c.end.slice(11, 16)}
                  </span>
                </label>
              );
            })}
          </fieldset>
        ))}
      </div>

      <ErrorBanner error={error} />
      <div className="proposal__actions">
        <button type="button" className="button button--primary" disabled={busy} onClick={() => onAccept()}>
          {t('generation.review.acceptAll', { count: proposal.changes.length })}
        </button>
        <button
          type="button"
          className="button button--secondary"
          disabled={busy || selected.size === 0 || allSelected}
          onClick={() => onAccept([...selected])}
        >
          {t('generation.review.acceptSelected', { count: selected.size })}
        </button>
        <button type="button" className="button button--danger-quiet" disabled={busy} onClick={onDiscard}>
          {t('generation.review.discard')}
        </button>
      </div>
    </div>
  );
}
