//! The binary deck cache: `<data>/cache/<file>.bin` holds a parsed imported deck in a compact
//! encoding, keyed by the length and XXH64 of the RON file it came from. The RON file stays the
//! source of truth: a cache that does not match it, or cannot be read, is rebuilt from it.
//!
//! Layout (little endian): a 64-byte header — magic, cache format, RON length and hash, then the
//! length and hash of each section — then the *head* section (the writing program's name and
//! version, deck fields and card ids: all that `reframe status` needs) and the *body* section
//! (the rest of every card).

use super::hash;
use crate::deck::{
    Alternative, Card, Deck, Diagnostic, Foil, Level, MAX_FILE_BYTES, load_deck_file, parse_deck,
};
use crate::levels::CardKind;
use crate::mi::{Category, Technique};
use crate::store::CACHE_DIR;
use std::fs::{self, File};
use std::io::{Read, Write};
use std::path::{Path, PathBuf};

const MAGIC: &[u8; 8] = b"RFDECK\0\x01";
/// Raise when the encoding changes: older caches are then simply rebuilt.
/// Version 2 holds each card's level and alternatives (deck format 2).
pub const CACHE_FORMAT: u32 = 2;
const HEADER: usize = 64;
/// The program that wrote a cache. Another version may read deck files differently (new checks,
/// new fields), so its caches are rebuilt rather than trusted.
const PRODUCER: &str = concat!(env!("CARGO_PKG_NAME"), " ", env!("CARGO_PKG_VERSION"));

/// A deck's fields and card ids, without the card texts: what counting today's cards needs.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DeckIds {
    pub id: String,
    pub title: String,
    pub version: u32,
    /// Card ids in deck order.
    pub cards: Vec<String>,
    /// Category and level of each card, parallel to `cards`.
    pub kinds: Vec<CardKind>,
}

impl DeckIds {
    pub fn of(deck: &Deck) -> DeckIds {
        DeckIds {
            id: deck.id.clone(),
            title: deck.title.clone(),
            version: deck.version,
            cards: deck.cards.iter().map(|c| c.id.clone()).collect(),
            kinds: deck
                .cards
                .iter()
                .map(|c| CardKind {
                    category: c.category,
                    level: c.level,
                })
                .collect(),
        }
    }
}

/// Where the cache of deck file `ron` lives.
pub fn cache_path(data_dir: &Path, ron: &Path) -> PathBuf {
    let name = ron
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_else(|| "deck".to_string());
    data_dir.join(CACHE_DIR).join(format!("{name}.bin"))
}

/// Loads an imported deck file, through its cache when the cache matches the file.
pub fn load_deck(data_dir: &Path, ron: &Path) -> Result<Deck, Vec<Diagnostic>> {
    let cache = cache_path(data_dir, ron);
    if let Some(deck) = read_cached(&cache, ron, true).and_then(|(head, body)| {
        let mut r = Reader::new(&head);
        let (meta, ids) = decode_head(&mut r)?;
        decode_body(meta, ids, &body?)
    }) {
        return Ok(deck);
    }
    rebuild(&cache, ron)
}

/// Loads only a deck's fields and card ids (the head section), through the cache.
pub fn load_ids(data_dir: &Path, ron: &Path) -> Result<DeckIds, Vec<Diagnostic>> {
    let cache = cache_path(data_dir, ron);
    if let Some(ids) = read_cached(&cache, ron, false).and_then(|(head, _)| {
        let mut r = Reader::new(&head);
        let (meta, cards) = decode_head(&mut r)?;
        Some(DeckIds {
            id: meta.id,
            title: meta.title,
            version: meta.version,
            kinds: cards.iter().map(|(_, k)| *k).collect(),
            cards: cards.into_iter().map(|(id, _)| id.to_string()).collect(),
        })
    }) {
        return Ok(ids);
    }
    rebuild(&cache, ron).map(|d| DeckIds::of(&d))
}

/// Writes the cache of deck file `ron` whose bytes are `source`, already parsed as `deck` (an
/// import has both in hand), so the first start after importing a big deck needs no parse.
/// Best effort, like every cache write.
pub fn store(data_dir: &Path, ron: &Path, source: &[u8], deck: &Deck) {
    let encoded = encode(deck, hash::of_bytes(source), source.len() as u64);
    let _ = write_replacing(&cache_path(data_dir, ron), &encoded);
}

/// Parses the RON file and writes its cache (best effort: a cache that cannot be written only
/// costs speed next time).
fn rebuild(cache: &Path, ron: &Path) -> Result<Deck, Vec<Diagnostic>> {
    let bytes = match read_source(ron) {
        Some(b) => b,
        // Let the deck module word the read error.
        None => return load_deck_file(ron),
    };
    let deck = parse_deck(&bytes, &ron.display().to_string())?;
    let encoded = encode(&deck, hash::of_bytes(&bytes), bytes.len() as u64);
    drop(bytes);
    let _ = write_replacing(cache, &encoded);
    Ok(deck)
}

fn read_source(ron: &Path) -> Option<Vec<u8>> {
    let len = fs::metadata(ron).ok()?.len();
    if len > MAX_FILE_BYTES {
        return None;
    }
    let mut bytes = Vec::with_capacity(len as usize);
    File::open(ron)
        .ok()?
        .take(MAX_FILE_BYTES + 1)
        .read_to_end(&mut bytes)
        .ok()?;
    Some(bytes)
}

/// Temp file then rename, so a reader sees the old cache or the new one. No fsync: a cache torn
/// by a power cut fails its hash check and is rebuilt.
fn write_replacing(path: &Path, bytes: &[u8]) -> std::io::Result<()> {
    if let Some(dir) = path.parent() {
        fs::create_dir_all(dir)?;
    }
    let name = path
        .file_name()
        .map(|n| n.to_string_lossy().into_owned())
        .unwrap_or_default();
    let tmp = path.with_file_name(format!(".{name}.tmp-{}", std::process::id()));
    let result = File::create(&tmp)
        .and_then(|mut f| f.write_all(bytes))
        .and_then(|()| fs::rename(&tmp, path));
    if result.is_err() {
        let _ = fs::remove_file(&tmp);
    }
    result
}

struct Header {
    ron_len: u64,
    ron_hash: u64,
    head_len: u64,
    head_hash: u64,
    body_len: u64,
    body_hash: u64,
}

/// The head section (and the body when `want_body`), if the cache is whole and matches `ron`.
fn read_cached(cache: &Path, ron: &Path, want_body: bool) -> Option<(Vec<u8>, Option<Vec<u8>>)> {
    let mut f = File::open(cache).ok()?;
    let cache_len = f.metadata().ok()?.len();
    let mut raw = [0u8; HEADER];
    f.read_exact(&mut raw).ok()?;
    let h = parse_header(&raw)?;
    if (HEADER as u64)
        .checked_add(h.head_len)?
        .checked_add(h.body_len)?
        != cache_len
        || fs::metadata(ron).ok()?.len() != h.ron_len
    {
        return None;
    }
    let (ron_hash, ron_len) = hash::of_file(ron).ok()?;
    if ron_hash != h.ron_hash || ron_len != h.ron_len {
        return None;
    }
    let head = read_section(&mut f, h.head_len, h.head_hash)?;
    let body = if want_body {
        Some(read_section(&mut f, h.body_len, h.body_hash)?)
    } else {
        None
    };
    Some((head, body))
}

fn read_section(f: &mut File, len: u64, expected: u64) -> Option<Vec<u8>> {
    let mut buf = vec![0u8; usize::try_from(len).ok()?];
    f.read_exact(&mut buf).ok()?;
    (hash::of_bytes(&buf) == expected).then_some(buf)
}

fn parse_header(raw: &[u8; HEADER]) -> Option<Header> {
    if &raw[..8] != MAGIC {
        return None;
    }
    let mut r = Reader::new(&raw[8..]);
    if r.u32()? != CACHE_FORMAT {
        return None;
    }
    r.u32()?;
    Some(Header {
        ron_len: r.u64()?,
        ron_hash: r.u64()?,
        head_len: r.u64()?,
        head_hash: r.u64()?,
        body_len: r.u64()?,
        body_hash: r.u64()?,
    })
}

/// The whole cache file for `deck`, parsed from a RON file of `ron_len` bytes hashing to `ron_hash`.
pub fn encode(deck: &Deck, ron_hash: u64, ron_len: u64) -> Vec<u8> {
    encode_as(PRODUCER, deck, ron_hash, ron_len)
}

fn encode_as(producer: &str, deck: &Deck, ron_hash: u64, ron_len: u64) -> Vec<u8> {
    let mut head = Vec::with_capacity(256 + deck.cards.len() * 16);
    put_str(&mut head, producer);
    put_u32(&mut head, deck.format);
    put_u32(&mut head, deck.version);
    for s in [
        &deck.id,
        &deck.title,
        &deck.description,
        &deck.author,
        &deck.language,
    ] {
        put_str(&mut head, s);
    }
    put_u32(&mut head, deck.cards.len() as u32);
    for c in &deck.cards {
        put_str(&mut head, &c.id);
        // Category and level in one byte: what the ids-only path needs for the levels.
        head.push(index_of(Category::ALL, c.category) * 3 + index_of(&Level::ALL, c.level));
    }
    let mut body = Vec::with_capacity(deck.cards.len() * 256);
    for c in &deck.cards {
        put_str(&mut body, &c.statement);
        put_str(&mut body, &c.response);
        body.push(index_of(Technique::ALL, c.technique));
        body.push(c.secondary.len().min(255) as u8);
        for t in c.secondary.iter().take(255) {
            body.push(index_of(Technique::ALL, *t));
        }
        body.push(index_of(Category::ALL, c.category));
        put_str(&mut body, &c.note);
        match &c.foil {
            Some(f) => {
                body.push(1);
                put_str(&mut body, &f.text);
                put_str(&mut body, &f.flaw);
            }
            None => body.push(0),
        }
        put_u32(&mut body, c.tags.len() as u32);
        for t in &c.tags {
            put_str(&mut body, t);
        }
        body.push(c.alternatives.len().min(255) as u8);
        for a in c.alternatives.iter().take(255) {
            put_str(&mut body, &a.response);
            body.push(index_of(Technique::ALL, a.technique));
            put_str(&mut body, &a.note);
        }
    }
    let mut out = Vec::with_capacity(HEADER + head.len() + body.len());
    out.extend_from_slice(MAGIC);
    put_u32(&mut out, CACHE_FORMAT);
    put_u32(&mut out, 0);
    for n in [
        ron_len,
        ron_hash,
        head.len() as u64,
        hash::of_bytes(&head),
        body.len() as u64,
        hash::of_bytes(&body),
    ] {
        out.extend_from_slice(&n.to_le_bytes());
    }
    out.extend_from_slice(&head);
    out.extend_from_slice(&body);
    out
}

fn index_of<T: PartialEq>(all: &[T], x: T) -> u8 {
    all.iter().position(|a| *a == x).unwrap_or(0) as u8
}

fn put_u32(out: &mut Vec<u8>, n: u32) {
    out.extend_from_slice(&n.to_le_bytes());
}

fn put_str(out: &mut Vec<u8>, s: &str) {
    put_u32(out, s.len() as u32);
    out.extend_from_slice(s.as_bytes());
}

struct Meta {
    format: u32,
    version: u32,
    id: String,
    title: String,
    description: String,
    author: String,
    language: String,
}

fn decode_head<'a>(r: &mut Reader<'a>) -> Option<(Meta, Vec<(&'a str, CardKind)>)> {
    if r.str()? != PRODUCER {
        return None;
    }
    let format = r.u32()?;
    let version = r.u32()?;
    let mut text = || r.str().map(str::to_string);
    let meta = Meta {
        format,
        version,
        id: text()?,
        title: text()?,
        description: text()?,
        author: text()?,
        language: text()?,
    };
    let n = r.u32()? as usize;
    // Every id takes at least its 4-byte length: a count beyond that is damage.
    if n > r.left() / 4 {
        return None;
    }
    let mut ids = Vec::with_capacity(n);
    for _ in 0..n {
        let id = r.str()?;
        let kind = usize::from(r.u8()?);
        let kind = CardKind {
            category: *Category::ALL.get(kind / 3)?,
            level: *Level::ALL.get(kind % 3)?,
        };
        ids.push((id, kind));
    }
    r.done().then_some((meta, ids))
}

fn decode_body(meta: Meta, ids: Vec<(&str, CardKind)>, body: &[u8]) -> Option<Deck> {
    let mut r = Reader::new(body);
    let mut cards = Vec::with_capacity(ids.len());
    for (id, kind) in ids {
        let statement = r.string()?;
        let response = r.string()?;
        let technique = *Technique::ALL.get(usize::from(r.u8()?))?;
        let n = r.u8()?;
        let mut secondary = Vec::with_capacity(usize::from(n));
        for _ in 0..n {
            secondary.push(*Technique::ALL.get(usize::from(r.u8()?))?);
        }
        let category = *Category::ALL.get(usize::from(r.u8()?))?;
        let note = r.string()?;
        let foil = match r.u8()? {
            0 => None,
            1 => Some(Foil {
                text: r.string()?,
                flaw: r.string()?,
            }),
            _ => return None,
        };
        let n = r.u32()? as usize;
        if n > r.left() / 4 {
            return None;
        }
        let mut tags = Vec::with_capacity(n);
        for _ in 0..n {
            tags.push(r.string()?);
        }
        let level = kind.level;
        let n = usize::from(r.u8()?);
        let mut alternatives = Vec::with_capacity(n);
        for _ in 0..n {
            alternatives.push(Alternative {
                response: r.string()?,
                technique: *Technique::ALL.get(usize::from(r.u8()?))?,
                note: r.string()?,
            });
        }
        cards.push(Card {
            id: id.to_string(),
            statement,
            response,
            technique,
            secondary,
            category,
            note,
            foil,
            tags,
            level,
            alternatives,
        });
    }
    r.done().then_some(Deck {
        format: meta.format,
        id: meta.id,
        title: meta.title,
        description: meta.description,
        author: meta.author,
        version: meta.version,
        language: meta.language,
        cards,
    })
}

/// Reads the encoding back; every read is bounds-checked, so a damaged cache gives `None`.
struct Reader<'a> {
    b: &'a [u8],
    i: usize,
}

impl<'a> Reader<'a> {
    fn new(b: &'a [u8]) -> Reader<'a> {
        Reader { b, i: 0 }
    }
    fn take(&mut self, n: usize) -> Option<&'a [u8]> {
        let s = self.b.get(self.i..self.i.checked_add(n)?)?;
        self.i += n;
        Some(s)
    }
    fn u8(&mut self) -> Option<u8> {
        Some(self.take(1)?[0])
    }
    fn u32(&mut self) -> Option<u32> {
        let mut w = [0u8; 4];
        w.copy_from_slice(self.take(4)?);
        Some(u32::from_le_bytes(w))
    }
    fn u64(&mut self) -> Option<u64> {
        let mut w = [0u8; 8];
        w.copy_from_slice(self.take(8)?);
        Some(u64::from_le_bytes(w))
    }
    fn str(&mut self) -> Option<&'a str> {
        let n = self.u32()? as usize;
        std::str::from_utf8(self.take(n)?).ok()
    }
    fn string(&mut self) -> Option<String> {
        self.str().map(str::to_string)
    }
    fn left(&self) -> usize {
        self.b.len() - self.i
    }
    fn done(&self) -> bool {
        self.i == self.b.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::store::CACHE_DIR;

    fn sample() -> Deck {
        let mut d = crate::synth::deck(30, 3);
        d.cards[1].secondary = vec![Technique::Autonomy, Technique::OpenQuestion];
        d.cards[2].foil = Some(Foil {
            text: "You need to stop.".into(),
            flaw: "Directing: it tells the client what to do.".into(),
        });
        d.cards[3].tags = vec!["court".into(), "work".into()];
        d
    }

    fn folder(deck: &Deck) -> (tempfile::TempDir, PathBuf) {
        let tmp = tempfile::tempdir().unwrap();
        fs::create_dir_all(tmp.path().join("decks")).unwrap();
        let ron = tmp.path().join("decks").join("sample.ron");
        fs::write(&ron, crate::deck::to_ron(deck)).unwrap();
        (tmp, ron)
    }

    #[test]
    fn the_cache_gives_back_the_deck_the_ron_file_holds() {
        let deck = sample();
        let (tmp, ron) = folder(&deck);
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
        assert!(
            cache_path(tmp.path(), &ron).is_file(),
            "the cache is written"
        );
        // Second load comes from the cache.
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
        let ids = load_ids(tmp.path(), &ron).unwrap();
        assert_eq!(ids, DeckIds::of(&deck));
    }

    #[test]
    fn an_edited_ron_file_wins_over_its_cache() {
        let mut deck = sample();
        let (tmp, ron) = folder(&deck);
        load_deck(tmp.path(), &ron).unwrap();
        // Same length, different text: only the hash can tell.
        deck.cards[0].statement = deck.cards[0].statement.replace('Q', "R");
        fs::write(&ron, crate::deck::to_ron(&deck)).unwrap();
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
        assert_eq!(load_ids(tmp.path(), &ron).unwrap(), DeckIds::of(&deck));
    }

    #[test]
    fn a_damaged_cache_is_rebuilt_not_believed() {
        let deck = sample();
        let (tmp, ron) = folder(&deck);
        load_deck(tmp.path(), &ron).unwrap();
        let cache = cache_path(tmp.path(), &ron);
        let good = fs::read(&cache).unwrap();
        for at in [0, 9, 20, HEADER + 5, good.len() - 3] {
            let mut bad = good.clone();
            bad[at] ^= 0x55;
            fs::write(&cache, &bad).unwrap();
            assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck, "flip at {at}");
            assert_eq!(
                fs::read(&cache).unwrap(),
                good,
                "rewritten after flip at {at}"
            );
        }
        fs::write(&cache, &good[..good.len() / 2]).unwrap();
        assert_eq!(load_ids(tmp.path(), &ron).unwrap(), DeckIds::of(&deck));
        fs::write(&cache, b"").unwrap();
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
    }

    #[test]
    fn a_cache_stored_at_import_is_used_as_is() {
        let deck = sample();
        let (tmp, ron) = folder(&deck);
        let bytes = fs::read(&ron).unwrap();
        store(tmp.path(), &ron, &bytes, &deck);
        let written = fs::read(cache_path(tmp.path(), &ron)).unwrap();
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
        assert_eq!(fs::read(cache_path(tmp.path(), &ron)).unwrap(), written);
    }

    #[test]
    fn a_cache_from_another_version_of_reframe_is_rebuilt() {
        let deck = sample();
        let (tmp, ron) = folder(&deck);
        let bytes = fs::read(&ron).unwrap();
        let mut other = deck.clone();
        other.title = "What an older parser made of it".into();
        let cache = cache_path(tmp.path(), &ron);
        fs::create_dir_all(cache.parent().unwrap()).unwrap();
        let foreign = encode_as(
            "reframe 0.0.1",
            &other,
            hash::of_bytes(&bytes),
            bytes.len() as u64,
        );
        fs::write(&cache, foreign).unwrap();
        assert_eq!(load_deck(tmp.path(), &ron).unwrap(), deck);
        assert_eq!(load_ids(tmp.path(), &ron).unwrap().title, deck.title);
    }

    #[test]
    fn a_broken_deck_file_reports_its_problems_whatever_the_cache_says() {
        let deck = sample();
        let (tmp, ron) = folder(&deck);
        load_deck(tmp.path(), &ron).unwrap();
        fs::write(&ron, "Deck(format: 1, id: \"x\"").unwrap();
        assert!(load_deck(tmp.path(), &ron).is_err());
        assert!(load_ids(tmp.path(), &ron).is_err());
        assert!(tmp.path().join(CACHE_DIR).is_dir());
        let missing = tmp.path().join("decks").join("gone.ron");
        let err = load_deck(tmp.path(), &missing).unwrap_err();
        assert!(err[0].message.contains("does not exist"), "{err:?}");
    }
}
