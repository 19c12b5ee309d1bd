import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { call } from '../../../api/api-error';
import { api, type Schemas } from '../../../api/client';
import { rosterKey } from '../roster.queries';

export type GenerationRun = Schemas['GenerationRunView'];
export type Proposal = Schemas['ProposalView'];
export type ProposalChange = Schemas['ProposalChangeView'];
export type ReplacementCandidate = Schemas['ReplacementCandidateView'];

const runKey = (id: string) => ['generation-run', id] as const;
/** Every period's list of runs: a panel mounted again picks its run up from there. */
const RUNS = 'generation-runs';

/** A run as a mutation returned it, and the lists of runs marked stale. */
function storeRun(queryClient: QueryClient, run: GenerationRun): Promise<void> {
  queryClient.setQueryData(runKey(run.id), run);
  return queryClient.invalidateQueries({ queryKey: [RUNS] });
}

export function isActive(run: GenerationRun | undefined): boolean {
  return run?.status === 'queued' || run?.status === 'running';
}

/** A run, polled every second while it is queued or running (the worker may be another process). */
export function useGenerationRun(id: string | null) {
  return useQuery({
    queryKey: runKey(id ?? ''),
    queryFn: () => call(api.GET('/api/generation-runs/{id}', { params: { path: { id: id! } } })),
    enabled: Boolean(id),
    refetchInterval: (query) => (isActive(query.state.data) ? 1000 : false),
  });
}

/** The period's latest runs (without proposals): a run still going or awaiting review is picked up again. */
export function useGenerationRuns(periodId: string) {
  return useQuery({
    queryKey: [RUNS, periodId],
    queryFn: () => call(api.GET('/api/roster-periods/{id}/generation-runs', { params: { path: { id: periodId } } })),
  });
}

export function useStartGeneration(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['StartGenerationDto']) =>
      call(api.POST('/api/roster-periods/{id}/generation-runs', { params: { path: { id: periodId } }, body })),
    onSuccess: (run) => storeRun(queryClient, run),
  });
}

export function useCancelGeneration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/generation-runs/{id}/cancel', { params: { path: { id } } })),
    onSuccess: (run) => storeRun(queryClient, run),
  });
}

export function useAcceptGeneration(periodId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: { id: string; changeIds?: string[] }) =>
      call(
        api.POST('/api/generation-runs/{id}/accept', {
          params: { path: { id: input.id } },
          body: input.changeIds ? { changeIds: input.changeIds } : {},
        }),
      ),
    onSuccess: (result) =>
      Promise.all([storeRun(queryClient, result.run), queryClient.invalidateQueries({ queryKey: rosterKey(periodId) })]),
  });
}

export function useDiscardGeneration() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (id: string) => call(api.POST('/api/generation-runs/{id}/discard', { params: { path: { id } } })),
    onSuccess: (run) => storeRun(queryClient, run),
  });
}

export function useReplacements(shiftId: string | null) {
  return useQuery({
    queryKey: ['replacements', shiftId ?? ''],
    queryFn: () => call(api.GET('/api/shifts/{id}/replacements', { params: { path: { id: shiftId! } } })),
    enabled: Boolean(shiftId),
  });
}

const limitsKey = (departmentId: string) => ['generation-limits', departmentId] as const;

/** The department's stored per-person limits, one row per person who may be scheduled there. */
export function useGenerationLimits(departmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: limitsKey(departmentId),
    queryFn: () =>
      call(api.GET('/api/departments/{departmentId}/generation-limits', { params: { path: { departmentId } } })),
    enabled,
  });
}

export function useSaveGenerationLimits(departmentId: string, employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SetEmployeeGenerationLimitsDto']) =>
      call(
        api.PUT('/api/departments/{departmentId}/generation-limits/{employeeId}', {
          params: { path: { departmentId, employeeId } },
          body,
        }),
      ),
    // After a refusal too: a version conflict means the row changed elsewhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: limitsKey(departmentId) }),
  });
}

export function useRemoveGenerationLimits(departmentId: string, employeeId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call(
        api.DELETE('/api/departments/{departmentId}/generation-limits/{employeeId}', {
          params: { path: { departmentId, employeeId } },
        }),
      ),
    // After a refusal too: a 404 means someone else removed them first.
    onSettled: () => queryClient.invalidateQueries({ queryKey: limitsKey(departmentId) }),
  });
}

const weightsKey = (departmentId: string) => ['generation-weights', departmentId] as const;

/** The department's weights of the soft terms (the defaults until set). */
export function useGenerationWeights(departmentId: string, enabled: boolean) {
  return useQuery({
    queryKey: weightsKey(departmentId),
    queryFn: () =>
      call(api.GET('/api/departments/{departmentId}/generation-weights', { params: { path: { departmentId } } })),
    enabled,
  });
}

export function useSaveGenerationWeights(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (body: Schemas['SetGenerationWeightsDto']) =>
      call(api.PUT('/api/departments/{departmentId}/generation-weights', { params: { path: { departmentId } }, body })),
    // After a refusal too: a version conflict means they changed elsewhere.
    onSettled: () => queryClient.invalidateQueries({ queryKey: weightsKey(departmentId) }),
  });
}

export function useResetGenerationWeights(departmentId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: () =>
      call(api.DELETE('/api/departments/{departmentId}/generation-weights', { params: { path: { departmentId } } })),
    onSettled: () => queryClient.invalidateQueries({ queryKey: weightsKey(departmentId) }),
  });
}
