/**
 * Campaigns: near-duplicate messages grouped incrementally as they are stored (MinHash/LSH over the text,
 * joined with link domains, tracking-URL patterns, attachment hashes and subject templates), each join
 * with its reason. Plain functions over a Store.
 */
export { campaignsIndexer, CAMPAIGNS_MIGRATIONS, campaignMessageOf } from './store-index.js';
export { StoreBatchIndex } from './batch-index.js';
export { pruneCampaigns } from './prune.js';
export { listCampaigns, getCampaign, resolveCampaignId, campaignSizeHistogram, type CampaignListItem, type CampaignListQuery, type CampaignStore } from './query.js';
export { Clusterer, campaignIdFor, prepareMessage, type CampaignIndex, type CampaignMember, type ClusterOutcome, type PreparedMessage } from './cluster.js';
export { MemoryCampaignIndex } from './memory-index.js';
export { messageFeatures, lookupKeys, type CampaignMessage, type MessageFeatures } from './features.js';
export { joinReasons, type JoinReason } from './join.js';
export { summariseCampaign, type CampaignSummary } from './summary.js';
export { pairwiseQuality } from './quality.js';
