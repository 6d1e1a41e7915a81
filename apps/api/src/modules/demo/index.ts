// Entry for tools outside the app (benchmarks, the data generator).
export {
  generatePipelineData,
  rebuildScoreAggregates,
  SCALE_SIZES,
  type PipelineDataCounts,
  type PipelineDataOptions,
  type ScaleSize,
} from './pipeline-data.js';
export { DEMO_PIPELINE_CANDIDATES } from './demo-pipeline.js';
