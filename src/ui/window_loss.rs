//! Surviving a window that another program destroys outright (`xdotool windowclose`; some
//! taskbars and kill scripts call XDestroyWindow instead of asking the window to close). winit
//! 0.30.13, the newest 0.30 release, then unwraps an X11 BadWindow/BadDrawable error
//! (`x11/window.rs`, TranslateCoordinates and GetGeometry) and panics; no winit or eframe
//! release handles it. The panic unwinds through `eframe::run_native`, dropping the app (the
//! collection's `Drop` writes its final snapshot; every answer is already in the log), so it is
//! caught here and treated as a close. Any other panic is passed on unchanged.

use std::panic::{self, AssertUnwindSafe, PanicHookInfo};
use std::sync::Arc;
use std::sync::atomic::{AtomicBool, Ordering};

static X11_WINDOW_GONE: AtomicBool = AtomicBool::new(false);

/// The panic comes from winit's X11 backend.
fn from_winit_x11(info: &PanicHookInfo<'_>) -> bool {
    info.location().is_some_and(|at| {
        let file = at.file().replace('\\', "/");
        file.contains("/winit-") && file.contains("/x11/")
    })
}

/// The window system took the window away.
#[derive(Debug)]
pub(crate) struct WindowLost;

/// Runs the eframe loop; a panic from winit's X11 backend becomes [`WindowLost`], every other
/// panic keeps its message, backtrace and exit code.
pub(crate) fn run_surviving_window_loss<T>(run: impl FnOnce() -> T) -> Result<T, WindowLost> {
    let previous: Arc<dyn Fn(&PanicHookInfo<'_>) + Send + Sync> = Arc::from(panic::take_hook());
    let chained = Arc::clone(&previous);
    panic::set_hook(Box::new(move |info| {
        if from_winit_x11(info) {
            X11_WINDOW_GONE.store(true, Ordering::SeqCst);
        } else {
            chained(info);
        }
    }));
    let outcome = panic::catch_unwind(AssertUnwindSafe(run));
    drop(panic::take_hook());
    panic::set_hook(Box::new(move |info| previous(info)));
    match outcome {
        Ok(value) => Ok(value),
        Err(_) if X11_WINDOW_GONE.load(Ordering::SeqCst) => Err(WindowLost),
        Err(payload) => panic::resume_unwind(payload),
    }
}
