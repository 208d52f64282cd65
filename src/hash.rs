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
