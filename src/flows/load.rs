//! Loading and checking flow files. A broken file is reported with its name,
//! line and problem, and only that service is disabled.

use std::collections::BTreeSet;
use std::fmt;
use std::path::{Path, PathBuf};

use super::expr::Expr;
use super::model::{
    Computed, Field, FieldKind, Flow, Group, Page, RawField, RawFlow, RelativeDate,
};
use crate::i18n::{LanguageId, Translations};

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FlowError {
    pub file: PathBuf,
    /// 1-based line, when the problem has one.
    pub line: Option<usize>,
    pub problem: String,
}

impl fmt::Display for FlowError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{}", self.file.display())?;
        if let Some(line) = self.line {
            write!(f, ":{line}")?;
        }
        write!(f, ": {}", self.problem)
    }
}

impl std::error::Error for FlowError {}

struct Checker<'a> {
    file: &'a Path,
    text: &'a str,
}

impl Checker<'_> {
    /// An error placed on the line that declares `id = "<id>"` (or the
    /// first line mentioning `needle`).
    fn error(&self, needle: &str, problem: impl Into<String>) -> FlowError {
        let declaration = format!("id = \"{needle}\"");
        let offset = self.text.find(&declaration).or_else(|| {
            (!needle.is_empty())
                .then(|| self.text.find(needle))
                .flatten()
        });
        FlowError {
            file: self.file.to_owned(),
            line: offset.map(|o| line_of(self.text, o)),
            problem: problem.into(),
        }
    }

    fn expr(
        &self,
        owner: &str,
        column: &str,
        source: &Option<String>,
    ) -> Result<Option<Expr>, FlowError> {
        source
            .as_deref()
            .map(|s| {
                Expr::parse(s)
                    .map_err(|e| self.error(owner, format!("`{column}` of `{owner}`: {e}")))
            })
            .transpose()
    }

    fn relative(
        &self,
        owner: &str,
        column: &str,
        source: &Option<String>,
    ) -> Result<Option<RelativeDate>, FlowError> {
        source
            .as_deref()
            .map(|s| {
                RelativeDate::parse(s).ok_or_else(|| {
                    self.error(
                        owner,
                        format!("`{column}` of `{owner}` is `{s}`: write e.g. -18y, 0d or +60d"),
                    )
                })
            })
            .transpose()
    }

    fn field(&self, raw: &RawField) -> Result<Field, FlowError> {
        let is_choice = raw.kind == FieldKind::Choice;
        if is_choice && raw.options.is_empty() {
            return Err(self.error(&raw.id, format!("choice `{}` has no options", raw.id)));
        }
        if !is_choice && (!raw.options.is_empty() || raw.multiple) {
            return Err(self.error(
                &raw.id,
                format!("only a choice has options; `{}` is {:?}", raw.id, raw.kind),
            ));
        }
        let is_agency = raw.kind == FieldKind::AgencyChoice;
        let source_ok = raw.source.as_deref().is_some_and(|s| {
            s.split_once('/').is_some_and(|(agency, lookup)| {
                crate::catalogue::Agency::from_id(agency).is_some() && is_identifier(lookup)
            })
        });
        if is_agency && !source_ok {
            return Err(self.error(
                &raw.id,
                format!(
                    "agency choice `{}` needs `source = \"<agency>/<lookup>\"` with a known agency",
                    raw.id
                ),
            ));
        }
        if !is_agency && raw.source.is_some() {
            return Err(self.error(
                &raw.id,
                format!(
                    "only an agency choice has a source; `{}` is {:?}",
                    raw.id, raw.kind
                ),
            ));
        }
        if let Some(code) = raw
            .agency_problems
            .iter()
            .find(|c| !crate::agencies::contract::KNOWN_PROBLEMS.contains(&c.as_str()))
        {
            return Err(self.error(
                &raw.id,
                format!(
                    "`{}`: agency problem `{code}` is not one the kiosk explains (KNOWN_PROBLEMS)",
                    raw.id
                ),
            ));
        }
        if raw.constraint.is_some() != raw.constraint_message.is_some() {
            return Err(self.error(
                &raw.id,
                format!(
                    "`{}`: a constraint needs its constraint_message, and the other way round",
                    raw.id
                ),
            ));
        }
        Ok(Field {
            id: raw.id.clone(),
            kind: raw.kind,
            required: raw.required && raw.kind != FieldKind::Note,
            relevant: self.expr(&raw.id, "relevant", &raw.relevant)?,
            constraint: self.expr(&raw.id, "constraint", &raw.constraint)?,
            constraint_message: raw.constraint_message.clone(),
            options: raw.options.clone(),
            multiple: raw.multiple,
            hint: raw.hint,
            min: raw.min,
            max: raw.max,
            not_before: self.relative(&raw.id, "not_before", &raw.not_before)?,
            not_after: self.relative(&raw.id, "not_after", &raw.not_after)?,
            max_length: raw.max_length,
            source: raw.source.clone(),
            agency_problems: raw.agency_problems.clone(),
        })
    }
}

/// The 1-based line of a byte offset (a bad offset counts as the last line).
fn line_of(text: &str, offset: usize) -> usize {
    text.get(..offset).unwrap_or(text).matches('\n').count() + 1
}

fn is_identifier(id: &str) -> bool {
    id.starts_with(|c: char| c.is_ascii_lowercase())
        && id
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '_' || c == '-')
}

/// Reads and checks one flow file against the translations.
pub fn load(path: &Path, translations: &Translations) -> Result<Flow, FlowError> {
    let text = std::fs::read_to_string(path).map_err(|e| FlowError {
        file: path.to_owned(),
        line: None,
        problem: format!("cannot read the file: {e}"),
    })?;
    parse(path, &text, translations)
}

pub fn parse(path: &Path, text: &str, translations: &Translations) -> Result<Flow, FlowError> {
    let raw: RawFlow = toml::from_str(text).map_err(|e| FlowError {
        file: path.to_owned(),
        line: e.span().map(|s| line_of(text, s.start)),
        problem: e.message().trim().to_owned(),
    })?;
    let checker = Checker { file: path, text };
    let expected_name = format!("{}.toml", raw.service);
    if path
        .file_name()
        .is_some_and(|n| n.to_string_lossy() != expected_name)
    {
        return Err(checker.error(
            &raw.service,
            format!(
                "the file of service `{}` must be named {expected_name}",
                raw.service
            ),
        ));
    }

    let groups: Vec<Group> = raw
        .groups
        .iter()
        .map(|g| Group {
            id: g.id.clone(),
            min: g.min,
            max: g.max,
        })
        .collect();
    for g in &groups {
        if g.max == 0 || g.min > g.max {
            return Err(checker.error(
                &g.id,
                format!(
                    "group `{}`: min {} and max {} are not a range",
                    g.id, g.min, g.max
                ),
            ));
        }
    }

    // Names declared so far, in page order: an expression may read only
    // what was asked before it (or computed values).
    let computed_names: BTreeSet<String> = raw.computed.iter().map(|c| c.id.clone()).collect();
    let group_names: BTreeSet<String> = groups.iter().map(|g| g.id.clone()).collect();
    let mut declared: BTreeSet<String> = BTreeSet::new();
    // Every id first, so a forward reference is named as such.
    let all_ids: BTreeSet<String> = raw
        .pages
        .iter()
        .flat_map(|p| p.fields.iter().map(|f| f.id.clone()))
        .collect();
    let mut pages = Vec::new();
    let mut page_ids = BTreeSet::new();

    let check_refs = |owner: &str,
                      expr: &Option<Expr>,
                      visible: &BTreeSet<String>|
     -> Result<(), FlowError> {
        let mut names = Vec::new();
        if let Some(expr) = expr {
            expr.fields(&mut names);
        }
        for name in names {
            if !(visible.contains(&name)
                || computed_names.contains(&name)
                || group_names.contains(&name))
            {
                let problem = if all_ids.contains(&name) {
                    format!(
                        "`{owner}` refers to `{name}`, which is asked later (a condition may only use earlier answers)"
                    )
                } else {
                    format!(
                        "`{owner}` refers to `{name}`, which is not a field, group or computed value of this flow"
                    )
                };
                return Err(checker.error(owner, problem));
            }
        }
        Ok(())
    };

    for raw_page in &raw.pages {
        if !is_identifier(&raw_page.id) || !page_ids.insert(raw_page.id.clone()) {
            return Err(checker.error(
                &raw_page.id,
                format!(
                    "page id `{}` is not a lowercase identifier or is used twice",
                    raw_page.id
                ),
            ));
        }
        if let Some(group) = &raw_page.repeat
            && !group_names.contains(group)
        {
            return Err(checker.error(
                &raw_page.id,
                format!("page `{}` repeats the unknown group `{group}`", raw_page.id),
            ));
        }
        if raw_page.fields.is_empty() {
            return Err(checker.error(&raw_page.id, format!("page `{}` has no field", raw_page.id)));
        }
        if raw_page.end && raw_page.fields.iter().any(|f| f.kind != FieldKind::Note) {
            return Err(checker.error(
                &raw_page.id,
                format!("end page `{}` may hold only notes", raw_page.id),
            ));
        }
        if raw_page.end && raw_page.repeat.is_some() {
            return Err(checker.error(
                &raw_page.id,
                format!("end page `{}` cannot repeat", raw_page.id),
            ));
        }
        let relevant = checker.expr(&raw_page.id, "relevant", &raw_page.relevant)?;
        check_refs(&raw_page.id, &relevant, &declared)?;
        let mut fields = Vec::new();
        for raw_field in &raw_page.fields {
            if !is_identifier(&raw_field.id)
                || declared.contains(&raw_field.id)
                || computed_names.contains(&raw_field.id)
            {
                return Err(checker.error(
                    &raw_field.id,
                    format!(
                        "field id `{}` is not a lowercase identifier or is used twice",
                        raw_field.id
                    ),
                ));
            }
            let field = checker.field(raw_field)?;
            check_refs(&field.id, &field.relevant, &declared)?;
            let mut with_self = declared.clone();
            with_self.insert(field.id.clone());
            check_refs(&field.id, &field.constraint, &with_self)?;
            declared.insert(field.id.clone());
            fields.push(field);
        }
        pages.push(Page {
            id: raw_page.id.clone(),
            relevant,
            repeat: raw_page.repeat.clone(),
            end: raw_page.end,
            fields,
        });
    }

    let computed = order_computed(&checker, &raw.computed, &declared, &group_names)?;
    let flow = Flow {
        service: raw.service,
        operation: raw.operation,
        documents: raw.documents,
        groups,
        computed,
        pages,
        signatures: raw.signatures,
    };
    if let Some(s) = &flow.signatures {
        let named = s
            .names
            .iter()
            .chain(&s.group_names)
            .chain(&s.group_birth_date)
            .find(|f| flow.field(f).is_none());
        if let Some(field) = named {
            return Err(checker.error(
                field,
                format!("[signatures] names `{field}`, which is not a field of this flow"),
            ));
        }
        if s.group.as_ref().is_some_and(|g| flow.group(g).is_none()) {
            return Err(checker.error("", "[signatures] names an unknown group".to_owned()));
        }
    }

    let reference = LanguageId::reference();
    if let Some(key) = flow.fluent_keys().into_iter().find(|k| {
        translations
            .locale(&reference)
            .is_none_or(|l| !l.has_message(k))
    }) {
        return Err(checker.error(
            "",
            format!("the Fluent key `{key}` is missing in locales/it"),
        ));
    }
    Ok(flow)
}

/// Orders computed values so each reads only answers and values before it;
/// a cycle is an error naming its members.
fn order_computed(
    checker: &Checker<'_>,
    raw: &[super::model::RawComputed],
    fields: &BTreeSet<String>,
    groups: &BTreeSet<String>,
) -> Result<Vec<Computed>, FlowError> {
    let mut pending: Vec<(String, Expr, Vec<String>)> = Vec::new();
    for c in raw {
        let expr = Expr::parse(&c.value)
            .map_err(|e| checker.error(&c.id, format!("computed `{}`: {e}", c.id)))?;
        let mut names = Vec::new();
        expr.fields(&mut names);
        let all_computed: BTreeSet<&str> = raw.iter().map(|r| r.id.as_str()).collect();
        if let Some(unknown) = names.iter().find(|n| {
            !(fields.contains(*n) || groups.contains(*n) || all_computed.contains(n.as_str()))
        }) {
            return Err(checker.error(
                &c.id,
                format!(
                    "computed `{}` refers to `{unknown}`, which is not in this flow",
                    c.id
                ),
            ));
        }
        let depends: Vec<String> = names
            .into_iter()
            .filter(|n| all_computed.contains(n.as_str()))
            .collect();
        pending.push((c.id.clone(), expr, depends));
    }
    let mut ordered: Vec<Computed> = Vec::new();
    while !pending.is_empty() {
        let ready = pending
            .iter()
            .position(|(_, _, deps)| deps.iter().all(|d| ordered.iter().any(|c| &c.id == d)));
        match ready {
            Some(i) => {
                let (id, value, _) = pending.remove(i);
                ordered.push(Computed { id, value });
            }
            None => {
                let members: Vec<&str> = pending.iter().map(|(id, _, _)| id.as_str()).collect();
                return Err(checker.error(
                    members[0],
                    format!(
                        "computed values depend on each other in a cycle: {}",
                        members.join(" → ")
                    ),
                ));
            }
        }
    }
    Ok(ordered)
}
