//! Discord's size limits, named in one place.
//!
//! The validator refuses fact text that could not be shown, the reply builder trims to these
//! numbers by construction, and the Discord adapter reads them from here too. Figures are from
//! Discord's documentation of embeds, components, message content and autocomplete.

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
/// Embed author name.
pub const EMBED_AUTHOR_MAX: usize = 256;
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
/// Command and option descriptions.
pub const DESCRIPTION_MAX: usize = 100;

/// The longest query casebot accepts; also the `max_length` of every command's option.
pub const QUERY_MAX_CHARS: usize = 100;
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
