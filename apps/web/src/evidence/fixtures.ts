import type { MetricAnalysis } from './use-evidence';

export const est = (estimate: number | null, lower: number | null = null, upper: number | null = null, reason: string | null = null) => ({
  __typename: 'Estimate' as const,
  available: estimate !== null,
  estimate,
  lower,
  upper,
  reason: estimate === null ? (reason ?? 'Not enough data') : null,
});

const figures = (period: string, numerator: number | null, denominator: number | null, value: ReturnType<typeof est>, suppressed = false) => ({
  __typename: 'GroupFigures' as const,
  period,
  numerator,
  denominator,
  mean: null,
  sd: null,
  n: null,
  suppressed,
  value,
});

const gap = (d: ReturnType<typeof est>, r: ReturnType<typeof est>, position: 'WORSE' | 'NO_CLEAR_DIFFERENCE' = 'WORSE') => ({ __typename: 'GapEstimate' as const, position, difference: d, ratio: r });

/** A proportion metric: White (reference) and Black, baseline and follow-up, one hidden count in Asian at baseline. */
export const ANALYSIS: MetricAnalysis = {
  __typename: 'MetricAnalysis',
  hasData: true,
  message: null,
  confidenceLevel: 'PERCENT_95',
  periodOrder: 'DETECTED',
  methods: [{ __typename: 'AnalysisMethod', name: 'Wilson score interval', usedFor: 'A group’s proportion at one period', reference: 'Wilson EB. JASA 1927;22:209–212.' }],
  notes: [],
  referenceGroup: 'White',
  baselinePeriod: '2023-Q1',
  followUpPeriod: '2023-Q3',
  suppressionApplied: true,
  suppressionThreshold: 5,
  ageStandardised: false,
  standardisedRates: [],
  sentences: ['The gap in sepsis screening within one hour between Black and White patients fell from 20.0 to 5.0 percentage points.'],
  groups: [
    {
      __typename: 'GroupAnalysis',
      group: 'White',
      code: 'A',
      isReference: true,
      suppressed: false,
      baseline: figures('2023-Q1', 120, 200, est(0.6, 0.531, 0.665)),
      followUp: figures('2023-Q3', 140, 200, est(0.7, 0.633, 0.759)),
      change: est(0.1, 0.007, 0.19),
      changeVerdict: 'IMPROVED',
      gapBefore: null,
      gapAfter: null,
      gapChange: null,
      gapVerdict: null,
      narrowedBeyondChance: false,
    },
    {
      __typename: 'GroupAnalysis',
      group: 'Black, Black British, Caribbean or African',
      code: null,
      isReference: false,
      suppressed: false,
      baseline: figures('2023-Q1', 40, 100, est(0.4, 0.309, 0.498)),
      followUp: figures('2023-Q3', 65, 100, est(0.65, 0.553, 0.736)),
      change: est(0.25, 0.11, 0.38),
      changeVerdict: 'IMPROVED',
      gapBefore: gap(est(-0.2, -0.31, -0.08), est(0.667, 0.52, 0.85)),
      gapAfter: gap(est(-0.05, -0.16, 0.06), est(0.929, 0.8, 1.08), 'NO_CLEAR_DIFFERENCE'),
      gapChange: est(0.15, 0.01, 0.29),
      gapVerdict: 'NARROWED',
      narrowedBeyondChance: true,
    },
    {
      __typename: 'GroupAnalysis',
      group: 'Asian or Asian British',
      code: null,
      isReference: false,
      suppressed: true,
      baseline: figures('2023-Q1', null, 30, est(null, null, null, 'Hidden: it rests on a small number'), true),
      followUp: figures('2023-Q3', 12, 30, est(0.4, 0.246, 0.577)),
      change: est(null, null, null, 'Hidden: it rests on a small number'),
      changeVerdict: 'SUPPRESSED',
      gapBefore: gap(est(null, null, null, 'Hidden: it rests on a small number'), est(null)),
      gapAfter: gap(est(-0.3, -0.47, -0.12), est(0.57, 0.37, 0.86)),
      gapChange: est(null, null, null, 'Hidden: it rests on a small number'),
      gapVerdict: 'SUPPRESSED',
      narrowedBeyondChance: false,
    },
  ],
  timeSeries: ['2023-Q1', '2023-Q2', '2023-Q3'].map((period, i) => ({
    __typename: 'MetricPeriod' as const,
    period,
    groups: [
      { __typename: 'PeriodGroup' as const, group: 'White', code: null, isReference: true, figures: figures(period, 120, 200, est(0.6)), gapToReference: null },
      {
        __typename: 'PeriodGroup' as const,
        group: 'Black, Black British, Caribbean or African',
        code: null,
        isReference: false,
        figures: figures(period, 40, 100, est(0.4)),
        gapToReference: est([-0.2, -0.12, -0.05][i], [-0.31, -0.23, -0.16][i], [-0.08, -0.01, 0.06][i]),
      },
    ],
  })),
  spc: [],
  dataQuality: { __typename: 'DataQuality', notStated: [], flags: [] },
};

export const PROPORTION = { kind: 'PROPORTION' as const, ratePer: null, unit: null };
