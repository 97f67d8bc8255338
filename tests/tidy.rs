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

/// The Rust files of the UI: `src/ui.rs` and everything under `src/ui/`.
fn ui_files() -> Vec<PathBuf> {
    let mut files = vec![src().join("ui.rs")];
    rust_files(&src().join("ui"), &mut files);
    files
}

/// A line without its `//` comment and the contents of its string and
/// character literals (braces in them do not count).
fn code_of(line: &str) -> String {
    let mut out = String::new();
    let mut chars = line.chars().peekable();
    let mut in_string = false;
    while let Some(c) = chars.next() {
        match c {
            '\\' if in_string => {
                chars.next();
            }
            '"' => in_string = !in_string,
            '/' if !in_string && chars.peek() == Some(&'/') => break,
            '\'' if !in_string => {
                // A char literal ('{', '\'', '\u{200F}') or a lifetime.
                let rest: String = chars.clone().take(10).collect();
                if let Some(end) = rest
                    .find('\'')
                    .filter(|end| *end <= 8 && !rest.starts_with('\''))
                {
                    for _ in 0..=end {
                        chars.next();
                    }
                }
            }
            _ if in_string => {}
            _ => out.push(c),
        }
    }
    out
}

/// Every `fn` item of a file with its length in lines, from the line of
/// `fn` to the line of its closing brace.
fn function_lengths(text: &str) -> Vec<(String, usize, usize)> {
    let lines: Vec<String> = text.lines().map(code_of).collect();
    let mut found = Vec::new();
    for (start, line) in lines.iter().enumerate() {
        let words: Vec<&str> = line.split_whitespace().collect();
        let Some(at) = words.iter().position(|w| *w == "fn") else {
            continue;
        };
        if !words[..at]
            .iter()
            .all(|w| w.starts_with("pub") || ["async", "const", "unsafe"].contains(w))
        {
            continue;
        }
        let name = words
            .get(at + 1)
            .map(|w| w.split(['(', '<']).next().unwrap_or(w).to_owned())
            .unwrap_or_default();
        let mut depth = 0i32;
        let mut opened = false;
        for (end, body) in lines.iter().enumerate().skip(start) {
            for c in body.chars() {
                match c {
                    '{' => {
                        depth += 1;
                        opened = true;
                    }
                    '}' => depth -= 1,
                    _ => {}
                }
            }
            if opened && depth <= 0 {
                found.push((name.clone(), start + 1, end - start + 1));
                break;
            }
            if !opened && body.trim_end().ends_with(';') {
                break;
            }
        }
    }
    found
}

#[test]
fn the_length_check_counts_a_function_from_fn_to_its_brace() {
    let text = "pub fn a() {\n    let s = \"}\";\n    if x { '{' }\n}\nfn b(\n    x: u8,\n) -> u8 {\n    x // }\n}\n";
    assert_eq!(
        function_lengths(text),
        vec![("a".to_owned(), 1, 4), ("b".to_owned(), 5, 5)]
    );
}

/// The UI's functions stay short enough to read at once (the routing in
/// `ui.rs`, the screens' updates and views).
#[test]
fn no_function_in_the_ui_is_longer_than_sixty_lines() {
    let mut long = Vec::new();
    for file in ui_files() {
        let text = std::fs::read_to_string(&file).expect("read source");
        for (name, line, length) in function_lengths(&text) {
            if length > 60 {
                let relative = file.strip_prefix(src()).expect("under src");
                long.push(format!(
                    "{}:{line}: {name} ({length} lines)",
                    relative.display()
                ));
            }
        }
    }
    assert!(
        long.is_empty(),
        "functions over 60 lines:\n{}",
        long.join("\n")
    );
}

#[test]
fn the_ui_router_stays_small() {
    let text = std::fs::read_to_string(src().join("ui.rs")).expect("read ui.rs");
    let lines = text.lines().count();
    assert!(lines < 500, "src/ui.rs has {lines} lines: it only routes");
}

/// The module of a file under `src/` (`ui::screen::wizard`).
fn module_of(file: &Path) -> String {
    let relative = file.strip_prefix(src()).expect("under src");
    relative
        .with_extension("")
        .components()
        .map(|c| c.as_os_str().to_string_lossy().into_owned())
        .collect::<Vec<_>>()
        .join("::")
}

/// The paths a `use` tree names, braces expanded (`a::{b, c::d}` →
/// `a::b`, `a::c::d`).
fn expand_use(tree: &str) -> Vec<String> {
    // `keyboard as osk` names `keyboard`.
    let mut words = tree.split_whitespace().peekable();
    let mut tree = String::new();
    while let Some(word) = words.next() {
        if word == "as" {
            let renamed = words.next().unwrap_or_default();
            tree.push_str(renamed.trim_start_matches(|c: char| c.is_alphanumeric() || c == '_'));
        } else {
            tree.push_str(word);
        }
    }
    let Some(open) = tree.find('{') else {
        return vec![tree];
    };
    let prefix = &tree[..open];
    let inner = &tree[open + 1..tree.rfind('}').unwrap_or(tree.len())];
    let mut parts = Vec::new();
    let (mut depth, mut from) = (0, 0);
    for (i, c) in inner.char_indices() {
        match c {
            '{' => depth += 1,
            '}' => depth -= 1,
            ',' if depth == 0 => {
                parts.push(&inner[from..i]);
                from = i + 1;
            }
            _ => {}
        }
    }
    parts.push(&inner[from..]);
    parts
        .into_iter()
        .filter(|p| !p.is_empty())
        .flat_map(|p| expand_use(&format!("{prefix}{p}")))
        .collect()
}

/// The modules under `ui` a file refers to: its `use` trees and the
/// `crate::ui::…` and `super::…` paths in its code.
fn references(module: &str, children: &[String], text: &str, known: &[String]) -> Vec<String> {
    // A file's unit tests (`#[cfg(test)] mod tests { use super::*; }`)
    // are a module inside it: not the file's own imports.
    let code: Vec<String> = text
        .lines()
        .take_while(|line| line.trim() != "#[cfg(test)]")
        .map(code_of)
        .collect();
    let joined = code.join("\n");
    let mut paths = Vec::new();
    for statement in joined.split(';') {
        let statement = statement.trim();
        let statement = statement.strip_prefix("pub ").unwrap_or(statement);
        if let Some(tree) = statement.strip_prefix("use ") {
            paths.extend(expand_use(tree));
        }
    }
    for word in joined.split(|c: char| !(c.is_alphanumeric() || c == '_' || c == ':')) {
        // `crate::ui::{a, b}` is a use tree's prefix, expanded above.
        if (word.starts_with("crate::ui") || word.starts_with("super::")) && !word.ends_with("::") {
            paths.push(word.to_owned());
        }
    }
    let parent = module.rsplit_once("::").map_or("", |(p, _)| p);
    let mut out = Vec::new();
    for path in paths {
        let segments: Vec<&str> = path.split("::").filter(|s| !s.is_empty()).collect();
        let absolute: Vec<String> = match segments.first() {
            Some(&"crate") => segments[1..].iter().map(|s| s.to_string()).collect(),
            Some(&"super") => parent
                .split("::")
                .chain(segments[1..].iter().copied())
                .map(str::to_owned)
                .collect(),
            Some(&"self") => module
                .split("::")
                .chain(segments[1..].iter().copied())
                .map(str::to_owned)
                .collect(),
            Some(first) if children.iter().any(|c| c == first) => module
                .split("::")
                .chain(segments.iter().copied())
                .map(str::to_owned)
                .collect(),
            _ => continue,
        };
        // The longest known module the path starts with.
        let target = (1..=absolute.len())
            .rev()
            .map(|n| absolute[..n].join("::"))
            .find(|m| known.contains(m));
        if let Some(target) = target.filter(|t| t.starts_with("ui") && t != module) {
            out.push(target);
        }
    }
    out
}

/// No two parts of the UI depend on each other (the cycle that joined the
/// jobs, the wizard and the router is gone). A module and its private
/// submodules (`mod page;` of the wizard) count as one part.
#[test]
fn the_ui_has_no_import_cycle() {
    let files = ui_files();
    let known: Vec<String> = files.iter().map(|f| module_of(f)).collect();
    let texts: Vec<String> = files
        .iter()
        .map(|f| std::fs::read_to_string(f).expect("read source"))
        .collect();
    // Private child modules are folded into their parent.
    let mut part: std::collections::BTreeMap<String, String> =
        known.iter().map(|m| (m.clone(), m.clone())).collect();
    let mut children: std::collections::BTreeMap<String, Vec<String>> = Default::default();
    for (module, text) in known.iter().zip(&texts) {
        for line in text.lines() {
            let line = line.trim();
            let (public, rest) = match line.strip_prefix("pub mod ") {
                Some(rest) => (true, rest),
                None => match line.strip_prefix("mod ") {
                    Some(rest) => (false, rest),
                    None => continue,
                },
            };
            let Some(name) = rest.strip_suffix(';') else {
                continue;
            };
            children
                .entry(module.clone())
                .or_default()
                .push(name.to_owned());
            if !public {
                part.insert(format!("{module}::{name}"), module.clone());
            }
        }
    }
    let root_of = |m: &str| {
        let mut m = m.to_owned();
        while let Some(up) = part.get(&m).filter(|up| **up != m) {
            m = up.clone();
        }
        m
    };
    let mut edges: std::collections::BTreeMap<String, std::collections::BTreeSet<String>> =
        Default::default();
    for (module, text) in known.iter().zip(&texts) {
        let kids = children.get(module).cloned().unwrap_or_default();
        for target in references(module, &kids, text, &known) {
            let (from, to) = (root_of(module), root_of(&target));
            if from != to {
                edges.entry(from).or_default().insert(to);
            }
        }
    }
    assert!(
        edges.get("ui").is_some_and(|e| e.contains("ui::screen")),
        "the scan sees the router's imports: {edges:?}"
    );
    // Depth-first search for a path back to where it started.
    fn cycle_from(
        node: &str,
        edges: &std::collections::BTreeMap<String, std::collections::BTreeSet<String>>,
        path: &mut Vec<String>,
        done: &mut std::collections::BTreeSet<String>,
    ) -> Option<Vec<String>> {
        if let Some(at) = path.iter().position(|p| p == node) {
            let mut cycle = path[at..].to_vec();
            cycle.push(node.to_owned());
            return Some(cycle);
        }
        if done.contains(node) {
            return None;
        }
        path.push(node.to_owned());
        for next in edges.get(node).into_iter().flatten() {
            if let Some(cycle) = cycle_from(next, edges, path, done) {
                return Some(cycle);
            }
        }
        path.pop();
        done.insert(node.to_owned());
        None
    }
    let mut done = Default::default();
    for node in edges.keys() {
        if let Some(cycle) = cycle_from(node, &edges, &mut Vec::new(), &mut done) {
            panic!("an import cycle in the UI: {}", cycle.join(" → "));
        }
    }
}

#[test]
fn the_cycle_check_reads_use_trees() {
    assert_eq!(
        expand_use("crate::ui::{job, screen::{Screen, wizard}}"),
        vec![
            "crate::ui::job",
            "crate::ui::screen::Screen",
            "crate::ui::screen::wizard"
        ]
    );
}

/// Everything the program reads from `assets/` is in the Debian package
/// (the fonts are compiled in; their licence and README travel with it):
/// a new data file missing from `[package.metadata.deb] assets` would only
/// fail on an installed kiosk.
#[test]
fn every_asset_is_packaged() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let manifest = std::fs::read_to_string(root.join("Cargo.toml")).unwrap();
    let packaged = |path: &str| manifest.contains(&format!("[\"{path}\""));
    let mut missing = Vec::new();
    for entry in std::fs::read_dir(root.join("assets")).unwrap() {
        let entry = entry.unwrap();
        let name = entry.file_name().to_string_lossy().into_owned();
        let ok = if entry.path().is_dir() {
            name == "fonts" || manifest.contains(&format!("[\"assets/{name}/"))
        } else {
            packaged(&format!("assets/{name}"))
        };
        if !ok {
            missing.push(name);
        }
    }
    assert!(missing.is_empty(), "not in the Debian package: {missing:?}");
}
