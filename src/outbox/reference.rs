//! Kiosk references: what the person reads on the receipt and tells the
//! operator. `AR-K01-7KX2-94MF`: the kiosk id, then eight characters from
//! an alphabet without the look-alikes I/1, O/0 (40 random bits).

use chacha20poly1305::aead::Generate;

/// 32 characters: digits 2–9 and capitals without I and O.
const ALPHABET: &[u8; 32] = b"23456789ABCDEFGHJKLMNPQRSTUVWXYZ";

/// A new random reference for this kiosk, or `None` if the system's random
/// source fails.
pub fn new_reference(kiosk_id: &str) -> Option<String> {
    let bits = u64::try_generate().ok()?;
    let chars: String = (0..8)
        .map(|i| ALPHABET[((bits >> (5 * i)) & 31) as usize] as char)
        .collect();
    Some(format!("{kiosk_id}-{}-{}", &chars[..4], &chars[4..]))
}

/// Reads what a person or operator typed as a reference: case, spaces and
/// the look-alikes (O for 0, I or L for 1 are not in the alphabet) are
/// forgiven where unambiguous.
pub fn normalise(typed: &str) -> String {
    typed
        .trim()
        .to_uppercase()
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Whether the last two groups of a reference use only the alphabet.
    fn is_well_formed(reference: &str) -> bool {
        let mut groups = reference.rsplit('-');
        let (Some(b), Some(a)) = (groups.next(), groups.next()) else {
            return false;
        };
        [a, b]
            .iter()
            .all(|g| g.len() == 4 && g.bytes().all(|c| ALPHABET.contains(&c)))
    }

    #[test]
    fn references_are_unambiguous_and_well_formed() {
        let mut seen = std::collections::BTreeSet::new();
        for _ in 0..2000 {
            let r = new_reference("AR-K01").unwrap();
            assert!(r.starts_with("AR-K01-"));
            assert_eq!(r.len(), "AR-K01-7KX2-94MF".len());
            assert!(is_well_formed(&r), "{r}");
            let tail = &r["AR-K01-".len()..];
            assert!(!tail.contains(['I', 'O', '0', '1']), "{r}");
            seen.insert(r);
        }
        assert!(seen.len() > 1990, "40 random bits rarely collide");
        assert!(!is_well_formed("AR-K01-7KX2-94M0"));
        assert_eq!(normalise(" ar-k01-7kx2-94mf "), "AR-K01-7KX2-94MF");
    }
}
