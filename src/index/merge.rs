//! Which segments to merge. Every periodic commit leaves one segment per indexing thread, so how
//! many segments a bulk run makes depends on how fast the machine is. Tantivy's `LogMergePolicy`
//! merges a whole level of similar segments once enough have gathered: on a slower day, a 1 GB
//! run crossed that count and merged the whole corpus while indexing it (165 s and 1 GB peak
//! RSS instead of 110 s and 250 MB). This policy bounds every merge instead:
//! - small segments (left by scheduled reindex jobs of a few files) are merged together;
//! - bulk segments are left alone until many have gathered, then merged a few at a time, the
//!   smallest first;
//! - a segment much of which is deleted (its files were reindexed) is rewritten without them.

use tantivy::index::SegmentMeta;
use tantivy::indexer::{MergeCandidate, MergePolicy};

/// Segments with fewer documents are small: a periodic commit of a bulk run leaves segments of
/// 100,000 documents or more on two cores.
const SMALL_DOCS: u32 = 20_000;
/// Small segments are merged together once this many have gathered.
const SMALL_PER_MERGE: usize = 8;
/// Bulk segments are left alone up to this many: a 1 GB corpus makes about 20. Searching 20
/// segments instead of 6-8 costs about 0.3 ms in a process with the index open and 3-5 ms in a
/// fresh `saywho search`.
const MAX_BULK_SEGMENTS: usize = 40;
/// Beyond [`MAX_BULK_SEGMENTS`], the smallest bulk segments are merged this many at a time.
const BULK_PER_MERGE: usize = 8;
/// A segment of which more than this share is deleted is rewritten.
const DELETED_SHARE_BEFORE_MERGE: f32 = 0.3;

#[derive(Debug, Default, Clone)]
pub struct BoundedMergePolicy;

impl MergePolicy for BoundedMergePolicy {
    fn compute_merge_candidates(&self, segments: &[SegmentMeta]) -> Vec<MergeCandidate> {
        let mut candidates = Vec::new();
        let mut small = Vec::new();
        let mut bulk = Vec::new();
        for segment in segments {
            if deleted_share(segment) > DELETED_SHARE_BEFORE_MERGE {
                candidates.push(MergeCandidate(vec![segment.id()]));
            } else if segment.num_docs() < SMALL_DOCS {
                small.push(segment);
            } else {
                bulk.push(segment);
            }
        }
        if small.len() >= SMALL_PER_MERGE {
            candidates.push(MergeCandidate(small.iter().map(|s| s.id()).collect()));
        }
        if bulk.len() > MAX_BULK_SEGMENTS {
            bulk.sort_by_key(|s| s.num_docs());
            candidates.push(MergeCandidate(bulk.iter().take(BULK_PER_MERGE).map(|s| s.id()).collect()));
        }
        candidates
    }
}

fn deleted_share(segment: &SegmentMeta) -> f32 {
    match segment.max_doc() {
        0 => 0.0,
        max => segment.num_deleted_docs() as f32 / max as f32,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use tantivy::index::SegmentId;
    use tantivy::schema::Schema;
    use tantivy::Index;

    fn segments(index: &Index, sizes: &[(u32, u32)]) -> Vec<SegmentMeta> {
        sizes
            .iter()
            .map(|&(docs, deleted)| {
                let meta = index.new_segment_meta(SegmentId::generate_random(), docs);
                if deleted > 0 {
                    meta.with_delete_meta(deleted, 1)
                } else {
                    meta
                }
            })
            .collect()
    }

    fn merges(sizes: &[(u32, u32)]) -> Vec<Vec<u32>> {
        let index = Index::create_in_ram(Schema::builder().build());
        let metas = segments(&index, sizes);
        let docs_of = |id| metas.iter().find(|m| m.id() == id).map(|m| m.max_doc()).unwrap();
        let candidates = BoundedMergePolicy.compute_merge_candidates(&metas);
        candidates.into_iter().map(|c| c.0.into_iter().map(docs_of).collect()).collect()
    }

    #[test]
    fn bulk_segments_of_a_large_run_are_left_alone() {
        assert!(merges(&vec![(150_000, 0); MAX_BULK_SEGMENTS]).is_empty());
    }

    #[test]
    fn many_bulk_segments_are_merged_a_few_at_a_time_smallest_first() {
        let mut sizes = vec![(300_000, 0); MAX_BULK_SEGMENTS];
        sizes.push((100_000, 0));
        assert_eq!(merges(&sizes), [[100_000, 300_000, 300_000, 300_000, 300_000, 300_000, 300_000, 300_000]]);
    }

    #[test]
    fn small_segments_of_scheduled_jobs_are_merged_together() {
        let mut sizes = vec![(200_000, 0); 3];
        sizes.extend(vec![(500, 0); SMALL_PER_MERGE - 1]);
        assert!(merges(&sizes).is_empty());
        sizes.push((500, 0));
        assert_eq!(merges(&sizes), [vec![500; SMALL_PER_MERGE]]);
    }

    #[test]
    fn a_mostly_deleted_segment_is_rewritten() {
        assert_eq!(merges(&[(200_000, 100_000), (200_000, 10_000)]), [[200_000]]);
    }
}
