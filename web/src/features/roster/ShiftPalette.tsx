import { Draggable } from '@fullcalendar/interaction';
import { useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType } from '../../api/client';
import { readableTextOn } from '../../ui/colour';

interface ShiftPaletteProps {
  shiftTypes: readonly ShiftType[];
  /** A type chosen by click: the next click on a row and day places it (no dragging needed). */
  armedId: string | null;
  onArm(id: string | null): void;
}

/** The department's shift types, to drag onto a row and day of the calendar. */
export function ShiftPalette({ shiftTypes, armedId, onArm }: ShiftPaletteProps) {
  const { t } = useTranslation();
  const listRef = useRef<HTMLUListElement>(null);

  useEffect(() => {
    if (!listRef.current) return;
    const draggable = new Draggable(listRef.current, {
      itemSelector: '.palette__item',
      // The calendar asks the API to create the shift; FullCalendar itself adds nothing. Only the
      // day of the drop counts, so the preview is short: a night shift may go on the last day
      // of the period although it ends after it.
      eventData: (el) => ({ create: false, title: el.dataset.code ?? '', duration: '01:00' }),
    });
    return () => draggable.destroy();
  }, []);

  const active = shiftTypes.filter((s) => s.active);
  return (
    <div className="palette" role="group" aria-labelledby="palette-label">
      <p id="palette-label" className="palette__label">
        {t('roster.palette.label')}
      </p>
      <ul ref={listRef} className="palette__list">
        {active.map((s) => (
          <li key={s.id}>
            <button
              type="button"
              className="palette__item"
              data-shift-type-id={s.id}
              data-code={s.code}
              aria-pressed={armedId === s.id}
              title={`${s.name} ${s.startTime}–${s.endTime}`}
              style={{ background: s.colour, color: readableTextOn(s.colour) }}
              onClick={() => onArm(armedId === s.id ? null : s.id)}
            >
              <span className="palette__code">{s.code}</span>
              <span className="palette__times">
                {s.startTime}–{s.endTime}
              </span>
              <span className="visually-hidden">{s.name}</span>
            </button>
          </li>
        ))}
      </ul>
      <p className="palette__hint" title={t('roster.palette.hint')}>
        {armedId ? t('roster.palette.armed') : t('roster.palette.hintShort')}
      </p>
    </div>
  );
}
