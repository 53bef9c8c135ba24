//! The crate's layering, enforced: every module's imports are read from
//! `src/**/*.rs` (its `use crate::…`, `use super::…` and every `crate::…` /
//! `super::…` path in its code, macros and attributes included; test code
//! aside), and the test fails naming any import circle, or any import from
//! a layer into one above it in the order that `src/lib.rs`'s first
//! paragraph writes down (its line starting with "Layers, bottom-up:").

use proc_macro2::{TokenStream, TokenTree};
use quote::ToTokens;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};

/// Imports that break the layering today and are being removed on another
/// branch, each with why; the test fails once one is gone, so that its line
/// here is deleted with it.
const PENDING: &[(&str, &str, &str)] = &[];

/// A module (`oauth::token`; the crate root is ""), and the modules it imports.
type Graph = BTreeMap<String, BTreeSet<String>>;

fn src() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("src")
}

fn is_test_only(attrs: &[syn::Attribute]) -> bool {
    attrs.iter().any(|attr| {
        attr.path().is_ident("cfg") && attr.meta.to_token_stream().to_string().replace(' ', "") == "cfg(test)"
    })
}

fn join(parent: &str, name: &str) -> String {
    if parent.is_empty() { name.to_owned() } else { format!("{parent}::{name}") }
}

/// Every module the crate compiles outside tests, with its items, read from
/// the `mod` declarations starting at `lib.rs`.
fn modules() -> BTreeMap<String, Vec<syn::Item>> {
    let mut found = BTreeMap::new();
    let root = read_file(&src().join("lib.rs"));
    collect("", root.items, &src(), &mut found);
    found
}

fn read_file(path: &Path) -> syn::File {
    let text = std::fs::read_to_string(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    syn::parse_file(&text).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Records module `name` with `items`; `dir` is where its child files live.
fn collect(name: &str, items: Vec<syn::Item>, dir: &Path, found: &mut BTreeMap<String, Vec<syn::Item>>) {
    let mut kept = Vec::new();
    for item in items {
        match item {
            syn::Item::Mod(module) if is_test_only(&module.attrs) => {}
            syn::Item::Mod(module) => {
                let child = join(name, &module.ident.to_string());
                let child_dir = dir.join(module.ident.to_string());
                match module.content {
                    Some((_, inline)) => collect(&child, inline, &child_dir, found),
                    None => {
                        let flat = dir.join(format!("{}.rs", module.ident));
                        let path = if flat.exists() { flat } else { child_dir.join("mod.rs") };
                        collect(&child, read_file(&path).items, &child_dir, found);
                    }
                }
            }
            item => kept.push(item),
        }
    }
    found.insert(name.to_owned(), kept);
}

/// The module a path names: its longest prefix that is a module.
fn resolve(segments: &[String], known: &BTreeSet<String>) -> Option<String> {
    (1..=segments.len()).rev().map(|n| segments[..n].join("::")).find(|candidate| known.contains(candidate))
}

/// `segments` (starting with `crate`, `super` or `self`) made absolute from `module`.
fn absolute(module: &str, segments: &[String]) -> Option<Vec<String>> {
    let mut base: Vec<String> =
        if module.is_empty() { Vec::new() } else { module.split("::").map(str::to_owned).collect() };
    let mut rest = segments;
    match rest.first().map(String::as_str) {
        Some("crate") => {
            base.clear();
            rest = &rest[1..];
        }
        Some("self") => rest = &rest[1..],
        Some("super") => {
            while rest.first().map(String::as_str) == Some("super") {
                base.pop()?;
                rest = &rest[1..];
            }
        }
        _ => return None,
    }
    base.extend(rest.iter().cloned());
    Some(base)
}

/// The paths of a `use` tree, each as segments.
fn use_paths(tree: &syn::UseTree, prefix: &mut Vec<String>, out: &mut Vec<Vec<String>>) {
    match tree {
        syn::UseTree::Path(path) => {
            prefix.push(path.ident.to_string());
            use_paths(&path.tree, prefix, out);
            prefix.pop();
        }
        syn::UseTree::Name(name) => {
            let mut path = prefix.clone();
            if name.ident != "self" {
                path.push(name.ident.to_string());
            }
            out.push(path);
        }
        syn::UseTree::Rename(rename) => {
            let mut path = prefix.clone();
            path.push(rename.ident.to_string());
            out.push(path);
        }
        syn::UseTree::Glob(_) => out.push(prefix.clone()),
        syn::UseTree::Group(group) => group.items.iter().for_each(|tree| use_paths(tree, prefix, out)),
    }
}

/// Every `crate::…`, `super::…` or `self::…` chain in `tokens`, at any depth.
fn token_paths(tokens: TokenStream, out: &mut Vec<Vec<String>>) {
    let tokens: Vec<TokenTree> = tokens.into_iter().collect();
    let mut at = 0;
    while at < tokens.len() {
        match &tokens[at] {
            TokenTree::Group(group) => {
                token_paths(group.stream(), out);
                at += 1;
            }
            TokenTree::Ident(ident) if ["crate", "super", "self"].contains(&ident.to_string().as_str()) => {
                let mut path = vec![ident.to_string()];
                let mut next = at + 1;
                while let (
                    Some(TokenTree::Punct(a)),
                    Some(TokenTree::Punct(b)),
                    Some(TokenTree::Ident(name)),
                ) = (tokens.get(next), tokens.get(next + 1), tokens.get(next + 2))
                {
                    if a.as_char() != ':' || b.as_char() != ':' {
                        break;
                    }
                    path.push(name.to_string());
                    next += 3;
                }
                if path.len() > 1 {
                    out.push(path);
                }
                at = next;
            }
            _ => at += 1,
        }
    }
}

/// Whether `item` is compiled only for tests.
fn item_is_test_only(item: &syn::Item) -> bool {
    let attrs = match item {
        syn::Item::Const(item) => &item.attrs,
        syn::Item::Enum(item) => &item.attrs,
        syn::Item::Fn(item) => &item.attrs,
        syn::Item::Impl(item) => &item.attrs,
        syn::Item::Macro(item) => &item.attrs,
        syn::Item::Static(item) => &item.attrs,
        syn::Item::Struct(item) => &item.attrs,
        syn::Item::Trait(item) => &item.attrs,
        syn::Item::Type(item) => &item.attrs,
        syn::Item::Use(item) => &item.attrs,
        _ => return false,
    };
    is_test_only(attrs)
}

/// Which module of the crate imports which.
fn graph() -> Graph {
    graph_of(&modules())
}

/// Which of `modules` imports which.
fn graph_of(modules: &BTreeMap<String, Vec<syn::Item>>) -> Graph {
    let known: BTreeSet<String> = modules.keys().cloned().collect();
    let mut graph = Graph::new();
    for (module, items) in modules {
        let mut paths = Vec::new();
        for item in items.iter().filter(|item| !item_is_test_only(item)) {
            match item {
                syn::Item::Use(item) => {
                    let mut found = Vec::new();
                    use_paths(&item.tree, &mut Vec::new(), &mut found);
                    // A path starting with a child module's name is relative to this one.
                    for path in found {
                        let child = path.first().map(|first| join(module, first));
                        match child {
                            Some(child) if known.contains(&child) => {
                                paths.push([vec!["self".to_owned()], path].concat());
                            }
                            _ => paths.push(path),
                        }
                    }
                }
                item => token_paths(item.to_token_stream(), &mut paths),
            }
        }
        let imports = graph.entry(module.clone()).or_default();
        for path in paths {
            if let Some(target) = absolute(module, &path).and_then(|path| resolve(&path, &known)) {
                // A file and the files it declares are one module split for
                // size (a `mod.rs` re-exports, its parts use `super::`): not a circle.
                let related =
                    target.starts_with(&format!("{module}::")) || module.starts_with(&format!("{target}::"));
                if target != *module && !target.is_empty() && !related {
                    imports.insert(target);
                }
            }
        }
    }
    graph
}

/// The layers `lib.rs` writes down, bottom-up, each a list of top-level modules.
fn layers() -> Vec<Vec<String>> {
    let lib = std::fs::read_to_string(src().join("lib.rs")).unwrap_or_default();
    let docs: String = lib
        .lines()
        .take_while(|line| line.starts_with("//!"))
        .map(|line| line.trim_start_matches("//!").trim())
        .collect::<Vec<_>>()
        .join(" ");
    let order = docs.split("Layers, bottom-up:").nth(1).expect("lib.rs writes down its layers");
    let order = order.split('.').next().unwrap_or_default();
    // Each layer is the `module` names between two arrows.
    order.split('→').map(|layer| layer.split('`').skip(1).step_by(2).map(str::to_owned).collect()).collect()
}

fn top(module: &str) -> &str {
    module.split("::").next().unwrap_or(module)
}

/// One circle through each group of modules that import each other.
fn circles(graph: &Graph) -> Vec<Vec<String>> {
    let mut circles: Vec<Vec<String>> = Vec::new();
    let mut covered = BTreeSet::new();
    for start in graph.keys() {
        if covered.contains(start) {
            continue;
        }
        // The shortest way back to `start`, breadth first.
        let mut came_from: BTreeMap<&String, &String> = BTreeMap::new();
        let mut frontier = vec![start];
        let mut found = None;
        'search: while !frontier.is_empty() {
            let mut next = Vec::new();
            for node in frontier {
                for target in graph.get(node).into_iter().flatten() {
                    if target == start {
                        found = Some(node);
                        break 'search;
                    }
                    if !came_from.contains_key(target) {
                        came_from.insert(target, node);
                        next.push(target);
                    }
                }
            }
            frontier = next;
        }
        if let Some(mut last) = found {
            let mut circle = vec![start.clone()];
            let mut back = vec![last.clone()];
            while last != start {
                last = came_from[last];
                if last != start {
                    back.push(last.clone());
                }
            }
            circle.extend(back.into_iter().rev());
            circle.push(start.clone());
            covered.extend(circle.iter().cloned());
            circles.push(circle);
        }
    }
    circles
}

/// `graph` with its modules merged into their top-level module.
fn by_top_level(graph: &Graph) -> Graph {
    let mut merged = Graph::new();
    for (module, imports) in graph {
        let entry = merged.entry(top(module).to_owned()).or_default();
        entry.extend(imports.iter().map(|m| top(m).to_owned()).filter(|m| m != top(module)));
    }
    merged
}

fn without_pending(mut graph: Graph) -> (Graph, Vec<String>) {
    let mut stale = Vec::new();
    for (from, to, why) in PENDING {
        let removed = graph.get_mut(*from).is_some_and(|imports| imports.remove(*to));
        if !removed {
            stale.push(format!("{from} → {to} ({why}) is gone: delete it from PENDING"));
        }
    }
    (graph, stale)
}

#[test]
fn no_module_imports_a_module_that_imports_it_back() {
    let (graph, stale) = without_pending(graph());
    let mut problems = stale;
    for circle in circles(&graph).into_iter().chain(circles(&by_top_level(&graph))) {
        problems.push(format!("import circle: {}", circle.join(" → ")));
    }
    assert!(problems.is_empty(), "\n{}\n", problems.join("\n"));
}

#[test]
fn no_module_imports_one_in_a_layer_above_it() {
    let layers = layers();
    let layer_of =
        |module: &str| layers.iter().position(|layer| layer.iter().any(|name| name == top(module)));
    let (graph, _) = without_pending(graph());
    let mut problems = Vec::new();
    for module in graph.keys().filter(|module| !module.is_empty()) {
        if layer_of(module).is_none() {
            problems.push(format!("{} is in no layer of lib.rs's paragraph", top(module)));
        }
    }
    for name in layers.iter().flatten() {
        if !graph.contains_key(name) {
            problems.push(format!("lib.rs's paragraph names {name}, which is no module"));
        }
    }
    for (module, imports) in &graph {
        for target in imports {
            if let (Some(from), Some(to)) = (layer_of(module), layer_of(target))
                && to > from
            {
                problems.push(format!("{module} imports {target}, a layer above it"));
            }
        }
    }
    problems.dedup();
    assert!(problems.is_empty(), "layers, bottom-up: {layers:?}\n{}\n", problems.join("\n"));
}

#[test]
fn imports_are_read_from_uses_code_macros_and_attributes_but_not_tests() {
    let file: syn::File = syn::parse_str(
        r#"
        use crate::a::{b::C, d};
        use super::sibling;
        use child::Thing;
        mod child { use super::super::sibling::X; }
        #[error("{}", crate::e::F)]
        struct S;
        fn f() -> String { format!("{}", crate::g::h::I) }
        #[cfg(test)]
        mod tests { use crate::z; }
        #[cfg(test)]
        use crate::y;
        "#,
    )
    .expect("the sample parses");
    let mut modules = BTreeMap::new();
    collect("top::m", file.items, Path::new("unused"), &mut modules);
    for other in ["top", "top::sibling", "a", "a::b", "e", "g", "g::h", "y", "z"] {
        modules.insert(other.to_owned(), Vec::new());
    }
    let graph = graph_of(&modules);
    let imports = |module: &str| graph[module].iter().map(String::as_str).collect::<Vec<_>>();
    // `child` is part of `top::m`; `tests` and the `cfg(test)` import are not compiled.
    assert_eq!(imports("top::m"), ["a", "a::b", "e", "g::h", "top::sibling"]);
    assert_eq!(imports("top::m::child"), ["top::sibling"]);
    assert!(!graph.contains_key("top::m::tests"));
}

#[test]
fn a_circle_is_named_from_module_to_module_and_between_top_level_modules() {
    let graph_with = |edges: &[(&str, &str)]| {
        let mut graph = Graph::new();
        for (from, to) in edges {
            graph.entry(from.to_string()).or_default().insert(to.to_string());
            graph.entry(to.to_string()).or_default();
        }
        graph
    };
    let graph = graph_with(&[("a", "b"), ("b", "c"), ("c", "a"), ("c", "d"), ("d", "e")]);
    assert_eq!(circles(&graph), [["a", "b", "c", "a"]]);
    assert!(circles(&graph_with(&[("a", "b"), ("b", "c"), ("c", "d")])).is_empty());
    // Like transport::via → oauth::token → transport::http: no file imports
    // itself back, but the two top-level modules do.
    let graph = graph_with(&[("t::via", "o::token"), ("o::token", "t::http")]);
    assert!(circles(&graph).is_empty());
    assert_eq!(circles(&by_top_level(&graph)), [["o", "t", "o"]]);
}
