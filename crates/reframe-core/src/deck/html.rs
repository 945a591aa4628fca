//! HTML in Anki fields to plain text: tags dropped, `<br>` and block ends as line breaks,
//! character entities decoded. Linear in the text; anything that is not a well-formed tag or
//! a known entity (`I <3 you`, `R&D`) is kept as written.

/// The text of an HTML fragment.
pub fn html_to_text(html: &str) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(i) = rest.find(['<', '&']) {
        out.push_str(&rest[..i]);
        rest = &rest[i..];
        if rest.starts_with('<') {
            match tag(rest) {
                Some((len, name)) => {
                    if matches!(
                        name.as_str(),
                        "br" | "div" | "/div" | "p" | "/p" | "li" | "/li" | "tr" | "/tr"
                    ) {
                        out.push('\n');
                    }
                    rest = &rest[len..];
                }
                None => {
                    out.push('<');
                    rest = &rest[1..];
                }
            }
        } else {
            match entity(rest) {
                Some((len, c)) => {
                    out.push(c);
                    rest = &rest[len..];
                }
                None => {
                    out.push('&');
                    rest = &rest[1..];
                }
            }
        }
    }
    out.push_str(rest);
    tidy(&out)
}

/// A tag at the start of `s`: its length and lowercase name (`/p` for a closing tag).
fn tag(s: &str) -> Option<(usize, String)> {
    let body = s.get(1..)?;
    let first = body.chars().next()?;
    if !(first.is_ascii_alphabetic() || first == '/' || first == '!') {
        return None;
    }
    // A tag ends at the first `>`; attributes in quotes may not hold one, which Anki's own
    // HTML never has.
    let end = body.find('>')?;
    let inner = &body[..end];
    if inner.contains('<') {
        return None;
    }
    let name: String = inner
        .split(|c: char| c.is_whitespace() || c == '>')
        .next()
        .unwrap_or("")
        .trim_end_matches('/')
        .to_ascii_lowercase();
    Some((end + 2, name))
}

/// An entity at the start of `s`: its length and the character.
fn entity(s: &str) -> Option<(usize, char)> {
    // `;` is ASCII, so the slice below stays on character boundaries.
    let end = s.bytes().take(12).position(|b| b == b';')?;
    let name = &s[1..end];
    let c = match name {
        "amp" => '&',
        "lt" => '<',
        "gt" => '>',
        "quot" => '"',
        "apos" => '\'',
        "nbsp" => ' ',
        "ndash" => '–',
        "mdash" => '—',
        "hellip" => '…',
        "lsquo" => '‘',
        "rsquo" => '’',
        "ldquo" => '“',
        "rdquo" => '”',
        _ => {
            let code = match name.strip_prefix('#')? {
                hex if hex.starts_with(['x', 'X']) => u32::from_str_radix(&hex[1..], 16).ok()?,
                dec => dec.parse().ok()?,
            };
            char::from_u32(code).filter(|c| *c != '\0')?
        }
    };
    Some((end + 1, c))
}

/// Spaces at line ends and runs of blank lines removed; the whole trimmed.
fn tidy(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut blank_run = 0;
    for line in text.lines() {
        let line = line.trim_end();
        if line.trim().is_empty() {
            blank_run += 1;
            continue;
        }
        if !out.is_empty() {
            out.push_str(if blank_run > 0 { "\n\n" } else { "\n" });
        }
        blank_run = 0;
        out.push_str(line);
    }
    out.trim().to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_go_breaks_stay_and_entities_decode() {
        assert_eq!(
            html_to_text("<div>I <b>never</b> asked&nbsp;for this.<br>Ever.</div>"),
            "I never asked for this.\nEver."
        );
        assert_eq!(
            html_to_text("Tom &amp; Jerry say &quot;no&quot; &#8212; &#x1F600;"),
            "Tom & Jerry say \"no\" — 😀"
        );
        assert_eq!(html_to_text("I <3 you & R&D < 5"), "I <3 you & R&D < 5");
        assert_eq!(html_to_text("<p>a</p><p></p><p>b</p>"), "a\n\nb");
        assert_eq!(
            html_to_text("&#0; &#xFFFFFFFF; &bogus;"),
            "&#0; &#xFFFFFFFF; &bogus;"
        );
    }
}
