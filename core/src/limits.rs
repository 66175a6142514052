//! Discord's size limits, named in one place, and [`violations`], which lists every limit a
//! reply breaks.
//!
//! The validator refuses fact text that could not be shown, the reply builder trims to these
//! numbers by construction, and the Discord adapter reads them from here too. Figures are from
//! Discord's documentation of embeds, components, message content and autocomplete.
//!
//! Discord counts its limits on the text it receives, markup included. Replies carry no markup
//! (see [`crate::answer::Text`]), so the core budgets for what the Discord renderer adds: the
//! markup budget below. The renderer's tests hold it to that budget; the core fits every reply
//! to the rendered length, and a rendered reply fits by construction.

use crate::answer::{Card, Reply};

/// Message content.
pub const CONTENT_MAX: usize = 2_000;
/// Embed title.
pub const EMBED_TITLE_MAX: usize = 256;
/// Embed description.
pub const EMBED_DESCRIPTION_MAX: usize = 4_096;
/// Number of fields in one embed.
pub const EMBED_FIELDS_MAX: usize = 25;
/// Embed field name.
pub const EMBED_FIELD_NAME_MAX: usize = 256;
/// Embed field value.
pub const EMBED_FIELD_VALUE_MAX: usize = 1_024;
/// Embed footer text.
pub const EMBED_FOOTER_MAX: usize = 2_048;
/// All text of all embeds of one message together.
pub const EMBED_TOTAL_MAX: usize = 6_000;
/// Autocomplete choices in one response.
pub const AUTOCOMPLETE_CHOICES_MAX: usize = 25;
/// Autocomplete choice name, and a string choice's value.
pub const CHOICE_NAME_MAX: usize = 100;
/// Button label.
pub const BUTTON_LABEL_MAX: usize = 80;
/// A button's custom id.
pub const CUSTOM_ID_MAX: usize = 100;
/// Buttons in one action row.
pub const BUTTONS_PER_ROW_MAX: usize = 5;
/// Action rows in one message.
pub const ACTION_ROWS_MAX: usize = 5;
/// Command and option descriptions.
pub const DESCRIPTION_MAX: usize = 100;

/// The longest query casebot accepts; also the `max_length` of every command's option.
pub const QUERY_MAX_CHARS: usize = 600;
/// At most this many suggestions are offered when the engine is unsure.
pub const SUGGESTIONS_MAX: usize = 5;

/// Fact-file limits that keep every answer within the embed limits above.
pub const FACT_TITLE_MAX: usize = 100;
/// `summary`, `role`, `context`, `note`, `evidence`: each is shown in an embed field.
pub const FACT_FIELD_MAX: usize = EMBED_FIELD_VALUE_MAX;
/// A quote's text is the embed description.
pub const FACT_QUOTE_MAX: usize = 4_000;
/// A fact id travels in autocomplete values and button ids (`show:quote:<id>`, at most 100).
pub const FACT_ID_MAX: usize = 80;
/// A key is shown as an autocomplete hint.
pub const FACT_KEY_MAX: usize = CHOICE_NAME_MAX;

/// Markup budget: a link, `[text](url)`, adds this to its text and url.
pub const LINK_MARKUP: usize = 4;
/// Markup budget: code, `` `text` ``, adds its two backticks.
pub const CODE_MARKUP: usize = 2;
/// Markup budget: a subtitle, `**text**`, adds its asterisks (and a line break before any
/// description).
pub const SUBTITLE_MARKUP: usize = 4;
/// Markup budget: a time, `<t:SECONDS:R>`, adds this to its digits.
pub const TIME_MARKUP: usize = 6;
/// Markup budget: escaping the member's own words may put a backslash before every character.
pub const ECHO_ESCAPE_FACTOR: usize = 2;
/// A button's custom id is its fact id after a prefix of at most this many characters
/// (`show:quote:`; the Discord adapter's tests hold it to this).
pub const BUTTON_ID_PREFIX_MAX: usize = 11;

/// Every Discord limit `reply` breaks once rendered, one line each; empty when it fits.
///
/// Lengths are counted as Discord counts them on the rendered message (see the markup budget),
/// so a reply without violations renders into a message Discord accepts.
pub fn violations(reply: &Reply) -> Vec<String> {
    let mut found = Vec::new();
    if let Some(content) = &reply.content {
        over(
            &mut found,
            "the content",
            content.rendered_len(),
            CONTENT_MAX,
        );
    }
    if let Some(card) = &reply.card {
        card_violations(card, &mut found);
    }
    // The renderer puts five buttons in a row, so the count is what can break the row limit.
    let buttons_max = BUTTONS_PER_ROW_MAX * ACTION_ROWS_MAX;
    if reply.buttons.len() > buttons_max {
        found.push(format!(
            "{} buttons (at most {buttons_max}: {BUTTONS_PER_ROW_MAX} in each of {ACTION_ROWS_MAX} rows)",
            reply.buttons.len()
        ));
    }
    for (i, button) in reply.buttons.iter().enumerate() {
        let n = i + 1;
        if button.label.trim().is_empty() {
            found.push(format!("button {n} has no label"));
        }
        let label = button.label.chars().count();
        over(
            &mut found,
            &format!("button {n}'s label"),
            label,
            BUTTON_LABEL_MAX,
        );
        let id = BUTTON_ID_PREFIX_MAX + button.fact_id.chars().count();
        over(
            &mut found,
            &format!("button {n}'s custom id"),
            id,
            CUSTOM_ID_MAX,
        );
    }
    let no_content = reply.content.as_ref().is_none_or(|c| c.is_empty());
    if no_content && reply.card.is_none() && reply.buttons.is_empty() {
        found.push("the reply shows nothing".into());
    }
    found
}

fn over(found: &mut Vec<String>, what: &str, len: usize, max: usize) {
    if len > max {
        found.push(format!("{what} is {len} characters long (at most {max})"));
    }
}

fn card_violations(card: &Card, found: &mut Vec<String>) {
    let count = |s: &str| s.chars().count();
    over(found, "the title", count(&card.title), EMBED_TITLE_MAX);
    let description = card.description_len();
    over(found, "the description", description, EMBED_DESCRIPTION_MAX);
    if card.fields.len() > EMBED_FIELDS_MAX {
        found.push(format!(
            "the card has {} fields (at most {EMBED_FIELDS_MAX})",
            card.fields.len()
        ));
    }
    for (i, field) in card.fields.iter().enumerate() {
        let n = i + 1;
        if field.name.trim().is_empty() {
            found.push(format!("field {n} has no name"));
        }
        if field.value.is_empty() {
            found.push(format!("field {n} ({:?}) has no value", field.name));
        }
        let name = count(&field.name);
        over(
            found,
            &format!("field {n}'s name"),
            name,
            EMBED_FIELD_NAME_MAX,
        );
        let value = field.value.rendered_len();
        over(
            found,
            &format!("field {n}'s value"),
            value,
            EMBED_FIELD_VALUE_MAX,
        );
    }
    over(found, "the footer", count(&card.footer), EMBED_FOOTER_MAX);
    over(
        found,
        "the card in total",
        card.total_len(),
        EMBED_TOTAL_MAX,
    );
}

/// Shortens `text` to at most `max` characters, preferring to cut after a sentence, then at
/// a word boundary, and marking the cut with an ellipsis. Text that fits is returned as is.
pub fn trim_text(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    if max <= 2 {
        return text.chars().take(max).collect();
    }
    // Room for " …".
    let budget = max - 2;
    let cut: String = text.chars().take(budget).collect();
    let sentence_end = cut
        .char_indices()
        .filter(|&(i, c)| {
            matches!(c, '.' | '!' | '?' | '…')
                && cut[i + c.len_utf8()..].starts_with(char::is_whitespace)
        })
        .map(|(i, c)| i + c.len_utf8())
        .next_back();
    // Cut at a sentence only when that keeps at least half the budget.
    if let Some(end) = sentence_end
        && cut[..end].chars().count() * 2 >= budget
    {
        return format!("{} …", cut[..end].trim_end());
    }
    let word_end = cut
        .rfind(char::is_whitespace)
        .filter(|&i| i * 2 >= cut.len());
    let kept = match word_end {
        Some(i) => cut[..i].trim_end(),
        None => cut.as_str(),
    };
    format!("{kept}…")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::answer::{Button, Field, Span, Text};
    use crate::knowledge::Command;

    fn button(label: &str, fact_id: &str) -> Button {
        Button {
            label: label.into(),
            command: Command::Quote,
            fact_id: fact_id.into(),
        }
    }

    fn text_reply(content: Text) -> Reply {
        Reply {
            ephemeral: true,
            content: Some(content),
            card: None,
            buttons: Vec::new(),
        }
    }

    fn card_reply(card: Card) -> Reply {
        Reply {
            ephemeral: false,
            content: None,
            card: Some(card),
            buttons: Vec::new(),
        }
    }

    fn field(name: &str, value: Text) -> Field {
        Field {
            name: name.into(),
            value,
            inline: false,
        }
    }

    #[test]
    fn a_reply_within_every_limit_has_no_violations() {
        let mut card = Card::new("Title", "Description", 0);
        card.subtitle = Some("Role".into());
        card.fields.push(field("Source", Text::plain("x")));
        card.footer = "footer".into();
        let mut reply = card_reply(card);
        reply.buttons = vec![button("A fact", "a-fact")];
        assert_eq!(violations(&reply), Vec::<String>::new());
    }

    #[test]
    fn content_is_counted_as_rendered() {
        let at_limit = text_reply(Text::plain("x".repeat(CONTENT_MAX)));
        assert!(violations(&at_limit).is_empty());
        // The same length in code: two backticks over.
        let code = text_reply(Text::new().with(Span::Code("x".repeat(CONTENT_MAX - 1))));
        assert_eq!(
            violations(&code),
            ["the content is 2001 characters long (at most 2000)"]
        );
        // Echoed words budget for escaping every character.
        let echo = text_reply(Text::new().with(Span::Echo("x".repeat(CONTENT_MAX / 2 + 1))));
        assert_eq!(violations(&echo).len(), 1);
    }

    #[test]
    fn every_card_limit_is_checked() {
        let mut card = Card::new(
            "t".repeat(EMBED_TITLE_MAX + 1),
            "d".repeat(EMBED_DESCRIPTION_MAX - 5),
            0,
        );
        card.subtitle = Some("Role".into());
        card.footer = "f".repeat(EMBED_FOOTER_MAX + 1);
        card.fields.push(field(
            &"n".repeat(EMBED_FIELD_NAME_MAX + 1),
            Text::plain("v"),
        ));
        card.fields.push(field("Empty", Text::new()));
        card.fields.push(field(" ", Text::plain("v")));
        let link = Span::Link {
            text: "x".repeat(EMBED_FIELD_VALUE_MAX - 10),
            url: "https://example.org/".into(),
        };
        card.fields.push(field("Source", Text::new().with(link)));
        for _ in 0..EMBED_FIELDS_MAX {
            card.fields.push(field("More", Text::plain("v")));
        }
        let found = violations(&card_reply(card));
        let expect = [
            "the title is 257",
            "the description is 4100",
            "the card has 29 fields",
            "field 1's name is 257",
            "field 2 (\"Empty\") has no value",
            "field 3 has no name",
            "field 4's value is 1038",
            "the footer is 2049",
            "the card in total is",
        ];
        assert_eq!(found.len(), expect.len(), "{found:#?}");
        for (got, want) in found.iter().zip(expect) {
            assert!(got.starts_with(want), "{got:?} should start with {want:?}");
        }
    }

    #[test]
    fn button_limits_are_checked() {
        let mut reply = text_reply(Text::plain("Did you mean:"));
        reply.buttons = vec![
            button(&"l".repeat(BUTTON_LABEL_MAX + 1), "ok"),
            button(" ", &"i".repeat(CUSTOM_ID_MAX - BUTTON_ID_PREFIX_MAX + 1)),
        ];
        let found = violations(&reply);
        assert_eq!(
            found,
            [
                "button 1's label is 81 characters long (at most 80)",
                "button 2 has no label",
                "button 2's custom id is 101 characters long (at most 100)",
            ]
        );
        reply.buttons = vec![button("b", "b"); BUTTONS_PER_ROW_MAX * ACTION_ROWS_MAX + 1];
        assert_eq!(
            violations(&reply),
            ["26 buttons (at most 25: 5 in each of 5 rows)"]
        );
    }

    #[test]
    fn a_reply_that_shows_nothing_is_a_violation() {
        let mut reply = text_reply(Text::plain(" "));
        assert_eq!(violations(&reply), ["the reply shows nothing"]);
        reply.content = None;
        assert_eq!(violations(&reply), ["the reply shows nothing"]);
    }

    #[test]
    fn short_text_is_untouched() {
        assert_eq!(trim_text("abc", 3), "abc");
    }

    #[test]
    fn cuts_at_sentence_within_limit() {
        let text = "First sentence here. Second sentence is longer than the rest.";
        let out = trim_text(text, 30);
        assert_eq!(out, "First sentence here. …");
        assert!(out.chars().count() <= 30);
    }

    #[test]
    fn cuts_at_word_without_sentence() {
        let out = trim_text("alpha beta gamma delta epsilon", 14);
        assert_eq!(out, "alpha beta…");
        assert!(out.chars().count() <= 14);
    }

    #[test]
    fn never_exceeds_limit_on_multibyte_text() {
        let text = "Žižek ".repeat(50);
        for max in 1..60 {
            assert!(trim_text(&text, max).chars().count() <= max, "max {max}");
        }
    }
}
