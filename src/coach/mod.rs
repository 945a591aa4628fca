//! The coach: codes a typed answer the way an MI supervisor would (MITI 4.2.1), names the
//! words behind each flag and why, and sums a session up. Pure functions, no I/O beyond the
//! `code_lines` adapter, no egui.

pub mod text;
