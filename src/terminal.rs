//! A core [`Reply`] as plain text for a terminal: no markup. A card prints as its title
//! underlined, the subtitle and description, one `Name: value` line per field and the footer;
//! links as `text <url>`, something to type in single quotes, times as a UTC date, and buttons
//! as the `casebot ask` command that shows the fact they offer.

use casebot_core::answer::{Reply, Span, Text};

/// `reply` as the terminal prints it, with nothing a terminal would act on: no escape
/// sequence (a query may carry ESC), no other control character but the line breaks, no bidi
/// control.
pub fn render(reply: &Reply) -> String {
    let mut out = layout(reply);
    out.retain(|c| c == '\n' || !casebot_core::answer::is_unprintable(c));
    out
}

fn layout(reply: &Reply) -> String {
    let mut out = String::new();
    if let Some(content) = &reply.content {
        out.push_str(&text(content));
        out.push('\n');
    }
    if let Some(card) = &reply.card {
        out.push_str(&card.title);
        out.push('\n');
        out.push_str(&"=".repeat(card.title.chars().count().min(72)));
        out.push('\n');
        let lead: Vec<String> = card
            .subtitle
            .iter()
            .cloned()
            .chain([text(&card.description)])
            .filter(|s| !s.is_empty())
            .collect();
        if !lead.is_empty() {
            out.push_str(&lead.join("\n"));
            out.push_str("\n\n");
        }
        for field in &card.fields {
            out.push_str(&format!("{}: {}\n", field.name, text(&field.value)));
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

/// `text` without markup.
pub fn text(text: &Text) -> String {
    let mut out = String::new();
    for span in text.spans() {
        match span {
            Span::Plain(s) | Span::Echo(s) => out.push_str(s),
            // Something to type, quoted as a shell takes it: `casebot ask when 'since june 19'`.
            Span::Code(s) => out.push_str(&format!("'{s}'")),
            Span::Link { text, url } => out.push_str(&format!("{text} <{url}>")),
            Span::Time(secs) => out.push_str(&utc(*secs)),
        }
    }
    out
}

/// Seconds since the Unix epoch as "2024-05-01 12:51 UTC".
fn utc(secs: u64) -> String {
    let days = secs / 86_400;
    let minutes = secs % 86_400 / 60;
    let (year, month, day) = civil_from_days(days);
    format!(
        "{year:04}-{month:02}-{day:02} {:02}:{:02} UTC",
        minutes / 60,
        minutes % 60
    )
}

/// The proleptic Gregorian date `days` after 1970-01-01 (Howard Hinnant's `civil_from_days`,
/// for days on or after the epoch).
fn civil_from_days(days: u64) -> (u64, u64, u64) {
    let z = days + 719_468;
    let era = z / 146_097;
    let doe = z % 146_097;
    let yoe = (doe - doe / 1_460 + doe / 36_524 - doe / 146_096) / 365;
    let doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    let mp = (5 * doy + 2) / 153;
    let day = doy - (153 * mp + 2) / 5 + 1;
    let month = if mp < 10 { mp + 3 } else { mp - 9 };
    let year = yoe + era * 400 + u64::from(month <= 2);
    (year, month, day)
}

#[cfg(test)]
mod tests {
    use super::*;
    use casebot_core::answer::{Button, Card};
    use casebot_core::knowledge::Command;

    #[test]
    fn times_read_as_utc_dates() {
        assert_eq!(utc(0), "1970-01-01 00:00 UTC");
        assert_eq!(utc(1_714_567_890), "2024-05-01 12:51 UTC");
        assert_eq!(utc(951_782_400), "2000-02-29 00:00 UTC");
        assert_eq!(utc(4_107_542_399), "2100-02-28 23:59 UTC");
    }

    #[test]
    fn a_card_prints_without_markup() {
        let mut card = Card::new("Jane Roe", "A publisher.", 0);
        card.subtitle = Some("Publisher".into());
        card.field(
            "Source",
            Text::new().with(Span::Link {
                text: "Zenda Gazette".into(),
                url: "https://example.org/zenda".into(),
            }),
            false,
        );
        card.field(
            "Try",
            Text::new().with(Span::Code("/who roe".into())),
            false,
        );
        card.footer = "/who · jane-roe".into();
        let reply = Reply {
            ephemeral: false,
            content: Some(Text::plain("Did you mean:")),
            card: Some(card),
            buttons: vec![Button {
                label: "Jane Roe".into(),
                command: Command::Who,
                fact_id: "jane-roe".into(),
            }],
        };
        assert_eq!(
            render(&reply),
            "Did you mean:\nJane Roe\n========\nPublisher\nA publisher.\n\n\
             Source: Zenda Gazette <https://example.org/zenda>\nTry: '/who roe'\n\
             -- /who · jane-roe\n  1. Jane Roe  (casebot ask who jane-roe)\n"
        );
    }

    /// Issue 9: the terminal printed the core's Discord markup (`**role**`, `[text](url)`).
    #[test]
    fn no_fact_prints_discord_markup() {
        use casebot_core::answer;
        use casebot_core::knowledge::FactBase;
        use casebot_core::matching::Engine;
        let dir = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/valid");
        let (base, _) = FactBase::load(&dir).unwrap_or_else(|e| panic!("{e}"));
        let engine = Engine::new(base);
        for command in Command::ALL {
            for fact in engine.base().refs(command) {
                let id = engine.base().id(fact).to_string();
                let outcome = engine.ask(command, &id);
                let printed = render(&answer::reply(&engine, command, &id, &outcome));
                for markup in ["**", "](", "<t:", "`"] {
                    assert!(!printed.contains(markup), "{markup} in {printed}");
                }
            }
        }
    }
}
