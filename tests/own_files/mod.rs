//! This computer's files in a data folder, for the test helpers of the store and of the UI
//! (`store_support`, `ui_support`): their names carry this computer's device id.
#![allow(dead_code)]

use std::path::Path;

/// This computer's device id.
pub fn device() -> reframe_core::store::device::DeviceId {
    reframe_core::store::device::DeviceId::resolve().expect("this computer has a device id")
}

pub fn own_log(dir: &Path) -> std::path::PathBuf {
    dir.join(reframe_core::store::device::log_name(&device()))
}

pub fn own_snapshot(dir: &Path) -> std::path::PathBuf {
    dir.join(reframe_core::store::device::snapshot_name(&device()))
}

pub fn own_settings(dir: &Path) -> std::path::PathBuf {
    dir.join(reframe_core::store::device::settings_name(&device()))
}

/// This computer's backups folder.
pub fn own_backups(dir: &Path) -> std::path::PathBuf {
    dir.join("backups").join(device().as_str())
}

/// The name of this computer's log file.
pub fn own_log_name() -> String {
    reframe_core::store::device::log_name(&device())
}
