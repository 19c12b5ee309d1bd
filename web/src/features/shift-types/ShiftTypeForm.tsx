import { SHIFT_KINDS, type ShiftKind } from '@bemanna/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ShiftType, Skill } from '../../api/client';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Checkbox, Field } from '../../ui/Field';
import { useFormErrors } from '../../ui/useFormErrors';
import { useSaveShiftType } from './shift-types.queries';
import { ShiftSpanSummary } from './ShiftSpanSummary';

const FIELDS = ['code', 'name', 'startTime', 'endTime', 'breakMinutes', 'colour', 'kind', 'requiredSkillId', 'active'];

/** Calm, distinguishable colours that keep white text legible; any other colour can be picked too. */
const PRESET_COLOURS = ['#2f6f9f', '#1a7f5a', '#8a5a00', '#6b4fa0', '#a3364c', '#3d5a6c', '#0f7c8c', '#5b7f1a'];

interface ShiftTypeFormProps {
  departmentId: string;
  shiftType: ShiftType | null;
  skills: readonly Skill[];
  onDone: (saved: ShiftType | null) => void;
}

export function ShiftTypeForm({ departmentId, shiftType, skills, onDone }: ShiftTypeFormProps) {
  const { t } = useTranslation();
  const save = useSaveShiftType();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const formRef = useRef<HTMLFormElement>(null);
  const { errors, edit } = useFormErrors(save.error, formRef);
  const [code, setCode] = useState(shiftType?.code ?? '');
  const [name, setName] = useState(shiftType?.name ?? '');
  const [startTime, setStartTime] = useState(shiftType?.startTime ?? '07:00');
  const [endTime, setEndTime] = useState(shiftType?.endTime ?? '15:30');
  const [breakMinutes, setBreakMinutes] = useState(String(shiftType?.breakMinutes ?? 30));
  const [colour, setColour] = useState(shiftType?.colour ?? PRESET_COLOURS[0]);
  const [kind, setKind] = useState<ShiftKind>(shiftType?.kind ?? 'work');
  const [requiredSkillId, setRequiredSkillId] = useState(shiftType?.requiredSkillId ?? '');
  const [active, setActive] = useState(shiftType?.active ?? true);

  useEffect(() => headingRef.current?.focus(), [shiftType?.id]);

  const breakNumber = breakMinutes.trim() === '' ? Number.NaN : Number(breakMinutes);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const common = {
      code,
      name,
      startTime: startTime.trim(),
      endTime: endTime.trim(),
      // Sent as typed; the server answers with a message on the field when it is not a whole number.
      breakMinutes: Number.isNaN(breakNumber) ? (null as unknown as number) : breakNumber,
      colour,
      kind,
      requiredSkillId: requiredSkillId === '' ? null : requiredSkillId,
    };
    const input = shiftType
      ? { id: shiftType.id, body: { ...common, active, version: shiftType.version } }
      : { id: null, body: { ...common, departmentId } };
    save.mutate(input, { onSuccess: (saved) => onDone(saved) });
  };

  return (
    <form ref={formRef} className="panel" onSubmit={submit} noValidate aria-labelledby="shift-type-form-title">
      <h2 id="shift-type-form-title" ref={headingRef} tabIndex={-1}>
        {shiftType ? t('shiftTypes.editTitle', { name: shiftType.name }) : t('shiftTypes.newTitle')}
      </h2>
      <ErrorBanner error={save.error} shownFields={FIELDS} />
      <div className="form-grid form-grid--tight">
        <Field label={t('shiftTypes.code')} hint={t('shiftTypes.codeHint')} error={errors.code} required>
          {(p) => (
            <input
              {...p}
              value={code}
              maxLength={10}
              onChange={(e) => {
                edit('code');
                setCode(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('shiftTypes.name')} error={errors.name} required>
          {(p) => (
            <input
              {...p}
              value={name}
              maxLength={60}
              onChange={(e) => {
                edit('name');
                setName(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('shiftTypes.start')} hint={t('shiftTypes.timeHint')} error={errors.startTime} required>
          {(p) => (
            <input
              {...p}
              className="input--time"
              inputMode="numeric"
              placeholder="07:00"
              maxLength={5}
              value={startTime}
              onChange={(e) => {
                edit('startTime');
                setStartTime(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('shiftTypes.end')} hint={t('shiftTypes.timeHint')} error={errors.endTime} required>
          {(p) => (
            <input
              {...p}
              className="input--time"
              inputMode="numeric"
              placeholder="15:30"
              maxLength={5}
              value={endTime}
              onChange={(e) => {
                edit('endTime');
                setEndTime(e.target.value);
              }}
            />
          )}
        </Field>
        <Field label={t('shiftTypes.break')} error={errors.breakMinutes} required>
          {(p) => (
            <div className="input-suffix">
              <input
                {...p}
                type="number"
                inputMode="numeric"
                min={0}
                max={240}
                step={5}
                value={breakMinutes}
                onChange={(e) => {
                  edit('breakMinutes');
                  setBreakMinutes(e.target.value);
                }}
              />
              <span aria-hidden="true">min</span>
            </div>
          )}
        </Field>
        <Field label={t('shiftTypes.kind')} error={errors.kind}>
          {(p) => (
            <select
              {...p}
              value={kind}
              onChange={(e) => {
                edit('kind');
                setKind(e.target.value as ShiftKind);
              }}
            >
              {SHIFT_KINDS.map((k) => (
                <option key={k} value={k}>
                  {t(`shiftTypes.kinds.${k}`)}
                </option>
              ))}
            </select>
          )}
        </Field>
      </div>
      <ShiftSpanSummary
        code={code}
        colour={colour}
        startTime={startTime.trim()}
        endTime={endTime.trim()}
        breakMinutes={Number.isNaN(breakNumber) ? 0 : breakNumber}
      />
      <Field label={t('shiftTypes.colour')} hint={t('shiftTypes.colourHint')} error={errors.colour} required>
        {(p) => (
          <div className="colour-picker">
            <input
              {...p}
              type="color"
              value={colour}
              onChange={(e) => {
                edit('colour');
                setColour(e.target.value.toLowerCase());
              }}
            />
            <span className="code">{colour}</span>
            <div className="colour-picker__presets" role="group" aria-label={t('shiftTypes.presets')}>
              {PRESET_COLOURS.map((c) => (
                <button
                  key={c}
                  type="button"
                  className="swatch"
                  style={{ background: c }}
                  aria-label={t('shiftTypes.presetNamed', { colour: c })}
                  aria-pressed={c === colour}
                  onClick={() => {
                    edit('colour');
                    setColour(c);
                  }}
                />
              ))}
            </div>
          </div>
        )}
      </Field>
      <Field
        label={t('shiftTypes.requiredSkill')}
        hint={t('shiftTypes.requiredSkillHint')}
        error={errors.requiredSkillId}
      >
        {(p) => (
          <select
            {...p}
            value={requiredSkillId}
            onChange={(e) => {
              edit('requiredSkillId');
              setRequiredSkillId(e.target.value);
            }}
          >
            <option value="">{t('shiftTypes.noSkill')}</option>
            {skills.map((s) => (
              <option key={s.id} value={s.id}>
                {s.name}
              </option>
            ))}
          </select>
        )}
      </Field>
      {shiftType ? <Checkbox label={t('shiftTypes.active')} checked={active} onChange={setActive} /> : null}
      <div className="form-actions">
        <button type="submit" className="button button--primary" disabled={save.isPending}>
          {save.isPending ? t('common.saving') : t('common.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={() => onDone(null)}>
          {t('common.cancel')}
        </button>
      </div>
    </form>
  );
}
