//! Bytes -> UTF-8 text. UTF-8 (with or without BOM) and UTF-16 with BOM are decoded as such; other
//! text that is not valid UTF-8 is taken as Windows-1252 (a superset of Latin-1), the usual legacy
//! encoding of Western news. Files with NUL bytes and no UTF-16 BOM are refused as binary.

use super::ArticleError;

/// Decoded text and the number of bytes the byte-order mark took (text offsets + `bom` = file
/// offsets, exactly for UTF-8 input).
#[derive(Debug)]
pub struct Decoded {
    pub text: String,
    pub bom: usize,
    /// True when text offsets equal file offsets minus `bom` (the file was UTF-8).
    pub utf8: bool,
}

/// Decodes the bytes of a text file, detecting its encoding.
pub fn decode(bytes: &[u8]) -> Result<Decoded, ArticleError> {
    if bytes.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ArticleError::Empty);
    }
    if let Some((encoding, bom)) = encoding_rs::Encoding::for_bom(bytes) {
        let (text, _) = encoding.decode_without_bom_handling(&bytes[bom..]);
        let utf8 = encoding == encoding_rs::UTF_8;
        return Ok(Decoded { text: text.into_owned(), bom, utf8 });
    }
    if looks_binary(bytes) {
        return Err(ArticleError::Binary);
    }
    match std::str::from_utf8(bytes) {
        Ok(text) => Ok(Decoded { text: text.to_owned(), bom: 0, utf8: true }),
        Err(_) => {
            let (text, _) = encoding_rs::WINDOWS_1252.decode_without_bom_handling(bytes);
            Ok(Decoded { text: text.into_owned(), bom: 0, utf8: false })
        }
    }
}

/// Binary files have NUL bytes or many control characters early on.
fn looks_binary(bytes: &[u8]) -> bool {
    let head = &bytes[..bytes.len().min(8192)];
    let controls = head.iter().filter(|&&b| b < 0x20 && !matches!(b, b'\n' | b'\r' | b'\t' | 0x0c)).count();
    head.contains(&0) || controls * 20 > head.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn utf8_passes_through() {
        let d = decode("Café “quoted”".as_bytes()).unwrap();
        assert_eq!(d.text, "Café “quoted”");
        assert!(d.utf8);
    }

    #[test]
    fn utf8_bom_is_dropped_and_counted() {
        let d = decode(b"\xEF\xBB\xBFHello").unwrap();
        assert_eq!((d.text.as_str(), d.bom), ("Hello", 3));
    }

    #[test]
    fn latin1_pound_sign_decodes() {
        let d = decode(b"It cost \xA3300 and \x93more\x94").unwrap();
        assert_eq!(d.text, "It cost £300 and “more”");
    }

    #[test]
    fn utf16_with_bom_decodes() {
        let mut bytes = vec![0xFF, 0xFE];
        for unit in "He said".encode_utf16() {
            bytes.extend_from_slice(&unit.to_le_bytes());
        }
        assert_eq!(decode(&bytes).unwrap().text, "He said");
    }

    #[test]
    fn binary_and_empty_are_refused() {
        assert!(matches!(decode(b"\x00\x01\x02PNG"), Err(ArticleError::Binary)));
        assert!(matches!(decode(b"  \n "), Err(ArticleError::Empty)));
    }
}
