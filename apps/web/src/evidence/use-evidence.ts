import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { AddTestimonialInput, CreateMetricInput, EntryEvidenceQuery as EntryEvidence, RecordConsentInput, UpdateMetricInput, UpdateTestimonialInput } from '../gql/graphql';
import { AddTestimonialMutation } from './add-testimonial.mutation';
import { CreateMetricMutation } from './create-metric.mutation';
import { DeleteMetricMutation } from './delete-metric.mutation';
import { DeleteTestimonialMutation } from './delete-testimonial.mutation';
import { EntryEvidenceQuery } from './evidence.query';
import { ImportMetricValuesMutation } from './import-metric-values.mutation';
import { RecordConsentMutation } from './record-consent.mutation';
import { UpdateMetricMutation } from './update-metric.mutation';
import { UpdateTestimonialMutation } from './update-testimonial.mutation';

export type EvidenceEntry = EntryEvidence['entry'];
export type EvidenceMetric = EvidenceEntry['metrics'][number];
export type MetricAnalysis = EvidenceMetric['analysis'];
export type GroupAnalysis = MetricAnalysis['groups'][number];
export type Testimonial = EvidenceEntry['testimonials'][number];
export type Readiness = EvidenceEntry['readiness'];
export type EthnicCategory = EntryEvidence['ethnicCategories'][number];

/** The entry's evidence: metrics with their analysis, testimonials, readiness; read again on each visit. */
export function useEvidence(entryId: string) {
  const { data, loading, error } = useQuery(EntryEvidenceQuery, { variables: { id: entryId }, fetchPolicy: 'cache-and-network' });
  return { entry: data?.entry, ethnicCategories: data?.ethnicCategories ?? [], loading: loading && !data, error };
}

const refetch = { refetchQueries: ['EntryEvidence'], awaitRefetchQueries: true };

export function useCreateMetric() {
  const [mutate, { loading }] = useMutation(CreateMetricMutation, refetch);
  const create = useCallback(async (input: CreateMetricInput) => (await mutate({ variables: { input } })).data!.createMetric.metric, [mutate]);
  return { create, loading };
}

export function useImportMetricValues() {
  const [mutate, { loading }] = useMutation(ImportMetricValuesMutation, refetch);
  const importValues = useCallback(
    async (metricId: string, csv: string, replace: boolean) => (await mutate({ variables: { input: { metricId, csv, replace } } })).data!.importMetricValues.written,
    [mutate],
  );
  return { importValues, loading };
}

export function useAddTestimonial() {
  const [mutate, { loading }] = useMutation(AddTestimonialMutation, refetch);
  const add = useCallback(async (input: AddTestimonialInput) => (await mutate({ variables: { input } })).data!.addTestimonial.testimonial, [mutate]);
  return { add, loading };
}

export function useRecordConsent() {
  const [mutate, { loading }] = useMutation(RecordConsentMutation, refetch);
  const record = useCallback(async (input: RecordConsentInput) => (await mutate({ variables: { input } })).data!.recordConsent.testimonial, [mutate]);
  return { record, loading };
}

export function useUpdateMetric() {
  const [mutate, { loading }] = useMutation(UpdateMetricMutation, refetch);
  const update = useCallback(async (input: UpdateMetricInput) => (await mutate({ variables: { input } })).data!.updateMetric.metric, [mutate]);
  return { update, loading };
}

/** Deletes a metric; the readiness report is read again in the background. */
export function useDeleteMetric() {
  const [mutate, { loading }] = useMutation(DeleteMetricMutation, { refetchQueries: ['EntryEvidence'] });
  const remove = useCallback(async (metricId: string) => (await mutate({ variables: { input: { metricId } } })).data!.deleteMetric.deletedMetricId, [mutate]);
  return { remove, loading };
}

/** Corrects a testimonial; says whether its consent was reset (the words or the naming changed). */
export function useUpdateTestimonial() {
  const [mutate, { loading }] = useMutation(UpdateTestimonialMutation, refetch);
  const update = useCallback(async (input: UpdateTestimonialInput) => (await mutate({ variables: { input } })).data!.updateTestimonial, [mutate]);
  return { update, loading };
}

/** Deletes a testimonial; the readiness report is read again in the background. */
export function useDeleteTestimonial() {
  const [mutate, { loading }] = useMutation(DeleteTestimonialMutation, { refetchQueries: ['EntryEvidence'] });
  const remove = useCallback(async (testimonialId: string) => (await mutate({ variables: { input: { testimonialId } } })).data!.deleteTestimonial.deletedTestimonialId, [mutate]);
  return { remove, loading };
}
