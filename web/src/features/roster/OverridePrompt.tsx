import type { RuleCatalog } from '@bemanna/shared';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Field } from '../../ui/Field';
import type { PendingOverride } from './use-roster-editing';
import { ViolationText } from './ViolationText';

/**
 * A write refused for a hard rule (a double booking, a shift in approved leave), offered to be
 * saved anyway with a reason: only shown to users who may override, and the reason is stored with
 * the shift and in the audit log.
 */
export function OverridePrompt({ pending, catalog }: { pending: PendingOverride; catalog: RuleCatalog | undefined }) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const ref = useRef<HTMLElement>(null);
  useEffect(() => ref.current?.querySelector('input')?.focus(), [pending]);

  const submit = (e: FormEvent) => {
    e.preventDefault();
    if (!reason.trim()) return setMissing(true);
    void pending.confirm(reason.trim());
  };

  return (
    <section ref={ref} className="banner banner--warning override" role="alertdialog" aria-labelledby="override-title">
      <p id="override-title" className="banner__title">
        {t('roster.override.title')}
      </p>
      <ul className="refusal-list">
        {pending.violations.map((v, i) => (
          <li key={`${v.ruleId}-${i}`} className={`violation violation--${v.severity}`}>
            <ViolationText violation={v} catalog={catalog} />
          </li>
        ))}
      </ul>
      <form className="inline-form" onSubmit={submit}>
        <Field
          label={t('roster.override.reason')}
          hint={t('roster.override.reasonHint')}
          error={missing ? t('roster.override.reasonMissing') : undefined}
        >
          {(p) => (
            <input
              {...p}
              value={reason}
              maxLength={500}
              onChange={(e) => {
                setMissing(false);
                setReason(e.target.value);
              }}
            />
          )}
        </Field>
        <button type="submit" className="button button--primary">
          {t('roster.override.save')}
        </button>
        <button type="button" className="button button--secondary" onClick={pending.cancel}>
          {t('common.cancel')}
        </button>
      </form>
    </section>
  );
}
