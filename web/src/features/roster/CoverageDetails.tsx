import { useTranslation } from 'react-i18next';
import type { RosterView, Skill } from '../../api/client';
import { useLabels } from '../../i18n/labels';
import { ShiftChip } from '../../ui/ShiftChip';
import { dayLabel } from '../../ui/day-label';
import type { CoverageSummary } from './roster-model';

interface CoverageDetailsProps {
  summary: CoverageSummary;
  view: RosterView;
  skills: readonly Skill[];
  onClose(): void;
}

/** Who is missing on a day and shift: each requirement (profession and/or skill) against its minimum and target. */
export function CoverageDetails({ summary, view, skills, onClose }: CoverageDetailsProps) {
  const { t, i18n } = useTranslation();
  const labels = useLabels();
  const type = view.shiftTypes.find((s) => s.id === summary.shiftTypeId);
  const skillName = (id: string | null) => (id ? (skills.find((s) => s.id === id)?.name ?? '…') : null);
  return (
    <section className="roster-side__section" aria-labelledby="coverage-title">
      <div className="shift-form__head">
        <h2 id="coverage-title" className="roster-side__title">
          {type ? <ShiftChip code={type.code} colour={type.colour} small /> : null}{' '}
          {t('roster.coverage.detailsTitle', { name: type?.name ?? '', day: dayLabel(summary.date, i18n.language) })}
        </h2>
        <button type="button" className="button button--quiet" onClick={onClose}>
          {t('roster.form.close')}
        </button>
      </div>
      <ul className="coverage-list">
        {summary.requirements.map((r, i) => {
          const who = [
            r.profession ? labels.profession(r.profession) : t('roster.coverage.anyone'),
            skillName(r.skillId),
          ]
            .filter(Boolean)
            .join(t('roster.coverage.withSkill'));
          const shortOfTarget = Math.max(0, r.target - r.planned);
          return (
            <li key={i} className={`coverage-list__item coverage-list__item--${r.status}`}>
              <span className="coverage-list__who">{who}</span>
              <span className="coverage-list__numbers">
                {t('roster.coverage.requirement', { planned: r.planned, min: r.min, target: r.target })}
              </span>
              <span className="coverage-list__status">
                {r.missing > 0
                  ? t('roster.coverage.missing', { count: r.missing })
                  : shortOfTarget > 0
                    ? t('roster.coverage.shortOfTarget', { count: shortOfTarget })
                    : t(`roster.coverage.status.${r.status}`)}
              </span>
            </li>
          );
        })}
      </ul>
      {summary.open > 0 ? <p className="muted">{t('roster.coverage.openShifts', { count: summary.open })}</p> : null}
    </section>
  );
}
