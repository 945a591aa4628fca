//! `reframe code`: one response per input line in, one coded line per input line out (so the
//! two files line up), and the MITI summary after when asked.

use super::{MitiSummary, code};
use std::io::{self, BufRead, Write};

/// Codes each line of `input` and writes `code  flags: kind["words"], …` per line to `out`.
/// Blank lines print `other` so output lines stay aligned with input lines; they are left
/// out of the summary. Bytes that are not UTF-8 are replaced, not refused.
pub fn code_lines(input: impl BufRead, out: impl Write, summary: bool) -> io::Result<()> {
    code_lines_with(input, out, summary, false)
}

/// Like [`code_lines`]; with `explain`, each line also says why the reply got its code.
pub fn code_lines_with(
    input: impl BufRead,
    out: impl Write,
    summary: bool,
    explain: bool,
) -> io::Result<()> {
    code_replies_with(input, out, summary, explain, false)
}

/// As [`code_lines_with`]; with `statements`, a line that holds a tab is the client's
/// statement, the tab, then the reply, and the reply is coded in reply to the statement, as
/// the app codes it ([`super::code_in_reply_to`]). A line without a tab is coded alone.
pub fn code_replies_with(
    input: impl BufRead,
    out: impl Write,
    summary: bool,
    explain: bool,
    statements: bool,
) -> io::Result<()> {
    match write_codes(input, out, summary, explain, statements) {
        // `reframe code big.txt | head` closing the pipe early is not a failure.
        Err(e) if e.kind() == io::ErrorKind::BrokenPipe => Ok(()),
        other => other,
    }
}

fn write_codes(
    input: impl BufRead,
    mut out: impl Write,
    summary: bool,
    explain: bool,
    statements: bool,
) -> io::Result<()> {
    let mut totals = MitiSummary::default();
    let mut input = input;
    let mut raw = Vec::new();
    loop {
        raw.clear();
        if input.read_until(b'\n', &mut raw)? == 0 {
            break;
        }
        // A transcript in another encoding still gets one output line per input line.
        let line = String::from_utf8_lossy(&raw);
        let line = line.trim_end_matches(['\n', '\r']);
        let coding = match line.split_once('\t').filter(|_| statements) {
            Some((statement, reply)) => super::code_in_reply_to(statement, reply),
            None => code(line),
        };
        if !line.trim().is_empty() {
            totals.add(&coding);
        }
        if explain {
            write!(out, "{}  why: {}", coding.line(), coding.why)?;
            if let Some(doubt) = &coding.caution {
                write!(out, "  doubt: {}", doubt.reason)?;
            }
            if coding.reserved {
                write!(out, "  reserved: {}", super::learned::RESERVED_REASON)?;
            }
            writeln!(out)?;
        } else {
            writeln!(out, "{}", coding.line())?;
        }
    }
    if summary {
        writeln!(out)?;
        writeln!(out, "{totals}")?;
    }
    out.flush()
}
