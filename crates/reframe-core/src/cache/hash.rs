//! XXH64, streamed: a fast, well-known content hash that tells whether a deck file still is the
//! one a cache was built from. Not for security: it guards against edits, not against attackers.

use std::fs::File;
use std::io::{self, Read};
use std::path::Path;

const P1: u64 = 0x9E37_79B1_85EB_CA87;
const P2: u64 = 0xC2B2_AE3D_27D4_EB4F;
const P3: u64 = 0x1656_67B1_9E37_79F9;
const P4: u64 = 0x85EB_CA77_C2B2_AE63;
const P5: u64 = 0x27D4_EB2F_1656_67C5;

/// Files are hashed in chunks of this size, so a 50 MB deck is never held in memory to check it.
pub const CHUNK: usize = 64 * 1024;

fn round(acc: u64, input: u64) -> u64 {
    acc.wrapping_add(input.wrapping_mul(P2))
        .rotate_left(31)
        .wrapping_mul(P1)
}

fn merge(acc: u64, v: u64) -> u64 {
    (acc ^ round(0, v)).wrapping_mul(P1).wrapping_add(P4)
}

fn u64_at(b: &[u8], i: usize) -> u64 {
    let mut w = [0u8; 8];
    w.copy_from_slice(&b[i..i + 8]);
    u64::from_le_bytes(w)
}

/// The XXH64 state (seed 0), fed in pieces of any size.
#[derive(Debug, Clone)]
pub struct Xxh64 {
    v: [u64; 4],
    buf: [u8; 32],
    buffered: usize,
    total: u64,
}

impl Default for Xxh64 {
    fn default() -> Self {
        Xxh64 {
            v: [P1.wrapping_add(P2), P2, 0, 0u64.wrapping_sub(P1)],
            buf: [0; 32],
            buffered: 0,
            total: 0,
        }
    }
}

impl Xxh64 {
    fn stripe(v: &mut [u64; 4], s: &[u8]) {
        v[0] = round(v[0], u64_at(s, 0));
        v[1] = round(v[1], u64_at(s, 8));
        v[2] = round(v[2], u64_at(s, 16));
        v[3] = round(v[3], u64_at(s, 24));
    }

    pub fn update(&mut self, mut data: &[u8]) {
        self.total += data.len() as u64;
        if self.buffered > 0 {
            let take = (32 - self.buffered).min(data.len());
            self.buf[self.buffered..self.buffered + take].copy_from_slice(&data[..take]);
            self.buffered += take;
            data = &data[take..];
            if self.buffered < 32 {
                return;
            }
            let buf = self.buf;
            Self::stripe(&mut self.v, &buf);
            self.buffered = 0;
        }
        let mut stripes = data.chunks_exact(32);
        for s in &mut stripes {
            Self::stripe(&mut self.v, s);
        }
        let rest = stripes.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.buffered = rest.len();
    }

    pub fn finish(&self) -> u64 {
        let v = self.v;
        let mut h = if self.total >= 32 {
            let mut h = v[0]
                .rotate_left(1)
                .wrapping_add(v[1].rotate_left(7))
                .wrapping_add(v[2].rotate_left(12))
                .wrapping_add(v[3].rotate_left(18));
            for x in v {
                h = merge(h, x);
            }
            h
        } else {
            P5
        };
        h = h.wrapping_add(self.total);
        let tail = &self.buf[..self.buffered];
        let mut i = 0;
        while i + 8 <= tail.len() {
            h = (h ^ round(0, u64_at(tail, i)))
                .rotate_left(27)
                .wrapping_mul(P1)
                .wrapping_add(P4);
            i += 8;
        }
        if i + 4 <= tail.len() {
            let mut w = [0u8; 4];
            w.copy_from_slice(&tail[i..i + 4]);
            h = (h ^ u64::from(u32::from_le_bytes(w)).wrapping_mul(P1))
                .rotate_left(23)
                .wrapping_mul(P2)
                .wrapping_add(P3);
            i += 4;
        }
        for &b in &tail[i..] {
            h = (h ^ u64::from(b).wrapping_mul(P5))
                .rotate_left(11)
                .wrapping_mul(P1);
        }
        h ^= h >> 33;
        h = h.wrapping_mul(P2);
        h ^= h >> 29;
        h = h.wrapping_mul(P3);
        h ^ (h >> 32)
    }
}

/// XXH64 of a byte slice.
pub fn of_bytes(bytes: &[u8]) -> u64 {
    let mut h = Xxh64::default();
    h.update(bytes);
    h.finish()
}

/// XXH64 and length of a file, read in 64 KiB chunks.
pub fn of_file(path: &Path) -> io::Result<(u64, u64)> {
    let mut f = File::open(path)?;
    let mut h = Xxh64::default();
    let mut chunk = vec![0u8; CHUNK];
    loop {
        let n = match f.read(&mut chunk) {
            Ok(0) => break,
            Ok(n) => n,
            Err(e) if e.kind() == io::ErrorKind::Interrupted => continue,
            Err(e) => return Err(e),
        };
        h.update(&chunk[..n]);
    }
    Ok((h.finish(), h.total))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn matches_the_reference_xxh64() {
        // Values from `xxhsum -H64`.
        assert_eq!(of_bytes(b""), 0xEF46_DB37_51D8_E999);
        assert_eq!(of_bytes(b"abc"), 0x44BC_2CF5_AD77_0999);
        let long: Vec<u8> = (0..1000u32).map(|i| (i * 7 % 251) as u8).collect();
        assert_eq!(of_bytes(&long), 0x023F_D2ED_1FF9_57D5);
    }

    #[test]
    fn pieces_of_any_size_give_the_same_hash() {
        let data: Vec<u8> = (0..5000u32).map(|i| (i * 31 % 256) as u8).collect();
        let whole = of_bytes(&data);
        for piece in [1, 3, 31, 32, 33, 1000] {
            let mut h = Xxh64::default();
            for c in data.chunks(piece) {
                h.update(c);
            }
            assert_eq!(h.finish(), whole, "pieces of {piece}");
        }
    }
}
