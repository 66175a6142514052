//! Facts as members see them: the answer's fields (for `--json` and tests) and a
//! transport-neutral [`Reply`] (an embed-shaped card, text, buttons) that the terminal prints and
//! the Discord adapter sends. Every reply is built within Discord's limits by construction.

use serde::Serialize;

use crate::knowledge::{Command, FactBase, FactRef, PersonKind, Source};
use crate::limits::{self, trim_text};
use crate::matching::{Engine, Outcome, Suggestion};

/// Where a fact comes from, as shown to members.
#[derive(Debug, Clone, Serialize)]
pub struct SourceView {
    pub id: String,
    pub outlet: String,
    pub title: String,
    pub date: String,
    pub date_display: String,
    pub url: Option<String>,
}

impl SourceView {
    fn new(source: &Source) -> Self {
        SourceView {
            id: source.id.clone(),
            outlet: source.outlet.clone(),
            title: source.title.clone(),
            date: source.date.to_string(),
            date_display: source.date.display(),
            url: source.url.clone(),
        }
    }

    /// "NBC News, “UK refuses …”, 16 August 2012".
    pub fn citation(&self) -> String {
        format!("{}, “{}”, {}", self.outlet, self.title, self.date_display)
    }
}

/// A link from one fact to another.
#[derive(Debug, Clone, Serialize)]
pub struct Link {
    pub id: String,
    pub title: String,
}

/// Every field of an answer that is shown to the member, per kind of fact.
#[derive(Debug, Clone, Serialize)]
#[serde(untagged)]
pub enum AnswerView {
    Event {
        id: String,
        title: String,
        date: String,
        date_display: String,
        precision: &'static str,
        summary: String,
        who: Vec<Link>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
    Person {
        id: String,
        name: String,
        kind: PersonKind,
        role: String,
        summary: Option<String>,
        aliases: Vec<String>,
        quotes: Vec<Link>,
        events: Vec<Link>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
    Quote {
        id: String,
        title: String,
        text: String,
        speaker: Link,
        speaker_role: String,
        date: Option<String>,
        date_display: Option<String>,
        context: Option<String>,
        evidence: String,
        note: Option<String>,
        source: SourceView,
    },
}

fn source_view(base: &FactBase, id: &str) -> SourceView {
    // The loader guarantees the reference; a dangling one would be a loader bug.
    base.source(id)
        .map(SourceView::new)
        .unwrap_or_else(|| SourceView {
            id: id.to_string(),
            outlet: "unknown source".to_string(),
            title: id.to_string(),
            date: String::new(),
            date_display: String::new(),
            url: None,
        })
}

fn person_link(base: &FactBase, id: &str) -> Link {
    Link {
        id: id.to_string(),
        title: base
            .person(id)
            .map_or_else(|| id.to_string(), |p| p.name.clone()),
    }
}

impl AnswerView {
    pub fn new(base: &FactBase, fact: FactRef) -> AnswerView {
        match fact.command {
            Command::When => {
                let e = &base.events[fact.index];
                AnswerView::Event {
                    id: e.id.clone(),
                    title: e.title.clone(),
                    date: e.date.to_string(),
                    date_display: e.date.display(),
                    precision: e.date.precision(),
                    summary: e.summary.clone(),
                    who: e.who.iter().map(|id| person_link(base, id)).collect(),
                    evidence: e.evidence.clone(),
                    note: e.note.clone(),
                    source: source_view(base, &e.source),
                }
            }
            Command::Who => {
                let p = &base.people[fact.index];
                AnswerView::Person {
                    id: p.id.clone(),
                    name: p.name.clone(),
                    kind: p.kind,
                    role: p.role.clone(),
                    summary: p.summary.clone(),
                    aliases: p.aliases.clone(),
                    quotes: base
                        .quotes_of(fact.index)
                        .iter()
                        .map(|&q| Link {
                            id: base.quotes[q].id.clone(),
                            title: base.quotes[q].title.clone(),
                        })
                        .collect(),
                    events: base
                        .events_of(fact.index)
                        .iter()
                        .map(|&e| Link {
                            id: base.events[e].id.clone(),
                            title: base.label(FactRef {
                                command: Command::When,
                                index: e,
                            }),
                        })
                        .collect(),
                    evidence: p.evidence.clone(),
                    note: p.note.clone(),
                    source: source_view(base, &p.source),
                }
            }
            Command::Quote => {
                let q = &base.quotes[fact.index];
                AnswerView::Quote {
                    id: q.id.clone(),
                    title: q.title.clone(),
                    text: q.text.clone(),
                    speaker: person_link(base, &q.speaker),
                    speaker_role: base
                        .person(&q.speaker)
                        .map(|p| p.role.clone())
                        .unwrap_or_default(),
                    date: q.date.map(|d| d.to_string()),
                    date_display: q.date.map(|d| d.display()),
                    context: q.context.clone(),
                    evidence: q.evidence.clone(),
                    note: q.note.clone(),
                    source: source_view(base, &q.source),
                }
            }
        }
    }
}

/// One titled field of a card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Field {
    pub name: String,
    pub value: String,
    pub inline: bool,
}

/// An embed-shaped card.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Card {
    pub title: String,
    pub url: Option<String>,
    pub description: String,
    pub fields: Vec<Field>,
    pub footer: String,
    pub color: u32,
}

/// A button offering a fact: pressing it shows that fact.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Button {
    pub label: String,
    pub command: Command,
    pub fact_id: String,
}

/// What the member gets, independent of transport.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Reply {
    /// Only the asking member sees it (Discord ephemeral).
    pub ephemeral: bool,
    /// Plain text above the card, within the message content limit.
    pub content: Option<String>,
    pub card: Option<Card>,
    pub buttons: Vec<Button>,
}

impl Serialize for Command {
    fn serialize<S: serde::Serializer>(&self, serializer: S) -> Result<S::Ok, S::Error> {
        serializer.serialize_str(self.as_str())
    }
}

/// Card colour per command: blue for events, green for people, amber for quotes.
pub fn color(command: Command) -> u32 {
    match command {
        Command::When => 0x3B82F6,
        Command::Who => 0x10B981,
        Command::Quote => 0xF59E0B,
    }
}

impl Card {
    fn field(&mut self, name: &str, value: &str, inline: bool) {
        if value.trim().is_empty() || self.fields.len() >= limits::EMBED_FIELDS_MAX {
            return;
        }
        self.fields.push(Field {
            name: trim_text(name, limits::EMBED_FIELD_NAME_MAX),
            value: trim_text(value, limits::EMBED_FIELD_VALUE_MAX),
            inline,
        });
    }

    /// Total characters as Discord counts them against the 6,000 limit.
    pub fn total_len(&self) -> usize {
        let count = |s: &str| s.chars().count();
        count(&self.title)
            + count(&self.description)
            + count(&self.footer)
            + self
                .fields
                .iter()
                .map(|f| count(&f.name) + count(&f.value))
                .sum::<usize>()
    }

    /// Trims every part to its own limit, then drops trailing fields and shortens the
    /// description until the whole card fits.
    fn fit(mut self) -> Card {
        self.title = trim_text(&self.title, limits::EMBED_TITLE_MAX);
        self.description = trim_text(&self.description, limits::EMBED_DESCRIPTION_MAX);
        self.footer = trim_text(&self.footer, limits::EMBED_FOOTER_MAX);
        while self.total_len() > limits::EMBED_TOTAL_MAX {
            let excess = self.total_len() - limits::EMBED_TOTAL_MAX;
            let description = self.description.chars().count();
            if description > 200 {
                let keep = description.saturating_sub(excess).max(200);
                self.description = trim_text(&self.description, keep);
            } else if self.fields.pop().is_none() {
                break;
            }
        }
        self
    }
}

/// Links as a bulleted list that fits one embed field.
fn bullet_list(links: &[Link]) -> String {
    let lines: Vec<String> = links.iter().map(|l| format!("• {}", l.title)).collect();
    fitted_lines(&lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The card for one fact.
pub fn fact_card(base: &FactBase, fact: FactRef) -> Card {
    let view = AnswerView::new(base, fact);
    let mut card = Card {
        title: String::new(),
        url: None,
        description: String::new(),
        fields: Vec::new(),
        footer: String::new(),
        color: color(fact.command),
    };
    let source = match &view {
        AnswerView::Event {
            title,
            date_display,
            precision,
            summary,
            who,
            evidence,
            note,
            source,
            ..
        } => {
            card.title = title.clone();
            card.description = summary.clone();
            let when = if *precision == "day" {
                date_display.clone()
            } else {
                format!("{date_display} ({precision})")
            };
            card.field("Date", &when, true);
            let names: Vec<&str> = who.iter().map(|l| l.title.as_str()).collect();
            card.field("Who", &names.join(", "), true);
            card.field("Evidence", &format!("“{evidence}”"), false);
            if let Some(note) = note {
                card.field("How this date was established", note, false);
            }
            source
        }
        AnswerView::Person {
            name,
            kind,
            role,
            summary,
            aliases,
            quotes,
            events,
            evidence,
            note,
            source,
            ..
        } => {
            card.title = name.clone();
            card.description = match summary {
                Some(s) => format!("**{role}**\n{s}"),
                None => format!("**{role}**"),
            };
            if *kind == PersonKind::Organisation {
                card.field("Kind", "Organisation", true);
            }
            card.field("Also known as", &aliases.join(", "), true);
            card.field("Quotes (/quote)", &bullet_list(quotes), false);
            card.field("Events (/when)", &bullet_list(events), false);
            card.field("Evidence", &format!("“{evidence}”"), false);
            if let Some(note) = note {
                card.field("Note", note, false);
            }
            source
        }
        AnswerView::Quote {
            title,
            text,
            speaker,
            speaker_role,
            date_display,
            context,
            note,
            source,
            ..
        } => {
            card.title = title.clone();
            // Leave room for the quotation marks.
            card.description = format!("“{}”", trim_text(text, limits::EMBED_DESCRIPTION_MAX - 2));
            let who = if speaker_role.is_empty() {
                speaker.title.clone()
            } else {
                format!("{} — {}", speaker.title, speaker_role)
            };
            card.field("Speaker", &who, false);
            if let Some(date) = date_display {
                card.field("Date", date, true);
            }
            if let Some(context) = context {
                card.field("Context", context, false);
            }
            if let Some(note) = note {
                card.field("Note", note, false);
            }
            source
        }
    };
    let link = match &source.url {
        Some(url) => format!("[{}]({url})", source.citation()),
        None => source.citation(),
    };
    card.field("Source", &link, false);
    card.url = source.url.clone();
    card.footer = format!(
        "/{} · {} · from the case file, checked against its source",
        fact.command,
        base.id(fact)
    );
    card.fit()
}

/// The reply to a member's question.
pub fn reply(engine: &Engine, command: Command, query: &str, outcome: &Outcome) -> Reply {
    let base = engine.base();
    match outcome {
        Outcome::Answer { fact, .. } => Reply {
            ephemeral: false,
            content: None,
            card: Some(fact_card(base, *fact)),
            buttons: Vec::new(),
        },
        Outcome::Suggestions(facts) => Reply {
            ephemeral: false,
            content: Some(trim_text(
                &format!(
                    "I am not sure which one you mean by “{}”. Did you mean:",
                    trim_text(query, limits::QUERY_MAX_CHARS)
                ),
                limits::CONTENT_MAX,
            )),
            card: None,
            buttons: facts
                .iter()
                .map(|(f, _)| Button {
                    label: trim_text(&base.label(*f), limits::BUTTON_LABEL_MAX),
                    command,
                    fact_id: base.id(*f).to_string(),
                })
                .collect(),
        },
        Outcome::NotFound { hints } => {
            let mut text = format!(
                "The case file has nothing on “{}” for /{command}.",
                trim_text(query, limits::QUERY_MAX_CHARS)
            );
            if !hints.is_empty() {
                let tries: Vec<String> = hints.iter().map(|h| format!("`{h}`")).collect();
                text.push_str(&format!(" You could try: {}.", tries.join(", ")));
            }
            Reply {
                ephemeral: true,
                content: Some(trim_text(&text, limits::CONTENT_MAX)),
                card: None,
                buttons: Vec::new(),
            }
        }
        Outcome::Invalid(why) => Reply {
            ephemeral: true,
            content: Some(trim_text(
                &format!("I can't search for that: {why}."),
                limits::CONTENT_MAX,
            )),
            card: None,
            buttons: Vec::new(),
        },
    }
}

/// Suggestions as the JSON contract gives them.
pub fn suggestions(base: &FactBase, outcome: &Outcome) -> Vec<Suggestion> {
    match outcome {
        Outcome::Suggestions(facts) => facts
            .iter()
            .map(|&(f, score)| Suggestion {
                id: base.id(f).to_string(),
                title: base.label(f),
                score: (score * 1000.0).round() / 1000.0,
            })
            .collect(),
        _ => Vec::new(),
    }
}

/// The reply as plain text for a terminal: the same content the Discord embed shows.
pub fn to_text(reply: &Reply) -> String {
    let mut out = String::new();
    if let Some(content) = &reply.content {
        out.push_str(content);
        out.push('\n');
    }
    if let Some(card) = &reply.card {
        out.push_str(&card.title);
        out.push('\n');
        out.push_str(&"=".repeat(card.title.chars().count().min(72)));
        out.push('\n');
        if !card.description.is_empty() {
            out.push_str(&card.description.replace("**", ""));
            out.push_str("\n\n");
        }
        for field in &card.fields {
            out.push_str(&format!("{}: {}\n", field.name, field.value));
        }
        out.push_str(&format!("-- {}\n", card.footer));
    }
    for (i, button) in reply.buttons.iter().enumerate() {
        out.push_str(&format!(
            "  {}. {}  (casebot ask {} {})\n",
            i + 1,
            button.label,
            button.command,
            button.fact_id
        ));
    }
    out
}

fn plain_card(title: &str, description: String, command_color: u32) -> Card {
    Card {
        title: title.to_string(),
        url: None,
        description,
        fields: Vec::new(),
        footer: String::new(),
        color: command_color,
    }
}

/// A neutral grey for replies that are about the bot rather than a fact.
pub const INFO_COLOR: u32 = 0x6B7280;
/// Red for a refused reload.
pub const ERROR_COLOR: u32 = 0xDC2626;

/// Lines joined until the next would not fit in `max` characters; then "… and N more".
fn fitted_lines(lines: &[String], max: usize) -> String {
    let mut out = String::new();
    for (i, line) in lines.iter().enumerate() {
        let more = format!("\n… and {} more", lines.len() - i);
        if out.chars().count() + line.chars().count() + 1 + more.chars().count() > max {
            out.push_str(more.trim_start_matches('\n'));
            return out;
        }
        if !out.is_empty() {
            out.push('\n');
        }
        out.push_str(line);
    }
    out
}

fn unix_seconds(time: std::time::SystemTime) -> u64 {
    time.duration_since(std::time::UNIX_EPOCH)
        .map(|d| d.as_secs())
        .unwrap_or(0)
}

/// `/facts`: counts per kind, the sources with links, example queries, when facts were loaded.
pub fn overview(engine: &Engine, loaded_at: std::time::SystemTime) -> Reply {
    let base = engine.base();
    let mut card = plain_card(
        "What casebot knows",
        format!(
            "Facts about the Julian Assange case, curated by hand from {} source documents. \
             Every answer shows its evidence and cites its source.",
            base.sources.len()
        ),
        INFO_COLOR,
    );
    card.field(
        "Facts",
        &format!(
            "{} dated events — `/when`\n{} people and organisations — `/who`\n{} quotations — `/quote`",
            base.events.len(),
            base.people.len(),
            base.quotes.len()
        ),
        false,
    );
    let sources: Vec<String> = base
        .sources
        .iter()
        .map(|s| {
            let view = SourceView::new(s);
            match &view.url {
                Some(url) => format!("• [{}]({url})", view.citation()),
                None => format!("• {}", view.citation()),
            }
        })
        .collect();
    card.field(
        "Sources",
        &fitted_lines(&sources, limits::EMBED_FIELD_VALUE_MAX),
        false,
    );
    let examples: Vec<String> = Command::ALL
        .iter()
        .filter_map(|&c| {
            let fact = base.refs(c).next()?;
            let key = base.keys(fact).into_iter().next()?;
            Some(format!("`/{c} {key}`"))
        })
        .collect();
    card.field("Try", &examples.join(" · "), false);
    card.field(
        "Facts loaded",
        &format!("<t:{}:R>", unix_seconds(loaded_at)),
        true,
    );
    card.footer = "Not in the documents means not in the bot: it says so rather than guess.".into();
    Reply {
        ephemeral: false,
        content: None,
        card: Some(card.fit()),
        buttons: Vec::new(),
    }
}

fn misses_field(card: &mut Card, misses: &[(Command, String, u64)]) {
    let value = if misses.is_empty() {
        "none since the bot started".to_string()
    } else {
        let lines: Vec<String> = misses
            .iter()
            .map(|(c, q, n)| format!("`{}` (/{c}) ×{n}", trim_text(q, 60)))
            .collect();
        fitted_lines(&lines, limits::EMBED_FIELD_VALUE_MAX)
    };
    card.field("Queries that found nothing (top 10)", &value, false);
}

fn id_list(ids: &[(Command, String)]) -> String {
    let lines: Vec<String> = ids.iter().map(|(c, id)| format!("/{c} `{id}`")).collect();
    fitted_lines(&lines, limits::EMBED_FIELD_VALUE_MAX)
}

/// The moderator's reply to `/reload`: what changed, or every error and the promise that the
/// live facts are untouched; the top misses either way. Always ephemeral.
pub fn reload_reply(
    dir: &std::path::Path,
    result: &Result<crate::live::ReloadReport, crate::knowledge::LoadFailure>,
    misses: &[(Command, String, u64)],
) -> Reply {
    let mut card = match result {
        Ok(report) => {
            let mut card = plain_card(
                "Facts reloaded",
                if report.is_unchanged() {
                    format!("Nothing changed. {}.", report.summary())
                } else {
                    format!("{}.", report.summary())
                },
                INFO_COLOR,
            );
            card.field("Added", &id_list(&report.added), false);
            card.field("Removed", &id_list(&report.removed), false);
            card.field("Changed", &id_list(&report.changed), false);
            if !report.warnings.is_empty() {
                let lines: Vec<String> = report
                    .warnings
                    .iter()
                    .map(|d| relative(dir, &d.to_string()))
                    .collect();
                card.field(
                    "Warnings",
                    &fitted_lines(&lines, limits::EMBED_FIELD_VALUE_MAX),
                    false,
                );
            }
            card
        }
        Err(failure) => {
            let lines: Vec<String> = failure
                .errors()
                .map(|d| format!("• {}", relative(dir, &d.to_string())))
                .collect();
            let n = lines.len();
            plain_card(
                "Reload refused: the live facts are unchanged",
                format!(
                    "{n} error{} in the knowledge directory. Fix them (`casebot check` lists the same) and run /reload again.\n\n{}",
                    if n == 1 { "" } else { "s" },
                    fitted_lines(&lines, limits::EMBED_DESCRIPTION_MAX - 200)
                ),
                ERROR_COLOR,
            )
        }
    };
    misses_field(&mut card, misses);
    Reply {
        ephemeral: true,
        content: None,
        card: Some(card.fit()),
        buttons: Vec::new(),
    }
}

/// Paths under the knowledge directory, shown relative to it.
fn relative(dir: &std::path::Path, text: &str) -> String {
    let prefix = format!("{}/", dir.display());
    text.replace(&prefix, "")
}

/// The reply to someone who may not do what they tried (only moderators may reload).
pub fn refused(what: &str) -> Reply {
    Reply {
        ephemeral: true,
        content: Some(trim_text(
            &format!(
                "Only moderators can {what}: you need Manage Server, Administrator or a moderator role."
            ),
            limits::CONTENT_MAX,
        )),
        card: None,
        buttons: Vec::new(),
    }
}

/// A short, safe message for a member when something failed on our side.
pub fn failure(what: &str) -> Reply {
    Reply {
        ephemeral: true,
        content: Some(trim_text(
            &format!("Sorry, I could not {what}. Please try again in a moment."),
            limits::CONTENT_MAX,
        )),
        card: None,
        buttons: Vec::new(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn long_lists_fit_a_field_and_say_how_many_are_left() {
        let links: Vec<Link> = (0..200)
            .map(|i| Link {
                id: format!("id-{i}"),
                title: format!("A fairly long event title number {i}"),
            })
            .collect();
        let list = bullet_list(&links);
        assert!(list.chars().count() <= limits::EMBED_FIELD_VALUE_MAX);
        assert!(list.starts_with("• A fairly long event title number 0\n"));
        let shown = list.lines().filter(|l| l.starts_with('•')).count();
        assert!(
            list.ends_with(&format!("… and {} more", 200 - shown)),
            "{list}"
        );
        assert_eq!(bullet_list(&links[..2]).lines().count(), 2);
    }
}
