//! Services as data: each service's questions live in a flow file
//! (`assets/flows/<service>.toml`), checked at start-up and run by a
//! [`Session`]. Modelled on XLSForm (relevant, constraint, repeat,
//! calculate) and GOV.UK's one-question-per-page pattern.

pub mod answer;
pub mod expr;
mod load;
pub mod model;
pub mod session;

use std::collections::BTreeMap;
use std::path::Path;
use std::sync::Arc;

pub use load::{FlowError, load, parse};
pub use model::{Field, FieldKind, Flow, Page};
pub use session::{Offer, Session, Step, Submission};

use crate::i18n::Translations;

/// Every flow that loaded, and the problems of those that did not.
#[derive(Debug, Default)]
pub struct Flows {
    flows: BTreeMap<String, Arc<Flow>>,
    pub problems: Vec<FlowError>,
}

impl Flows {
    /// Loads every `*.toml` of a folder. A broken file is logged and kept in
    /// `problems`; the other services work.
    pub fn load_dir(dir: &Path, translations: &Translations) -> Self {
        let mut out = Flows::default();
        let entries = match std::fs::read_dir(dir) {
            Ok(entries) => entries,
            Err(e) => {
                out.problems.push(FlowError {
                    file: dir.to_owned(),
                    line: None,
                    problem: format!("cannot read the folder: {e}"),
                });
                return out;
            }
        };
        let mut paths: Vec<_> = entries
            .filter_map(|e| e.ok().map(|e| e.path()))
            .filter(|p| p.extension().is_some_and(|e| e == "toml"))
            .collect();
        paths.sort();
        for path in paths {
            match load(&path, translations) {
                Ok(flow) => {
                    out.flows.insert(flow.service.clone(), Arc::new(flow));
                }
                Err(problem) => {
                    tracing::error!(%problem, "flow disabled");
                    out.problems.push(problem);
                }
            }
        }
        out
    }

    pub fn get(&self, service: &str) -> Option<&Arc<Flow>> {
        self.flows.get(service)
    }

    /// Every flow that loaded, by service id.
    pub fn iter(&self) -> impl Iterator<Item = &Arc<Flow>> {
        self.flows.values()
    }

    pub fn len(&self) -> usize {
        self.flows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.flows.is_empty()
    }
}
