import { keepPreviousData, useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/api-error';
import { api, type Schemas } from '../../api/client';

export type PayrollOverview = Schemas['PayrollOverviewView'];
export type PayrollEmployee = Schemas['PayrollEmployeeView'];
export type PayrollExport = Schemas['PayrollExportView'];
export type ExportRequest = Schemas['PayrollExportRequestDto'];
export type ExportPreview = Schemas['ExportPreviewView'];
export type TimeReport = Schemas['TimeReportView'];
export type TimeReportEmployee = Schemas['TimeReportEmployeeView'];
export type Deviation = Schemas['DeviationView'];
export type CreateDeviation = Schemas['CreateDeviationDto'];

export interface PayrollScope {
  from: string;
  to: string;
  departmentIds: string[];
}

const PAYROLL_KEY = ['payroll'] as const;
const TIME_REPORT_KEY = ['time-report'] as const;

export function usePayrollOverview(scope: PayrollScope | null) {
  return useQuery({
    queryKey: [...PAYROLL_KEY, 'overview', scope],
    queryFn: () => call(api.GET('/api/payroll/overview', { params: { query: scope! } })),
    enabled: scope !== null && scope.departmentIds.length > 0,
    placeholderData: keepPreviousData,
  });
}

export function useEmployeeTime(employeeId: string | null, range: { from: string; to: string }) {
  return useQuery({
    queryKey: [...PAYROLL_KEY, 'employee', employeeId, range],
    queryFn: () =>
      call(api.GET('/api/payroll/employees/{id}', { params: { path: { id: employeeId! }, query: range } })),
    enabled: employeeId !== null,
  });
}

export function useExportHistory() {
  return useQuery({ queryKey: [...PAYROLL_KEY, 'exports'], queryFn: () => call(api.GET('/api/payroll/exports')) });
}

export function usePreviewExport() {
  return useMutation({
    mutationFn: (body: ExportRequest) => call(api.POST('/api/payroll/exports/preview', { body })),
  });
}

export function useCreateExport() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: ExportRequest) => call(api.POST('/api/payroll/exports', { body })),
    onSettled: () =>
      Promise.all([
        queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
        queryClient.invalidateQueries({ queryKey: ['roster-periods'] }),
      ]),
  });
}

export function usePayrollSettings() {
  return useQuery({ queryKey: [...PAYROLL_KEY, 'settings'], queryFn: () => call(api.GET('/api/payroll/settings')) });
}

export function useSavePayrollSettings() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['PayrollSettingsDto']) => call(api.PUT('/api/payroll/settings', { body })),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
  });
}

export function usePayCodes() {
  return useQuery({ queryKey: [...PAYROLL_KEY, 'pay-codes'], queryFn: () => call(api.GET('/api/payroll/pay-codes')) });
}

export function useSavePayCodes() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { validFrom: string; body: Schemas['PutPayCodeMappingDto'] }) =>
      call(
        api.PUT('/api/payroll/pay-codes/{validFrom}', {
          params: { path: { validFrom: input.validFrom } },
          body: input.body,
        }),
      ),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
  });
}

/** Every schedule period of the organisation the user may see (for the period selector). */
export function useAllPeriods() {
  return useQuery({ queryKey: ['roster-periods', 'list', 'all'], queryFn: () => call(api.GET('/api/roster-periods')) });
}

export function useTimeReport(periodId: string | undefined) {
  return useQuery({
    queryKey: [...TIME_REPORT_KEY, periodId],
    queryFn: () => call(api.GET('/api/roster-periods/{id}/time-report', { params: { path: { id: periodId! } } })),
    enabled: Boolean(periodId),
  });
}

function useInvalidateTime() {
  const queryClient = useQueryClient();
  return () =>
    Promise.all([
      queryClient.invalidateQueries({ queryKey: TIME_REPORT_KEY }),
      queryClient.invalidateQueries({ queryKey: ['deviations'] }),
      queryClient.invalidateQueries({ queryKey: PAYROLL_KEY }),
    ]);
}

export function useAttest() {
  const invalidate = useInvalidateTime();
  return useMutation({
    mutationFn: (input: { periodId: string; employeeIds: string[] }) =>
      call(
        api.POST('/api/roster-periods/{id}/attestations', {
          params: { path: { id: input.periodId } },
          body: { employeeIds: input.employeeIds },
        }),
      ),
    onSettled: invalidate,
  });
}

export function useCreateDeviation() {
  const invalidate = useInvalidateTime();
  return useMutation({
    mutationFn: (body: CreateDeviation) => call(api.POST('/api/deviations', { body })),
    onSuccess: invalidate,
  });
}

export function useDecideDeviation() {
  const invalidate = useInvalidateTime();
  return useMutation({
    mutationFn: (input: { deviation: Deviation; decision: 'accept' | 'reject'; reason?: string | null }) =>
      call(
        api.POST('/api/deviations/{id}/decision', {
          params: { path: { id: input.deviation.id } },
          body: { decision: input.decision, reason: input.reason ?? null, version: input.deviation.version },
        }),
      ),
    onSettled: invalidate,
  });
}

export function useWithdrawDeviation() {
  const invalidate = useInvalidateTime();
  return useMutation({
    mutationFn: (input: { deviation: Deviation; reason?: string | null }) =>
      call(
        api.POST('/api/deviations/{id}/withdraw', {
          params: { path: { id: input.deviation.id } },
          body: { reason: input.reason ?? null, version: input.deviation.version },
        }),
      ),
    onSettled: invalidate,
  });
}

export function useMyDeviations() {
  return useQuery({ queryKey: ['deviations', 'mine'], queryFn: () => call(api.GET('/api/deviations')) });
}

export function useMySchedule(range: { from: string; to: string }) {
  return useQuery({
    queryKey: ['my-schedule', range],
    queryFn: () => call(api.GET('/api/me/schedule', { params: { query: range } })),
  });
}
