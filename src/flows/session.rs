//! One person's way through a flow: where they are, what they answered,
//! next/back honouring relevance, changes from the check page, and the
//! submission payload. No UI: the screens ask this and draw the answer.

use std::collections::BTreeMap;
use std::sync::Arc;

use jiff::civil::Date;
use serde::Serialize;

use super::answer::{self, Answer, Context, Problem};
use super::expr::{Scope, Value};
use super::model::{Field, FieldKind, Flow};

/// Answers of one repeat-group item, or of the flow's top level.
pub type Answers = BTreeMap<String, Answer>;

/// A place in the flow.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Step {
    /// A page, for the top level or for one item of its repeat group.
    Page { page: usize, item: Option<usize> },
    /// "Add another …?" after the items of a repeat group.
    AddAnother { group: String },
    /// Check your answers.
    Check,
}

/// A field refused on Continue, with the message to show next to it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    pub field: String,
    pub problem: Problem,
}

/// One line of the check-answers page.
#[derive(Debug, Clone, PartialEq)]
pub struct SummaryRow {
    pub step: Step,
    pub field: String,
    pub item: Option<usize>,
    /// `None`: an optional question skipped ("not provided").
    pub answer: Option<Answer>,
}

/// An option an agency offers for an agency-choice field: a CUP slot, a
/// course, a job offer, a magazine.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Offer {
    /// The agency's identifier of the option.
    pub id: String,
    /// What the person reads, as the agency wrote it.
    pub label: String,
    /// A slot's start, when the agency gave it apart (the page groups
    /// slots by day); one that does not read as a date-time is dropped.
    pub starts_at: Option<jiff::civil::DateTime>,
    /// A slot's place, when the agency gave it apart.
    pub place: Option<String>,
}

impl From<crate::agencies::contract::OfferEntry> for Offer {
    fn from(entry: crate::agencies::contract::OfferEntry) -> Self {
        Self {
            id: entry.id,
            label: entry.label,
            starts_at: entry.starts_at.and_then(|s| s.parse().ok()),
            place: entry.place,
        }
    }
}

/// What goes to the agency adapter.
#[derive(Debug, Clone, PartialEq, Serialize, serde::Deserialize)]
pub struct Submission {
    pub service: String,
    pub operation: String,
    pub answers: Answers,
    pub groups: BTreeMap<String, Vec<Answers>>,
    /// Computed values (amounts, thresholds) as the flow derived them.
    pub computed: BTreeMap<String, f64>,
}

#[derive(Debug, Clone)]
pub struct Session {
    flow: Arc<Flow>,
    today: Date,
    answers: Answers,
    groups: BTreeMap<String, Vec<Answers>>,
    /// Groups whose "add another?" was answered no.
    closed_groups: Vec<String>,
    current: Step,
    /// Set when a page was opened with "Change" from the check page.
    returning_to_check: bool,
    /// What the agency offered for each agency-choice field.
    offers: BTreeMap<String, Vec<Offer>>,
}

struct ItemScope<'a> {
    session: &'a Session,
    item: Option<(&'a str, usize)>,
}

impl Scope for ItemScope<'_> {
    fn value(&self, name: &str) -> Value {
        if let Some((group, i)) = self.item
            && let Some(answer) = self
                .session
                .groups
                .get(group)
                .and_then(|items| items.get(i))
                .and_then(|a| a.get(name))
        {
            return answer.value();
        }
        if let Some(answer) = self.session.answers.get(name) {
            return answer.value();
        }
        match self.session.flow.computed.iter().position(|c| c.id == name) {
            // Computed values read only answers and earlier computed values.
            Some(i) => self.session.computed_value(i),
            None => Value::Null,
        }
    }

    fn count(&self, group: &str) -> usize {
        self.session.groups.get(group).map_or(0, Vec::len)
    }

    fn count_if(&self, group: &str, condition: &super::expr::Expr) -> usize {
        (0..self.count(group))
            .filter(|&i| {
                let item = ItemScope {
                    session: self.session,
                    item: Some((group, i)),
                };
                condition.eval(&item).truthy()
            })
            .count()
    }

    fn today(&self) -> Date {
        self.session.today
    }
}

impl Session {
    pub fn new(flow: Arc<Flow>, today: Date) -> Self {
        let mut session = Self {
            flow,
            today,
            answers: Answers::new(),
            groups: BTreeMap::new(),
            closed_groups: Vec::new(),
            current: Step::Check,
            returning_to_check: false,
            offers: BTreeMap::new(),
        };
        session.current = session.steps().first().cloned().unwrap_or(Step::Check);
        session
    }

    pub fn flow(&self) -> &Flow {
        &self.flow
    }

    /// The day the session runs on (age limits, date ranges).
    pub fn today(&self) -> Date {
        self.today
    }

    pub fn current(&self) -> &Step {
        &self.current
    }

    fn computed_value(&self, index: usize) -> Value {
        let scope = ItemScope {
            session: self,
            item: None,
        };
        self.flow
            .computed
            .get(index)
            .map_or(Value::Null, |c| c.value.eval(&scope))
    }

    /// A computed value by name (e.g. the income threshold to show).
    pub fn computed(&self, name: &str) -> Value {
        ItemScope {
            session: self,
            item: None,
        }
        .value(name)
    }

    fn scope<'a>(&'a self, item: Option<(&'a str, usize)>) -> ItemScope<'a> {
        ItemScope {
            session: self,
            item,
        }
    }

    fn item_scope<'a>(&'a self, page: usize, item: Option<usize>) -> ItemScope<'a> {
        let group = self.flow.pages.get(page).and_then(|p| p.repeat.as_deref());
        self.scope(group.zip(item))
    }

    /// The fields of a page that are relevant now.
    pub fn visible_fields(&self, page: usize, item: Option<usize>) -> Vec<&Field> {
        let scope = self.item_scope(page, item);
        self.flow.pages.get(page).map_or(Vec::new(), |p| {
            p.fields
                .iter()
                .filter(|f| f.relevant.as_ref().is_none_or(|r| r.eval(&scope).truthy()))
                .collect()
        })
    }

    /// Every step a person goes through with the answers as they are now.
    pub fn steps(&self) -> Vec<Step> {
        let mut steps = Vec::new();
        let pages = &self.flow.pages;
        let mut i = 0;
        while i < pages.len() {
            match &pages[i].repeat {
                None => {
                    if self.page_relevant(i, None) {
                        steps.push(Step::Page {
                            page: i,
                            item: None,
                        });
                        if pages[i].end {
                            // The flow ends here: no check page, no sending.
                            return steps;
                        }
                    }
                    i += 1;
                }
                Some(group) => {
                    let end = (i..pages.len())
                        .find(|&j| pages[j].repeat.as_ref() != Some(group))
                        .unwrap_or(pages.len());
                    // Asked only when the group's first page is relevant.
                    if self.page_relevant(i, None) {
                        let items = self.groups.get(group).map_or(0, Vec::len);
                        for item in 0..items {
                            for page in i..end {
                                if self.page_relevant(page, Some(item)) {
                                    steps.push(Step::Page {
                                        page,
                                        item: Some(item),
                                    });
                                }
                            }
                        }
                        let max = self.flow.group(group).map_or(0, |g| g.max);
                        if items < max {
                            steps.push(Step::AddAnother {
                                group: group.clone(),
                            });
                        }
                    }
                    i = end;
                }
            }
        }
        steps.push(Step::Check);
        steps
    }

    fn page_relevant(&self, page: usize, item: Option<usize>) -> bool {
        let scope = self.item_scope(page, item);
        self.flow
            .pages
            .get(page)
            .is_some_and(|p| p.relevant.as_ref().is_none_or(|r| r.eval(&scope).truthy()))
    }

    /// The top-level answers given so far (what an agency look-up for an
    /// agency choice is asked with).
    pub fn answers(&self) -> &Answers {
        &self.answers
    }

    /// The answer already given to a field (to pre-fill a page).
    pub fn answer(&self, field: &str, item: Option<(&str, usize)>) -> Option<&Answer> {
        match item {
            Some((group, i)) => self.groups.get(group)?.get(i)?.get(field),
            None => self.answers.get(field),
        }
    }

    /// Checks the current page's typed text and, if all is well, stores it
    /// and moves on. On errors nothing moves and nothing is cleared.
    pub fn answer_page(
        &mut self,
        inputs: &BTreeMap<String, String>,
        ctx: &Context<'_>,
    ) -> Result<(), Vec<FieldError>> {
        let Step::Page { page, item } = self.current.clone() else {
            return Ok(());
        };
        let group = self.flow.pages.get(page).and_then(|p| p.repeat.clone());
        let fields: Vec<Field> = self
            .flow
            .pages
            .get(page)
            .map_or(Vec::new(), |p| p.fields.clone());
        // Fields are read in order on a copy of the session, so a field may
        // depend on one above it on the same page ("has a codice fiscale?"
        // then the code); a field that is not shown is dropped.
        let mut trial = self.clone();
        let mut accepted = Vec::new();
        let mut errors = Vec::new();
        for field in &fields {
            let shown = field
                .relevant
                .as_ref()
                .is_none_or(|r| r.eval(&trial.scope(group.as_deref().zip(item))).truthy());
            if !shown {
                trial.store(&field.id, group.as_deref().zip(item), None);
                continue;
            }
            let raw = inputs.get(&field.id).map_or("", String::as_str);
            let parsed = if field.kind == FieldKind::AgencyChoice {
                self.offered(&field.id, raw)
            } else {
                answer::parse(field, raw, ctx)
            };
            match parsed {
                Ok(None) if field.required => errors.push(FieldError {
                    field: field.id.clone(),
                    problem: Problem::new("error-required"),
                }),
                Ok(value) => {
                    trial.store(&field.id, group.as_deref().zip(item), value.clone());
                    accepted.push((field, value));
                }
                Err(problem) => errors.push(FieldError {
                    field: field.id.clone(),
                    problem,
                }),
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        // Constraints see all of the page's new answers.
        let scope = trial.scope(group.as_deref().zip(item));
        for (field, value) in &accepted {
            if let (Some(constraint), Some(_)) = (&field.constraint, value)
                && !constraint.eval(&scope).truthy()
            {
                let message = field.constraint_message.as_deref().unwrap_or("constraint");
                errors.push(FieldError {
                    field: field.id.clone(),
                    problem: Problem::new(self.flow.message_key(message)),
                });
            }
        }
        if !errors.is_empty() {
            return Err(errors);
        }
        *self = trial;
        self.prune();
        self.advance();
        Ok(())
    }

    fn store(&mut self, field: &str, item: Option<(&str, usize)>, value: Option<Answer>) {
        let target = match item {
            Some((group, i)) => match self
                .groups
                .get_mut(group)
                .and_then(|items| items.get_mut(i))
            {
                Some(answers) => answers,
                None => return,
            },
            None => &mut self.answers,
        };
        match value {
            Some(v) => {
                target.insert(field.to_owned(), v);
            }
            None => {
                target.remove(field);
            }
        }
    }

    /// An agency-choice answer: the option with that id, if it was offered.
    fn offered(&self, field: &str, raw: &str) -> Result<Option<Answer>, Problem> {
        let id = raw.trim();
        if id.is_empty() {
            return Ok(None);
        }
        self.offers
            .get(field)
            .and_then(|offers| offers.iter().find(|o| o.id == id))
            .map(|o| {
                Some(Answer::Offer {
                    id: o.id.clone(),
                    label: o.label.clone(),
                })
            })
            .ok_or(Problem::new("error-choice"))
    }

    /// Records what the agency offers for an agency-choice field (the UI
    /// asks the agency when the page opens). An earlier answer that is no
    /// longer offered is dropped.
    pub fn offer(&mut self, field: &str, offers: Vec<Offer>) {
        let still_offered = |id: &str| offers.iter().any(|o| o.id == id);
        if let Some(Answer::Offer { id, .. }) = self.answers.get(field)
            && !still_offered(id)
        {
            self.answers.remove(field);
        }
        self.offers.insert(field.to_owned(), offers);
    }

    /// What the agency offered for a field (empty before the look-up).
    pub fn offers(&self, field: &str) -> &[Offer] {
        self.offers.get(field).map_or(&[], Vec::as_slice)
    }

    /// Whether the person reached a page that ends the flow (nothing to send).
    pub fn ended(&self) -> bool {
        matches!(self.current, Step::Page { page, .. } if self.flow.pages.get(page).is_some_and(|p| p.end))
    }

    /// Answers "add another item?" for the current repeat group.
    pub fn answer_add_another(&mut self, add: bool) {
        let Step::AddAnother { group } = self.current.clone() else {
            return;
        };
        if add {
            self.groups
                .entry(group.clone())
                .or_default()
                .push(Answers::new());
            self.closed_groups.retain(|g| g != &group);
            let index = self.groups.get(&group).map_or(0, Vec::len) - 1;
            self.current = self
                .steps()
                .into_iter()
                .find(|s| matches!(s, Step::Page { item: Some(i), page } if *i == index && self.flow.pages[*page].repeat.as_ref() == Some(&group)))
                .unwrap_or(Step::Check);
        } else {
            let min = self.flow.group(&group).map_or(0, |g| g.min);
            if self.groups.get(&group).map_or(0, Vec::len) < min {
                return;
            }
            if !self.closed_groups.contains(&group) {
                self.closed_groups.push(group);
            }
            self.advance();
        }
    }

    /// Whether every required answer of every visible step is there.
    fn unanswered_step(&self) -> Option<Step> {
        self.steps().into_iter().find(|step| match step {
            Step::Page { page, .. } if self.flow.pages[*page].end => true,
            Step::Page { page, item } => {
                let group = self.flow.pages[*page].repeat.as_deref();
                self.visible_fields(*page, *item)
                    .iter()
                    .any(|f| f.required && self.answer(&f.id, group.zip(*item)).is_none())
            }
            Step::AddAnother { group } => {
                let items = self.groups.get(group).map_or(0, Vec::len);
                items < self.flow.group(group).map_or(0, |g| g.min)
                    || !self.closed_groups.contains(group)
            }
            Step::Check => false,
        })
    }

    fn advance(&mut self) {
        if self.returning_to_check {
            // Back to the check page, unless the change opened questions
            // that still need an answer.
            self.current = self.unanswered_step().unwrap_or(Step::Check);
            if self.current == Step::Check {
                self.returning_to_check = false;
            }
            return;
        }
        let steps = self.steps();
        let here = steps.iter().position(|s| s == &self.current);
        self.current = match here {
            // An end page is the last step: stay on it.
            Some(i) => steps
                .get(i + 1)
                .cloned()
                .unwrap_or_else(|| self.current.clone()),
            None => self.unanswered_step().unwrap_or(Step::Check),
        };
    }

    /// One step back (from the first page: stays; the UI leaves the flow).
    pub fn back(&mut self) -> bool {
        let steps = self.steps();
        match steps.iter().position(|s| s == &self.current) {
            Some(i) if i > 0 => {
                self.current = steps[i - 1].clone();
                true
            }
            _ => false,
        }
    }

    /// "Change" on the check page: open that step, then return to check.
    /// The page that asks a top-level field, if it is shown now (a field of
    /// a repeat group has one page per item: none is chosen).
    pub fn step_of(&self, field: &str) -> Option<Step> {
        let page = self
            .flow
            .pages
            .iter()
            .position(|p| p.fields.iter().any(|f| f.id == field))?;
        if self.flow.pages.get(page)?.repeat.is_some() {
            return None;
        }
        let step = Step::Page { page, item: None };
        self.steps().contains(&step).then_some(step)
    }

    /// Back to a page an agency refused an answer of: the pages after it
    /// are walked again (their answers kept), since they may depend on it.
    pub fn back_to(&mut self, step: Step) -> bool {
        if self.steps().contains(&step) {
            self.current = step;
            self.returning_to_check = false;
            true
        } else {
            false
        }
    }

    pub fn change(&mut self, step: Step) {
        if self.steps().contains(&step) {
            self.current = step;
            self.returning_to_check = true;
        }
    }

    /// Drops answers that a change made irrelevant, so they are neither
    /// shown nor sent.
    fn prune(&mut self) {
        let flow = Arc::clone(&self.flow);
        loop {
            let mut removed = false;
            for (index, page) in flow.pages.iter().enumerate() {
                let items: Vec<Option<usize>> = match &page.repeat {
                    None => vec![None],
                    Some(group) => (0..self.groups.get(group).map_or(0, Vec::len))
                        .map(Some)
                        .collect(),
                };
                for item in items {
                    let visible = self.visible_ids(index, item);
                    let answers = match (&page.repeat, item) {
                        (Some(group), Some(i)) => {
                            self.groups.get_mut(group).and_then(|g| g.get_mut(i))
                        }
                        _ => Some(&mut self.answers),
                    };
                    let Some(answers) = answers else { continue };
                    for field in &page.fields {
                        if !visible.contains(&field.id) && answers.remove(&field.id).is_some() {
                            removed = true;
                        }
                    }
                }
            }
            // A removal can close further branches: repeat until stable.
            if !removed {
                break;
            }
        }
    }

    /// The ids of the fields a page shows now (none if the page is closed;
    /// a repeat page is closed for every item when its condition fails on
    /// the top-level answers alone).
    fn visible_ids(&self, page: usize, item: Option<usize>) -> Vec<String> {
        let group_open = item.is_none() || self.page_relevant(page, None);
        if group_open && self.page_relevant(page, item) {
            self.visible_fields(page, item)
                .iter()
                .map(|f| f.id.clone())
                .collect()
        } else {
            Vec::new()
        }
    }

    /// The check-answers page: every visible question with its answer.
    pub fn summary(&self) -> Vec<SummaryRow> {
        let mut rows = Vec::new();
        for step in self.steps() {
            if let Step::Page { page, item } = step {
                let group = self.flow.pages[page].repeat.clone();
                for field in self.visible_fields(page, item) {
                    if field.kind == FieldKind::Note {
                        continue;
                    }
                    rows.push(SummaryRow {
                        step: Step::Page { page, item },
                        field: field.id.clone(),
                        item,
                        answer: self.answer(&field.id, group.as_deref().zip(item)).cloned(),
                    });
                }
            }
        }
        rows
    }

    /// Overwrites every answer and offer this session holds (the idle wipe);
    /// the session is dropped right after.
    /// The people who sign the completed form, by name: the applicant and
    /// every group item of age on the session's day (`[signatures]` of the
    /// flow); empty when the flow names none.
    pub fn signers(&self) -> Vec<String> {
        let Some(s) = &self.flow.signatures else {
            return Vec::new();
        };
        let name = |answers: &Answers, fields: &[String]| {
            fields
                .iter()
                .filter_map(|f| match answers.get(f) {
                    Some(Answer::Text(t)) => Some(t.clone()),
                    _ => None,
                })
                .collect::<Vec<_>>()
                .join(" ")
        };
        let mut out = vec![name(&self.answers, &s.names)];
        let (Some(group), Some(born)) = (&s.group, &s.group_birth_date) else {
            return out;
        };
        for item in self.groups.get(group).into_iter().flatten() {
            let adult = match item.get(born) {
                Some(Answer::Date(d)) => {
                    crate::validate::numbers::age_on(*d, self.today) >= s.adult_age
                }
                // No date: counted, so that nobody who must sign is left out.
                _ => true,
            };
            if adult {
                out.push(name(item, &s.group_names));
            }
        }
        out
    }

    pub fn wipe(&mut self) {
        use zeroize::Zeroize;
        let items = self.groups.values_mut().flatten();
        for answers in std::iter::once(&mut self.answers).chain(items) {
            answers.values_mut().for_each(Answer::wipe);
            answers.clear();
        }
        self.groups.clear();
        for offer in self.offers.values_mut().flatten() {
            offer.id.zeroize();
            offer.label.zeroize();
        }
        self.offers.clear();
    }

    /// Where the current step is in the flow (1-based) and how many parts
    /// it has, for "part 3 of 9" and the progress bar. Counted on the
    /// flow's pages (end pages aside) and the check page, not on the pages
    /// shown now: the total never changes while answers do, and a skipped
    /// page moves the bar on. The items of a repeat group share their
    /// pages' places.
    pub fn position(&self) -> (usize, usize) {
        let parts = |upto: usize| self.flow.pages.iter().take(upto).filter(|p| !p.end).count();
        let total = parts(self.flow.pages.len()) + 1;
        let here = match &self.current {
            Step::Page { page, .. } => parts(page + 1).max(1),
            Step::AddAnother { group } => {
                let last = self
                    .flow
                    .pages
                    .iter()
                    .rposition(|p| p.repeat.as_deref() == Some(group.as_str()))
                    .unwrap_or(0);
                parts(last + 1)
            }
            Step::Check => total,
        };
        (here, total)
    }

    /// The submission, once every required answer is there.
    pub fn submission(&self) -> Result<Submission, Step> {
        if let Some(step) = self.unanswered_step() {
            return Err(step);
        }
        let computed = self
            .flow
            .computed
            .iter()
            .enumerate()
            .filter_map(|(i, c)| match self.computed_value(i) {
                Value::Number(n) => Some((c.id.clone(), n)),
                _ => None,
            })
            .collect();
        Ok(Submission {
            service: self.flow.service.clone(),
            operation: self.flow.operation.clone(),
            answers: self.answers.clone(),
            groups: self.groups.clone(),
            computed,
        })
    }
}
