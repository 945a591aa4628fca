//! What a desktop needs to show Reframe like its other applications: the launcher entry, the
//! AppStream metainfo and the window all use one app id, the icon exists at every size the
//! package installs, and the Debian package's metadata installs each of them.
//! (`desktop-file-validate` and `appstreamcli validate` check the files themselves in .ci/run.)

use reframe::ui::APP_ID;

fn read(path: &str) -> String {
    std::fs::read_to_string(format!("{}/{path}", env!("CARGO_MANIFEST_DIR")))
        .unwrap_or_else(|e| format!("cannot read {path}: {e}"))
}

const SIZES: [u32; 7] = [16, 32, 48, 64, 128, 256, 512];

#[test]
fn launcher_entry_metainfo_and_window_share_the_app_id() {
    let desktop = read(&format!("assets/{APP_ID}.desktop"));
    for line in [
        "Exec=reframe".to_string(),
        format!("Icon={APP_ID}"),
        format!("StartupWMClass={APP_ID}"),
    ] {
        assert!(
            desktop.lines().any(|l| l == line),
            "desktop file lacks {line}"
        );
    }
    let metainfo = read(&format!("assets/{APP_ID}.metainfo.xml"));
    for tag in [
        format!("<id>{APP_ID}</id>"),
        format!("<launchable type=\"desktop-id\">{APP_ID}.desktop</launchable>"),
        // Each version gets a release note before it is packaged.
        format!("<release version=\"{}\"", env!("CARGO_PKG_VERSION")),
    ] {
        assert!(metainfo.contains(&tag), "metainfo lacks {tag}");
    }
}

#[test]
fn the_icon_is_there_at_every_size_and_is_the_window_icon() {
    for size in SIZES {
        let path = format!(
            "{}/assets/icons/{APP_ID}-{size}.png",
            env!("CARGO_MANIFEST_DIR")
        );
        let png = std::fs::read(&path).unwrap_or_else(|e| panic!("{path}: {e}"));
        assert_eq!(&png[1..4], b"PNG", "{path} is a PNG");
        let dim = |at: usize| u32::from_be_bytes([png[at], png[at + 1], png[at + 2], png[at + 3]]);
        assert_eq!((dim(16), dim(20)), (size, size), "{path}");
    }
    let icon = reframe::ui::window_icon().expect("the window icon loads");
    assert_eq!((icon.width, icon.height), (256, 256));
    assert!(
        icon.rgba.chunks(4).any(|p| p[3] == 255),
        "the icon is not blank"
    );
}

#[test]
fn the_package_installs_binary_launcher_icons_metainfo_and_licences() {
    let manifest = read("Cargo.toml");
    let deb = manifest
        .split("[package.metadata.deb]")
        .nth(1)
        .expect("Cargo.toml has [package.metadata.deb]");
    let mut wanted = vec![
        "\"target/release/reframe\", \"usr/bin/\"".to_string(),
        format!("\"assets/{APP_ID}.desktop\", \"usr/share/applications/\""),
        format!("\"assets/{APP_ID}.metainfo.xml\", \"usr/share/metainfo/\""),
        format!("\"assets/icons/{APP_ID}.svg\", \"usr/share/icons/hicolor/scalable/apps/\""),
        "\"LICENSE-MIT\", \"usr/share/doc/reframe/\"".to_string(),
        "\"LICENSE-APACHE\", \"usr/share/doc/reframe/\"".to_string(),
        "\"docs/deck-format.md\", \"usr/share/doc/reframe/\"".to_string(),
    ];
    for size in SIZES {
        wanted.push(format!(
            "\"assets/icons/{APP_ID}-{size}.png\", \"usr/share/icons/hicolor/{size}x{size}/apps/{APP_ID}.png\""
        ));
    }
    for w in wanted {
        assert!(deb.contains(&w), "the package does not install {w}");
    }
}
