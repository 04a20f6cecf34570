import type { TypedDocumentNode } from '@apollo/client';
import { useMutation, useQuery } from '@apollo/client/react';
import { useCallback } from 'react';
import type { EntryEvidenceQuery as EntryEvidence } from '../gql/graphql';
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

/**
 * One mutation of the evidence as a hook: `run` takes its input and resolves to what `pick` takes
 * from the answer. The evidence is read again after it, awaited unless the options say otherwise.
 */
function evidenceMutation<TData, TInput, TResult>(
  mutation: TypedDocumentNode<TData, { input: TInput }>,
  pick: (data: TData) => TResult,
  options: { refetchQueries: string[]; awaitRefetchQueries?: boolean } = refetch,
) {
  return function useEvidenceMutation() {
    const [mutate, { loading }] = useMutation(mutation, options);
    const run = useCallback(async (input: TInput) => pick((await mutate({ variables: { input } })).data!), [mutate]);
    return { run, loading };
  };
}

export const useCreateMetric = evidenceMutation(CreateMetricMutation, (data) => data.createMetric.metric);
export const useImportMetricValues = evidenceMutation(ImportMetricValuesMutation, (data) => data.importMetricValues.written);
export const useAddTestimonial = evidenceMutation(AddTestimonialMutation, (data) => data.addTestimonial.testimonial);
export const useRecordConsent = evidenceMutation(RecordConsentMutation, (data) => data.recordConsent.testimonial);
export const useUpdateMetric = evidenceMutation(UpdateMetricMutation, (data) => data.updateMetric.metric);

/** Deletes a metric; the readiness report is read again in the background. */
export const useDeleteMetric = evidenceMutation(DeleteMetricMutation, (data) => data.deleteMetric.deletedMetricId, { refetchQueries: ['EntryEvidence'] });

/** Corrects a testimonial; says whether its consent was reset (the words or the naming changed). */
export const useUpdateTestimonial = evidenceMutation(UpdateTestimonialMutation, (data) => data.updateTestimonial);

/** Deletes a testimonial; the readiness report is read again in the background. */
export const useDeleteTestimonial = evidenceMutation(DeleteTestimonialMutation, (data) => data.deleteTestimonial.deletedTestimonialId, { refetchQueries: ['EntryEvidence'] });
