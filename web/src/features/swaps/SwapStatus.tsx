import { useTranslation } from 'react-i18next';
import type { Swap } from './swaps.queries';

const TONE: Record<Swap['status'], string> = {
  offered: 'badge--muted',
  'awaiting-approval': 'badge--warning',
  approved: 'badge--ok',
  declined: 'badge--muted',
  refused: 'badge--warning',
  withdrawn: 'badge--muted',
};

export function SwapStatus({ swap }: { swap: Swap }) {
  const { t } = useTranslation();
  return <span className={`badge exchange-status ${TONE[swap.status]}`}>{t(`swaps.status.${swap.status}`)}</span>;
}
