//! FNV-1a (64 bits): the one hash saywho uses for quotation ids, file content hashes and its
//! word tables. Stable across runs and machines, fast on short inputs.

/// The starting value of an FNV-1a hash.
pub const FNV_OFFSET: u64 = 0xcbf29ce484222325;

/// Continues an FNV-1a hash over more bytes: `fnv1a(FNV_OFFSET, b"ab") == fnv1a(fnv1a(FNV_OFFSET, b"a"), b"b")`.
pub fn fnv1a(hash: u64, bytes: &[u8]) -> u64 {
    bytes.iter().fold(hash, |h, &b| (h ^ u64::from(b)).wrapping_mul(0x100000001b3))
}

/// FNV-1a as a `Hasher`: fast for the short keys of word tables.
pub struct Fnv(u64);

/// Builds [`Fnv`] hashers for `HashMap` and `HashSet`.
pub type FnvBuildHasher = std::hash::BuildHasherDefault<Fnv>;

impl Default for Fnv {
    fn default() -> Fnv {
        Fnv(FNV_OFFSET)
    }
}

impl std::hash::Hasher for Fnv {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0 = fnv1a(self.0, bytes);
    }
}

/// A word-at-a-time hasher (the Fx hash of rustc) for memo tables keyed by whole words, where
/// FNV's byte loop costs more than the lookup; not stable across versions, never stored.
#[derive(Default)]
pub struct WordHasher(u64);

/// Builds [`WordHasher`]s for `HashMap`.
pub type WordBuildHasher = std::hash::BuildHasherDefault<WordHasher>;

impl std::hash::Hasher for WordHasher {
    fn finish(&self) -> u64 {
        self.0
    }
    fn write(&mut self, bytes: &[u8]) {
        const SEED: u64 = 0x51_7c_c1_b7_27_22_0a_95;
        let mut chunks = bytes.chunks_exact(8);
        for chunk in &mut chunks {
            let word = u64::from_le_bytes(chunk.try_into().unwrap_or_default());
            self.0 = (self.0.rotate_left(5) ^ word).wrapping_mul(SEED);
        }
        let mut tail = [0u8; 8];
        tail[..chunks.remainder().len()].copy_from_slice(chunks.remainder());
        self.0 = (self.0.rotate_left(5) ^ u64::from_le_bytes(tail)).wrapping_mul(SEED);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn known_value_and_chaining() {
        assert_eq!(fnv1a(FNV_OFFSET, b""), FNV_OFFSET);
        assert_eq!(fnv1a(FNV_OFFSET, b"a"), 0xaf63dc4c8601ec8c);
        assert_eq!(fnv1a(fnv1a(FNV_OFFSET, b"a"), b"b"), fnv1a(FNV_OFFSET, b"ab"));
    }
}
