import { GENERATION_WEIGHT_FIELDS, type GenerationWeightKey } from '@bemanna/shared';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '../../../api/api-error';
import type { Schemas } from '../../../api/client';
import { currentLanguage } from '../../../i18n/i18n';
import { ErrorBanner } from '../../../ui/ErrorBanner';
import { Field } from '../../../ui/Field';
import { StatusMessage } from '../../../ui/StatusMessage';
import { useGenerationWeights, useResetGenerationWeights, useSaveGenerationWeights } from './generation.queries';

type WeightsView = Schemas['DepartmentGenerationWeightsView'];
type Draft = Record<GenerationWeightKey, string>;

const KEYS = GENERATION_WEIGHT_FIELDS.map((f) => f.key);

/**
 * How much each soft term weighs in the department's generated rosters: the defaults until a
 * scheduler sets them, then the department's own, used by every generation of the department.
 */
export function GenerationWeights({ departmentId }: { departmentId: string }) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [status, setStatus] = useState<string | null>(null);
  const weights = useGenerationWeights(departmentId, open);
  const data = weights.data;

  return (
    <details className="generation-weights" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>
        {t('generation.weights.title')}
        {data ? (
          <span className="generation-weights__state">
            {' · '}
            {data.version > 0 ? t('generation.weights.custom') : t('generation.weights.standard')}
          </span>
        ) : null}
      </summary>
      <p className="generation-weights__hint">{t('generation.weights.hint')}</p>
      {weights.isPending && open ? <p>{t('generation.weights.loading')}</p> : null}
      <ErrorBanner error={weights.error} />
      <StatusMessage message={status} />
      {/* A new version (saved here or elsewhere, or reset) starts the form from what is stored. */}
      {data ? <WeightsForm key={data.version} departmentId={departmentId} view={data} onDone={setStatus} /> : null}
    </details>
  );
}

function WeightsForm({
  departmentId,
  view,
  onDone,
}: {
  departmentId: string;
  view: WeightsView;
  onDone: (message: string | null) => void;
}) {
  const { t, i18n } = useTranslation();
  const lang = currentLanguage(i18n.language);
  const save = useSaveGenerationWeights(departmentId);
  const reset = useResetGenerationWeights(departmentId);
  const stored = draftOf(view.weights);
  const [draft, setDraft] = useState<Draft>(stored);
  const dirty = KEYS.some((k) => draft[k] !== stored[k]);
  const busy = save.isPending || reset.isPending;
  const errors = fieldErrors(save.error, i18n.language);

  return (
    <form
      className="generation-weights__form"
      noValidate
      aria-label={t('generation.weights.title')}
      onSubmit={(e) => {
        e.preventDefault();
        onDone(null);
        save.mutate(requestOf(draft, view.version), { onSuccess: () => onDone(t('generation.weights.saved')) });
      }}
    >
      <ErrorBanner error={save.error ?? reset.error} shownFields={KEYS} />
      <div className="form-grid">
        {GENERATION_WEIGHT_FIELDS.map((f) => (
          <Field
            key={f.key}
            label={f.label[lang]}
            hint={`${f.per[lang]} · ${t('generation.weights.defaultValue', { value: view.defaults[f.key] })}`}
            error={errors[f.key]}
          >
            {(p) => (
              <input
                {...p}
                inputMode="numeric"
                className="generation-weights__input"
                value={draft[f.key]}
                onChange={(e) => setDraft((d) => ({ ...d, [f.key]: e.target.value }))}
              />
            )}
          </Field>
        ))}
      </div>
      <div className="generation-weights__actions">
        <button type="submit" className="button button--secondary" disabled={busy || !dirty}>
          {t('common.save')}
        </button>
        {view.version > 0 ? (
          <button
            type="button"
            className="button button--danger-quiet"
            disabled={busy}
            onClick={() => {
              onDone(null);
              reset.mutate(undefined, { onSuccess: () => onDone(t('generation.weights.resetDone')) });
            }}
          >
            {t('generation.weights.reset')}
          </button>
        ) : null}
      </div>
    </form>
  );
}

function draftOf(weights: WeightsView['weights']): Draft {
  return Object.fromEntries(KEYS.map((k) => [k, String(weights[k])])) as Draft;
}

/** Whole numbers as typed; anything else is sent as typed so the server answers with its message. */
function requestOf(draft: Draft, version: number): Schemas['SetGenerationWeightsDto'] {
  const body = { version } as Schemas['SetGenerationWeightsDto'];
  for (const k of KEYS) {
    const typed = draft[k].trim().replace(/\s/g, '');
    const n = Number(typed);
    body[k] = (typed !== '' && Number.isFinite(n) ? n : typed) as number;
  }
  return body;
}
