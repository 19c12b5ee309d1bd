import { useTranslation } from 'react-i18next';
import { useCurrentUser } from '../../auth/session';
import { ErrorBanner } from '../../ui/ErrorBanner';
import { Loading } from '../../ui/Loading';
import { PageHeader } from '../../ui/PageHeader';
import { LeaveDecisions } from './LeaveDecisions';
import { LeaveList } from './LeaveList';
import { LeaveRequestForm } from './LeaveRequestForm';
import { SickReportForm } from './SickReportForm';
import { useLeaveRequestsOfMine } from './leave.queries';
import '../my-schedule/my-schedule.css';

/** Leave: employees ask and follow their requests; schedulers decide for their units. */
export function LeavePage() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  return (
    <div className="my-schedule">
      <PageHeader title={t('leave.title')} description={t(me.employeeId ? 'leave.intro' : 'leave.introScheduler')} />
      {me.role === 'scheduler' || me.role === 'admin' ? (
        <>
          <LeaveDecisions />
          <SickReportForm />
        </>
      ) : null}
      {me.employeeId ? (
        <>
          <LeaveRequestForm />
          <MyLeave />
        </>
      ) : null}
    </div>
  );
}

function MyLeave() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const requests = useLeaveRequestsOfMine(me.employeeId!);
  return (
    <section className="card" aria-labelledby="my-leave-title">
      <h2 id="my-leave-title">{t('leave.mine.title')}</h2>
      <ErrorBanner error={requests.error} />
      {requests.isPending ? <Loading /> : requests.data ? <LeaveList requests={requests.data} /> : null}
    </section>
  );
}
