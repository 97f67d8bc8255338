//! Invariants of ARCHITECTURE.md that a machine can check by reading `src/`.
#![allow(clippy::unwrap_used, clippy::expect_used, clippy::panic)]

use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in std::fs::read_dir(dir).expect("read src") {
        let path = entry.expect("dir entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

/// Does this line of Rust name the iced crates (outside comments)?
fn names_iced(line: &str) -> bool {
    let code = line.split("//").next().unwrap_or_default();
    code.split(|c: char| !(c.is_alphanumeric() || c == '_'))
        .any(|word| word == "iced" || word.starts_with("iced_"))
}

#[test]
fn the_domain_never_imports_iced() {
    let root = src();
    let mut files = Vec::new();
    rust_files(&root, &mut files);
    let mut offenders = Vec::new();
    for file in &files {
        let relative = file.strip_prefix(&root).expect("under src");
        if relative.starts_with("ui")
            || relative == Path::new("ui.rs")
            || relative == Path::new("main.rs")
        {
            continue;
        }
        let text = std::fs::read_to_string(file).expect("read source");
        for (n, line) in text.lines().enumerate() {
            if names_iced(line) {
                offenders.push(format!("{}:{}: {}", relative.display(), n + 1, line.trim()));
            }
        }
    }
    assert!(files.len() > 5, "the scan found the sources");
    assert!(
        offenders.is_empty(),
        "iced outside src/ui/:\n{}",
        offenders.join("\n")
    );
}

#[test]
fn the_iced_check_recognises_imports() {
    assert!(names_iced("use iced::widget::text;"));
    assert!(names_iced("    let x = iced_test::simulator(view);"));
    assert!(!names_iced("// iced is only for the ui"));
    assert!(!names_iced("let priced = 3;"));
}

#[test]
fn no_mod_rs_files() {
    let mut files = Vec::new();
    rust_files(&src(), &mut files);
    let mod_rs: Vec<_> = files.iter().filter(|f| f.ends_with("mod.rs")).collect();
    assert!(mod_rs.is_empty(), "use foo.rs + foo/ instead: {mod_rs:?}");
}
